#include "tests/fuzz/FuzzTargets.h"

#include "models/corpus/ArticleText.h"
#include "models/data/PartialDate.h"
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

} // namespace

namespace FuzzTargets {

int datasetJson(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto read = DatasetJsonReader::read(bytes, QStringLiteral("fuzz.json"));
    for (const Problem &p : read.problems) {
        require(!p.toString().isEmpty(), "every problem has a message");
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
    if (!DatasetValidator::validate(read.dataset, QStringLiteral("fuzz.json")).isEmpty())
        return 0;
    // A valid dataset survives writing and reading back unchanged.
    const QByteArray written = DatasetJsonWriter::write(read.dataset);
    auto again = DatasetJsonReader::read(written, QStringLiteral("again.json"));
    require(again.ok(), "a written dataset reads back");
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
