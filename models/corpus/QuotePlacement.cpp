#include "models/corpus/QuotePlacement.h"

#include "models/data/Dataset.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuotePlacement", text);
}

} // namespace

QuotePlacement QuotePlacement::of(const ArticleText &article, const Citation &citation)
{
    QuotePlacement p;
    p.citedParagraph = citation.paragraph;
    p.paragraphCount = article.paragraphCount();
    const QList<ArticleText::Span> found =
        article.find(citation.quote, citation.prefix, citation.suffix);
    p.occurrences = int(found.size());
    if (!found.isEmpty()) {
        p.span = found.first();
        for (const ArticleText::Span &span : found)
            if (article.paragraphAt(span.start) == citation.paragraph) {
                p.span = span;
                break;
            }
        p.paragraph = article.paragraphAt(p.span.start);
    }
    if (citation.paragraph > p.paragraphCount)
        p.verdict = Verdict::NoSuchParagraph;
    else if (found.isEmpty())
        p.verdict = Verdict::NotFound;
    else if (found.size() > 1)
        p.verdict = Verdict::Ambiguous;
    else if (p.paragraph != citation.paragraph)
        p.verdict = Verdict::OtherParagraph;
    else
        p.verdict = Verdict::Placed;
    return p;
}

QString QuotePlacement::problem(const QString &sourceId) const
{
    switch (verdict) {
    case Verdict::Placed:
        return {};
    case Verdict::NoSuchParagraph:
        // One arg() call: a source id holding "%1" must not be filled in by the next one.
        return tr("paragraph %1 does not exist; %2 has %3")
            .arg(QString::number(citedParagraph), sourceId, QString::number(paragraphCount));
    case Verdict::NotFound:
        return tr("the quote is not found verbatim in source %1").arg(sourceId);
    case Verdict::Ambiguous:
        return tr("the quote occurs %1 times in source %2; add a prefix or suffix")
            .arg(QString::number(occurrences), sourceId);
    case Verdict::OtherParagraph:
        return tr("the quote stands in paragraph %1, not %2").arg(paragraph).arg(citedParagraph);
    }
    return {};
}
