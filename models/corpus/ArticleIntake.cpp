#include "models/corpus/ArticleIntake.h"

#include "models/corpus/ArticleText.h"
#include "models/data/FileKind.h"
#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <gumbo.h>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArticleIntake", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

bool isHtmlName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
           suffix == QLatin1String("xhtml");
}

// A file without a telling extension is HTML when it opens like a page.
bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QString fromUtf8(const char *text)
{
    return text ? TextUtil::fromUtf8Exact(text, qstrlen(text)) : QString();
}

// HTML's whitespace (not the no-break space, which French puts before ':' and is text).
bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

QString collapsed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (isHtmlSpace(c)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

// Elements whose content is not the article: code, styling, navigation, page furniture.
bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
        return true;
    default:
        return false;
    }
}

bool isParagraph(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
        return true;
    default:
        return false;
    }
}

// The paragraphs of a page's body, in reading order. A paragraph nested in another (a p in a
// blockquote or a li) ends the text gathered so far and starts its own, so no text is repeated.
class ParagraphCollector
{
public:
    QStringList paragraphs;

    void walk(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            if (m_depth > 0)
                m_current += fromUtf8(node->v.text.text);
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
        case GUMBO_NODE_DOCUMENT:
            break;
        case GUMBO_NODE_COMMENT:
            return;
        }
        const GumboVector *children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                                                        : &node->v.element.children;
        const GumboTag tag =
            node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
        if (node->type != GUMBO_NODE_DOCUMENT && isDropped(tag))
            return;
        if (tag == GUMBO_TAG_BR) {
            m_current += QLatin1Char(' ');
            return;
        }
        const bool paragraph = isParagraph(tag);
        if (paragraph) {
            flush();
            ++m_depth;
        }
        for (unsigned i = 0; i < children->length; ++i)
            walk(static_cast<const GumboNode *>(children->data[i]));
        if (paragraph) {
            flush();
            --m_depth;
        }
    }

private:
    void flush()
    {
        const QString text = collapsed(m_current);
        m_current.clear();
        if (!text.isEmpty())
            paragraphs.append(text);
    }

    int m_depth = 0;
    QString m_current;
};

const GumboNode *findElement(const GumboNode *node, GumboTag tag)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (node->v.element.tag == tag)
        return node;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (const GumboNode *found =
                findElement(static_cast<const GumboNode *>(children.data[i]), tag))
            return found;
    return nullptr;
}

QString attribute(const GumboNode *element, const char *name)
{
    if (!element || element->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&element->v.element.attributes, name);
    return a ? fromUtf8(a->value) : QString();
}

QString textOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        return fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        text += textOf(static_cast<const GumboNode *>(children.data[i]));
    return text;
}

// The content of every <meta> in the head by its lowercased property or name, the first of
// each kept.
QHash<QString, QString> metaTags(const GumboNode *head)
{
    QHash<QString, QString> tags;
    if (!head)
        return tags;
    const GumboVector &children = head->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_META)
            continue;
        QString key = attribute(child, "property");
        if (key.isEmpty())
            key = attribute(child, "name");
        const QString content = collapsed(attribute(child, "content"));
        key = key.trimmed().toLower();
        if (!key.isEmpty() && !content.isEmpty() && !tags.contains(key))
            tags.insert(key, content);
    }
    return tags;
}

// A timestamp's date at the precision it gives: "2024-03-05T10:00:00+01:00" is 2024-03-05.
PartialDate dateOf(const QString &stamp)
{
    for (const int length : {10, 7, 4}) {
        const PartialDate date = PartialDate::parse(QStringView(stamp).left(length));
        // Shorter than `length`, the stamp is whole: nothing follows that could extend it.
        if (date.isValid() && (stamp.size() <= length || !stamp.at(length).isDigit()))
            return date;
    }
    return {};
}

QString firstOf(const QHash<QString, QString> &tags, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (const QString value = tags.value(QLatin1String(key)); !value.isEmpty())
            return value;
    return {};
}

struct Page
{
    QStringList paragraphs;
    QString title;
    QString outlet;
    QString author;
    PartialDate published;
    QString language;
};

