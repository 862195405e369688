#include "models/corpus/QuoteAnchor.h"

#include "models/corpus/QuotePlacement.h"
#include "models/data/TextUtil.h"
#include "models/format/DatasetValidator.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuoteAnchor", text);
}

bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Mark_Enclosing;
}

// The start of the character as a reader sees it at `i`: never after the high half of a
// surrogate pair, nor between a letter and its accents.
qsizetype clusterStart(const QString &s, qsizetype i, qsizetype from)
{
    while (i > from && (s[i].isLowSurrogate() || isMark(s[i]) || s[i] == QChar(0x200D) ||
                        s[i - 1] == QChar(0x200D)))
        --i;
    return i;
}

qsizetype clusterEnd(const QString &s, qsizetype i, qsizetype to)
{
    while (i < to &&
           (s[i].isLowSurrogate() || isMark(s[i]) || s[i] == QChar(0x200D) ||
            s[i - 1] == QChar(0x200D) || (s[i] >= QChar(0xFE00) && s[i] <= QChar(0xFE0F))))
        ++i;
    return i;
}

// Quotes and their context are one-line fields, and tabs or line separators inside a selected
// paragraph are whitespace like any other to the matcher, which folds every run to one space:
// written as spaces, the citation resolves the same and passes the validator.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F))
            c = QLatin1Char(' ');
    return text;
}

QuoteAnchor::Result refused(QString error)
{
    QuoteAnchor::Result r;
    r.error = std::move(error);
    return r;
}

// Where whole words begin before `a` (prefix starts) or end after `b` (suffix ends) within the
// paragraph, nearest first, each context no longer than a quote may be.
std::vector<qsizetype> prefixStarts(const QString &s, ArticleText::Span para, qsizetype a)
{
    std::vector<qsizetype> starts;
    for (qsizetype j = a - 1; j >= para.start; --j) {
        if (TextUtil::codePointCount(QStringView(s).sliced(j, a - j)) >
            DatasetValidator::MaxQuoteLength)
            break;
        const bool wordStart = !s[j].isSpace() && (j == para.start || s[j - 1].isSpace());
        if (wordStart && !s[j].isLowSurrogate())
            starts.push_back(j);
    }
    return starts;
}

std::vector<qsizetype> suffixEnds(const QString &s, ArticleText::Span para, qsizetype b)
{
    std::vector<qsizetype> ends;
    for (qsizetype e = b + 1; e <= para.end; ++e) {
        if (TextUtil::codePointCount(QStringView(s).sliced(b, e - b)) >
            DatasetValidator::MaxQuoteLength)
            break;
        const bool wordEnd = !s[e - 1].isSpace() && (e == para.end || s[e].isSpace());
        if (wordEnd && !s[e - 1].isHighSurrogate())
            ends.push_back(e);
    }
    return ends;
}

bool resolvesTo(const ArticleText &article, const Citation &c, ArticleText::Span span)
{
    const QuotePlacement p = QuotePlacement::of(article, c);
    return p.isPlaced() && p.span == span;
}

} // namespace

QuoteAnchor::Result QuoteAnchor::inArticle(const ArticleText &article, const QString &sourceId,
                                           qsizetype start, qsizetype end)
{
    if (start > end)
        std::swap(start, end);
    const QString &s = article.original();
    start = qBound<qsizetype>(0, start, s.size());
    end = qBound<qsizetype>(0, end, s.size());
    // Whitespace around the selection belongs to no paragraph: skip it before looking.
    while (start < end && s[start].isSpace())
        ++start;
    while (end > start && s[end - 1].isSpace())
        --end;
    if (start == end)
        return refused(tr("The selection holds no text to quote"));
    const int first = article.paragraphAt(start);
    const int last = article.paragraphAt(end - 1);
    if (first != last)
        return refused(tr("The selection runs from paragraph %1 to paragraph %2; a quote "
                          "stands within one paragraph")
                           .arg(first)
                           .arg(last));
    const ArticleText::Span para = article.paragraph(first);
    return inParagraph(article, sourceId, first, start - para.start, end - para.start);
}

QuoteAnchor::Result QuoteAnchor::inParagraph(const ArticleText &article, const QString &sourceId,
                                             int paragraph, qsizetype start, qsizetype end)
{
    const ArticleText::Span para = article.paragraph(paragraph);
    if (para.end <= para.start)
        return refused(tr("The article has no paragraph %1; it has %2")
                           .arg(paragraph)
                           .arg(article.paragraphCount()));
    if (start > end)
        std::swap(start, end);
    const qsizetype length = para.end - para.start;
    if (start < 0 || end > length)
        return refused(tr("The selection runs past paragraph %1; a quote stands within one "
                          "paragraph")
                           .arg(paragraph));
    const QString &s = article.original();
    qsizetype a = para.start + start;
    qsizetype b = para.start + end;
    while (a < b && s[a].isSpace())
        ++a;
    while (b > a && s[b - 1].isSpace())
        --b;
    if (a == b)
        return refused(tr("The selection holds no text to quote"));
    a = clusterStart(s, a, para.start);
    b = clusterEnd(s, b, para.end);

    Result r;
    r.span = {a, b};
    Citation &c = r.citation;
    c.source = sourceId;
    c.paragraph = paragraph;
    c.quote = oneLine(s.mid(a, b - a));
    if (const qsizetype n = TextUtil::codePointCount(c.quote); n > DatasetValidator::MaxQuoteLength)
        return refused(tr("The passage is %1 characters long; a quote holds at most %2. Select "
                          "the words that carry the claim.")
                           .arg(n)
                           .arg(DatasetValidator::MaxQuoteLength));
    if (resolvesTo(article, c, r.span))
        return r;

    // The fewest words of context first (before, after or both), then the fewest characters.
    const std::vector<qsizetype> starts = prefixStarts(s, para, a);
    const std::vector<qsizetype> ends = suffixEnds(s, para, b);
    const qsizetype most = qsizetype(starts.size() + ends.size());
    for (qsizetype words = 1; words <= most; ++words) {
        std::optional<Citation> best;
        qsizetype bestLength = 0;
        for (qsizetype before = 0; before <= words; ++before) {
            const qsizetype after = words - before;
            if (before > qsizetype(starts.size()) || after > qsizetype(ends.size()))
                continue;
            Citation candidate = c;
            const qsizetype from = before > 0 ? starts[size_t(before - 1)] : a;
            const qsizetype to = after > 0 ? ends[size_t(after - 1)] : b;
            candidate.prefix = oneLine(s.mid(from, a - from));
            candidate.suffix = oneLine(s.mid(b, to - b));
            const qsizetype contextLength = (a - from) + (to - b);
            if ((!best || contextLength < bestLength) && resolvesTo(article, candidate, r.span)) {
                best = candidate;
                bestLength = contextLength;
            }
        }
        if (best) {
            r.citation = *best;
            return r;
        }
    }
    const int occurrences = int(article.find(c.quote).size());
    return refused(tr("These words occur %1 times in the article, and no words around them "
                      "within paragraph %2 tell this place apart; select a longer passage")
                       .arg(occurrences)
                       .arg(paragraph));
}
