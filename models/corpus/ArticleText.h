#pragma once

#include <QList>
#include <QString>
#include <vector>

/// An article's text with the view quotes are matched in: Unicode NFC with every run of
/// whitespace folded to one space, mapped back to offsets in the original text so that a
/// found quote can be highlighted where it really stands. Paragraphs are the non-blank lines.
class ArticleText
{
public:
    struct Span
    {
        qsizetype start = 0; ///< offset in the original text
        qsizetype end = 0;   ///< one past the last character
        bool operator==(const Span &) const = default;
    };

    explicit ArticleText(QString text);

    const QString &original() const { return m_original; }
    int paragraphCount() const { return int(m_paragraphs.size()); }
    /// 1-based; an empty span when out of range.
    Span paragraph(int number) const;
    /// 1-based paragraph holding an original offset, 0 when none.
    int paragraphAt(qsizetype offset) const;

    /// Every place where prefix + quote + suffix occurs; the spans cover the quote only.
    QList<Span> find(const QString &quote, const QString &prefix = {},
                     const QString &suffix = {}) const;

    /// The comparison form of any text: NFC, whitespace runs folded to one space.
    static QString normalize(const QString &text);

private:
    /// Original offset where the normalized character `k` ends.
    qsizetype endOf(qsizetype k) const;

    QString m_original;
    QString m_normalized;
    std::vector<qsizetype> m_startOf; ///< original offset where each normalized char starts
    QList<Span> m_paragraphs;
};