Page parsePage(const QByteArray &bytes)
{
    struct Destroy
    {
        void operator()(GumboOutput *output) const
        {
            gumbo_destroy_output(&kGumboDefaultOptions, output);
        }
    };
    const std::unique_ptr<GumboOutput, Destroy> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size())));
    Page page;
    ParagraphCollector collector;
    collector.walk(output->document);
    page.paragraphs = collector.paragraphs;

    const GumboNode *head = findElement(output->root, GUMBO_TAG_HEAD);
    const QHash<QString, QString> tags = metaTags(head);
    page.title = firstOf(tags, {"og:title", "twitter:title"});
    if (page.title.isEmpty())
        if (const GumboNode *title = head ? findElement(head, GUMBO_TAG_TITLE) : nullptr)
            page.title = collapsed(textOf(title));
    page.outlet = firstOf(tags, {"og:site_name", "application-name"});
    page.author = firstOf(tags, {"author", "article:author", "dc.creator", "byl"});
    // An author given as a profile's address names no one.
    if (page.author.startsWith(QLatin1String("http://")) ||
        page.author.startsWith(QLatin1String("https://")))
        page.author.clear();
    page.published = dateOf(firstOf(tags, {"article:published_time", "datepublished", "date",
                                           "dc.date", "dc.date.issued", "pubdate"}));
    QString language = attribute(output->root, "lang").trimmed();
    if (language.isEmpty())
        language = firstOf(tags, {"og:locale"}).replace(QLatin1Char('_'), QLatin1Char('-'));
    page.language = language;
    return page;
}

// A name in the folder for the article: the file's own, as text, made free with a number.
QString freeName(const QString &corpusDir, const QString &fileName, bool html)
{
    QString base = QFileInfo(fileName).fileName();
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    QString stem = html || base.isEmpty() ? QFileInfo(base).completeBaseName() : base;
    if (stem.isEmpty())
        stem = QStringLiteral("article");
    QString suffix;
    if (html) {
        suffix = QStringLiteral(".txt");
    } else if (const qsizetype dot = stem.lastIndexOf(QLatin1Char('.')); dot > 0) {
        suffix = stem.mid(dot);
        stem.truncate(dot);
    }
    QString name = stem + suffix;
    for (int n = 2; !ArticleIntake::whyNameUnavailable(corpusDir, name).isEmpty() && n < 10000; ++n)
        name = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    return name;
}

// The name of a file in the folder holding exactly these bytes; empty when none does. Only
// files of the same size are read.
QString sameTextIn(const QString &corpusDir, const QByteArray &bytes)
{
    if (corpusDir.isEmpty())
        return {};
    const QDir dir(corpusDir);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    QString sha;
    for (const QFileInfo &info : files) {
        if (info.size() != bytes.size() || !info.isFile())
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (sha.isEmpty())
            sha = TextUtil::sha256Hex(bytes);
        if (TextUtil::sha256Hex(file.readAll()) == sha)
            return info.fileName();
    }
    return {};
}

} // namespace

