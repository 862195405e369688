#include "tests/fuzz/FuzzTargets.h"

#include "models/corpus/ArticleText.h"
#include "models/data/PartialDate.h"
#include "models/data/TextUtil.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/DatasetValidator.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// A message quotes the input: no control character of it may reach a terminal.
void requirePrintable(const Problem &p)
{
    const QString text = p.toString();
    require(!text.isEmpty(), "every problem has a message");
    for (const QChar c : text)
        require(c.unicode() >= 0x20 && !(c.unicode() >= 0x7F && c.unicode() <= 0x9F),
                "a message holds no control character");
}

} // namespace

namespace FuzzTargets {

int datasetJson(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto read = DatasetJsonReader::read(bytes, QStringLiteral("fuzz.json"));
    for (const Problem &p : read.problems) {
        requirePrintable(p);
        // Text refused as JSON is one problem, placed.
        if (p.message.contains(QLatin1String("malformed JSON")))
            require(read.problems.size() == 1 && p.line > 0 && p.column > 0,
                    "a syntax problem comes alone, with its line and column");
    }
    if (!read.ok())
        return 0;
    // What the reader takes is JSON to another parser too (Qt's, which is more lenient with
    // escapes and keys, not with syntax).
    QJsonParseError error{};
    QJsonDocument::fromJson(bytes, &error);
    require(error.error == QJsonParseError::NoError, "what the reader takes is JSON");
    const Problems problems = DatasetValidator::validate(read.dataset, QStringLiteral("fuzz.json"));
    for (const Problem &p : problems)
        requirePrintable(p);
    if (!problems.isEmpty())
        return 0;
    // A valid dataset survives exporting and importing unchanged: the same records, field for
    // field, character for character (outside the Basic Multilingual Plane too), and valid.
    const QByteArray written = DatasetJsonWriter::write(read.dataset);
    require(TextUtil::firstInvalidUtf8(written) < 0, "an export is UTF-8");
    for (const char c : written)
        require(static_cast<unsigned char>(c) >= 0x20 || c == '\n',
                "an export holds no raw control character");
    auto again = DatasetJsonReader::read(written, QStringLiteral("again.json"));
    require(again.ok(), "a written dataset reads back");
    require(again.dataset.sameRecords(read.dataset), "importing an export gives the same dataset");
    require(DatasetValidator::validate(again.dataset, QStringLiteral("again.json")).isEmpty(),
            "an exported valid dataset is valid");
    require(DatasetJsonWriter::write(again.dataset) == written, "writing is stable");
    return 0;
}

int partialDate(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const PartialDate d = PartialDate::parse(text, &error);
    if (!d.isValid()) {
        require(!error.isEmpty(), "an invalid date says why");
        return 0;
    }
    require(d.toIsoString() == text, "a valid date prints as it was written");
    require(d.first() <= d.last(), "a date's span is not reversed");
    return 0;
}

int quoteMatcher(const uint8_t *data, size_t size)
{
    // Input: article \0 quote \0 prefix \0 suffix
    const QList<QByteArray> parts =
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    const ArticleText article(QString::fromUtf8(parts.value(0)));
    const QString quote = QString::fromUtf8(parts.value(1));
    const auto found =
        article.find(quote, QString::fromUtf8(parts.value(2)), QString::fromUtf8(parts.value(3)));
    const QString normalizedQuote = ArticleText::normalize(quote).trimmed();
    for (const auto &span : found) {
        require(span.start >= 0 && span.start < span.end && span.end <= article.original().size(),
                "a found span lies inside the article");
        const QString covered = article.original().mid(span.start, span.end - span.start);
        require(ArticleText::normalize(covered) == normalizedQuote, "a found span holds the quote");
    }
    for (int p = 1; p <= article.paragraphCount(); ++p) {
        const auto span = article.paragraph(p);
        require(span.start < span.end && article.paragraphAt(span.start) == p,
                "paragraphs map back");
    }
    return 0;
}

} // namespace FuzzTargets
