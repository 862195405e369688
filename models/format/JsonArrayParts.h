#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

/// Cuts one array member of a JSON document's top-level object into parts at element
/// boundaries without parsing it, so that the parts can be parsed apart, at once, and freed one
/// by one instead of holding the whole document. It follows only strings and nesting: whether
/// the text is JSON is the parser's to say. A document it cannot follow, or where the member is
/// not found exactly once with an array value, gives no parts (the caller parses it whole).
class JsonArrayParts
{
public:
    struct Part
    {
        qsizetype begin = 0;      ///< first byte of the part's first element
        qsizetype end = 0;        ///< one past its last element (before the comma or the ']')
        qsizetype elements = 0;   ///< how many elements the part holds
        qsizetype firstIndex = 0; ///< the index of its first element in the whole array
    };

    /// Cuts `key`'s array into parts of about `partBytes` bytes each (each holds whole elements,
    /// so a part can be larger). An empty array gives no parts but is found.
    static std::optional<JsonArrayParts> find(QByteArrayView json, QByteArrayView key,
                                              qsizetype partBytes);

    /// The document with the array emptied: what remains to parse as a whole.
    QByteArray rest(QByteArrayView json) const;

    /// A part as a document of its own, `{"key":[part]}`: its elements stand as deep as they
    /// did in the original, so the parser's nesting limit applies to them the same way.
    QByteArray partDocument(QByteArrayView json, qsizetype index) const;

    /// Where an offset into `partDocument(json, index)` or into `rest(json)` lies in `json`.
    qsizetype offsetInPart(qsizetype index, qsizetype partDocumentOffset) const;
    qsizetype offsetInRest(qsizetype restOffset) const;

    const QList<Part> &parts() const { return m_parts; }
    qsizetype elements() const { return m_elements; }

private:
    QByteArray m_key;
    qsizetype m_arrayBegin = 0; // the '['
    qsizetype m_arrayEnd = 0;   // one past the ']'
    qsizetype m_elements = 0;
    QList<Part> m_parts;
};