ArticleIntake::Result ArticleIntake::fromFile(const QString &path, const QString &corpusDir)
{
    Result result;
    const QString name = QFileInfo(path).fileName();
    if (const QString why = FileKind::whyNotReadable(path); !why.isEmpty()) {
        result.error = QStringLiteral("%1 %2").arg(path, why);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    // One byte past the larger limit, whatever the size says (a file may grow meanwhile):
    // fromBytes() knows which limit applies.
    const QByteArray bytes = file.read(MaxHtmlSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    return fromBytes(bytes, path, corpusDir);
}

ArticleIntake::Result ArticleIntake::fromBytes(const QByteArray &input, const QString &fileName,
                                               const QString &corpusDir)
{
    Result result;
    const QString name = QFileInfo(fileName).fileName();
    const bool html =
        isHtmlName(fileName) || (QFileInfo(fileName).suffix().isEmpty() && looksLikeHtml(input));
    result.kind = html ? Kind::Html : Kind::Text;
    const qint64 limit = html ? MaxHtmlSize : CorpusFolder::MaxArticleSize;
    if (input.size() > limit) {
        result.error = html ? tr("%1 is larger than %2 MB, more than any saved page of one "
                                 "article; it was not read")
                                  .arg(name, megabytes(limit))
                            : tr("%1 is larger than %2 MB, more than any article; it was not read")
                                  .arg(name, megabytes(limit));
        return result;
    }
    if (input.contains('\0')) {
        result.error = tr("%1 holds NUL bytes: it is a binary file, not text").arg(name);
        return result;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype bad = TextUtil::firstInvalidUtf8(bytes); bad >= 0) {
        int line = 0, column = 0;
        TextUtil::lineAndColumn(bytes, bad, &line, &column);
        const qsizetype offset = bad + (bytes.size() < input.size() ? 3 : 0);
        result.error = tr("%1 is not UTF-8 text: byte %2 (line %3, column %4) does not "
                          "begin a valid character; save it as UTF-8 and add it again")
                           .arg(name)
                           .arg(offset)
                           .arg(line)
                           .arg(column);
        return result;
    }

    Page page;
    if (html) {
        page = parsePage(bytes);
        result.paragraphs = page.paragraphs;
        result.text = page.paragraphs.join(QLatin1Char('\n'));
        if (!result.text.isEmpty())
            result.text += QLatin1Char('\n');
        result.bytes = result.text.toUtf8();
        if (result.bytes.size() > CorpusFolder::MaxArticleSize) {
            result.error = tr("The text of %1 is larger than %2 MB, more than any article")
                               .arg(name, megabytes(CorpusFolder::MaxArticleSize));
            return result;
        }
    } else {
        result.bytes = bytes;
        result.text = TextUtil::fromUtf8Exact(bytes.constData(), bytes.size());
        const ArticleText article(result.text);
        for (int n = 1; n <= article.paragraphCount(); ++n) {
            const ArticleText::Span span = article.paragraph(n);
            result.paragraphs.append(result.text.mid(span.start, span.end - span.start));
        }
    }
    if (result.paragraphs.isEmpty()) {
        result.error = html ? tr("%1 holds no paragraph of text once its scripts, styles and "
                                 "navigation are left out")
                                  .arg(name)
                            : tr("%1 is empty: it holds no paragraph of text").arg(name);
        return result;
    }
    if (const QString same = sameTextIn(corpusDir, result.bytes); !same.isEmpty()) {
        result.error =
            tr("The same text is already in the corpus folder as %1; it was not added again")
                .arg(same);
        return result;
    }
    result.sha256 = TextUtil::sha256Hex(result.bytes);
    Source &s = result.suggested;
    s.file = freeName(corpusDir, name, html);
    s.sha256 = result.sha256;
    s.title = page.title;
    s.outlet = page.outlet;
    s.author = page.author;
    s.published = page.published;
    s.language = page.language;
    return result;
}

QString ArticleIntake::whyNameUnavailable(const QString &corpusDir, const QString &fileName)
{
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) ||
        fileName.contains(QLatin1Char('\\')) || fileName.startsWith(QLatin1Char('.')) ||
        fileName.contains(QChar(0)))
        return tr("'%1' is not a plain file name").arg(fileName);
    const QString path = QDir(corpusDir).filePath(fileName);
    if (FileKind::of(path) != FileKind::Kind::Missing || QFileInfo(path).isSymLink())
        return tr("%1 is already taken in the corpus folder").arg(fileName);
    return {};
}

bool ArticleIntake::writeToCorpus(const Result &article, const QString &corpusDir,
                                  const QString &fileName, QString *error)
{
    if (!article.ok() || article.bytes.isEmpty()) {
        *error = tr("There is no article text to write");
        return false;
    }
    if (!QDir().mkpath(corpusDir)) {
        *error = tr("The corpus folder %1 cannot be created").arg(corpusDir);
        return false;
    }
    if (const QString why = whyNameUnavailable(corpusDir, fileName); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QSaveFile file(QDir(corpusDir).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(article.bytes) != article.bytes.size() ||
        !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
