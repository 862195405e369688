#pragma once

#include "models/corpus/CorpusFolder.h"
#include "models/data/Dataset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// A new article for the corpus, from a file the user picked: its text as the corpus keeps it
/// (paragraphs are ArticleText's, one per line) and what the file suggests about its source.
/// A UTF-8 text file is kept as it is (the corpus reads files byte for byte, so line ends stay
/// as they are), but for a leading byte order mark, which would stand invisible at the start of
/// the first paragraph. A saved HTML page is parsed with gumbo (a real HTML5 parser) and its
/// paragraphs, headings, list items and block quotes become the lines of the text.
class ArticleIntake
{
public:
    /// The largest HTML page read: a saved page carries its scripts and styles, several times
    /// its text; the text made of it is held to the corpus's own limit.
    static constexpr qint64 MaxHtmlSize = 4 * CorpusFolder::MaxArticleSize;

    enum class Kind
    {
        Text,
        Html
    };

    struct Result
    {
        QString error; ///< why nothing can be added; empty when the article was read
        Kind kind = Kind::Text;
        QString text;     ///< the article as the corpus keeps it
        QByteArray bytes; ///< `text` in UTF-8: what writeToCorpus() writes
        QString sha256;   ///< of `bytes`
        QStringList paragraphs;
        /// What the file says of its source, to be confirmed: file (a free name in the corpus
        /// folder), sha256, and from an HTML page its title, outlet, author, publication date
        /// and language when its meta tags give them.
        Source suggested;

        bool ok() const { return error.isEmpty(); }
    };

    /// Reads the file at `path` for the corpus folder `corpusDir` (which may not exist yet):
    /// refused when it is binary, empty, not UTF-8, too large, or its text is already in the
    /// folder under another name.
    static Result fromFile(const QString &path, const QString &corpusDir);
    /// The same from bytes already read; `fileName` says whether it is HTML (by its extension,
    /// or by the bytes when it has none of the known ones) and names it in messages.
    static Result fromBytes(const QByteArray &bytes, const QString &fileName,
                            const QString &corpusDir);

    /// Writes the article as `fileName` in the corpus folder, whole or not at all (QSaveFile).
    /// Refuses a name that is not a plain file name or is already taken.
    static bool writeToCorpus(const Result &article, const QString &corpusDir,
                              const QString &fileName, QString *error);

    /// Why `fileName` cannot be a new article's name in the folder; empty when it can.
    static QString whyNameUnavailable(const QString &corpusDir, const QString &fileName);
};
