#include "models/corpus/ArticleLayout.h"

#include <algorithm>

ArticleLayout::ArticleLayout(const ArticleText &article, qsizetype maxLine)
{
    const QString &s = article.original();
    m_text.reserve(s.size() + 2 * article.paragraphCount() + s.size() / (maxLine / 2) + 1);
    int line = 0;
    for (int n = 1; n <= article.paragraphCount(); ++n) {
        if (n > 1) {
            m_text += QStringLiteral("\n\n");
            line += 2;
        }
        m_firstLines.push_back(line);
        const ArticleText::Span p = article.paragraph(n);
        qsizetype from = p.start;
        while (p.end - from > maxLine) {
            // After the last space of the line's second half; a line without one is cut.
            const qsizetype half = from + maxLine / 2;
            const qsizetype space =
                QStringView(s).sliced(half, from + maxLine - half).lastIndexOf(u' ');
            qsizetype cut = space >= 0 ? half + space + 1 : from + maxLine;
            while (cut > from + 1 && (s[cut].isLowSurrogate() || s[cut].isMark()))
                --cut;
            m_pieces.push_back({from, cut, m_text.size(), n, p.start});
            m_text += QStringView(s).sliced(from, cut - from);
            m_text += QLatin1Char('\n');
            ++line;
            from = cut;
        }
        m_pieces.push_back({from, p.end, m_text.size(), n, p.start});
        m_text += QStringView(s).sliced(from, p.end - from);
    }
}

ArticleText::Span ArticleLayout::shown(ArticleText::Span span) const
{
    if (m_pieces.empty())
        return {};
    // The start goes to the first piece ending after it (its beginning when it lies before
    // that piece); the end to the last piece starting before it (its end when past it).
    const auto first =
        std::upper_bound(m_pieces.begin(), m_pieces.end(), span.start,
                         [](qsizetype offset, const Piece &p) { return offset < p.end; });
    const qsizetype start = first == m_pieces.end() ? m_text.size()
                            : span.start >= first->start
                                ? first->shown + (span.start - first->start)
                                : first->shown;
    auto last = std::lower_bound(m_pieces.begin(), m_pieces.end(), span.end,
                                 [](const Piece &p, qsizetype offset) { return p.start < offset; });
    if (last == m_pieces.begin())
        return {start, start};
    --last;
    const qsizetype end = last->shown + (std::min(span.end, last->end) - last->start);
    return {start, std::max(start, end)};
}

ArticleLayout::Position ArticleLayout::position(qsizetype shownOffset) const
{
    if (m_pieces.empty())
        return {};
    // The last piece shown at or before the offset; past its end lies only what the view adds.
    auto piece =
        std::upper_bound(m_pieces.begin(), m_pieces.end(), shownOffset,
                         [](qsizetype offset, const Piece &p) { return offset < p.shown; });
    if (piece != m_pieces.begin())
        --piece;
    const qsizetype into =
        std::clamp<qsizetype>(shownOffset - piece->shown, 0, piece->end - piece->start);
    const qsizetype inArticle = piece->start + into;
    return {piece->paragraph, inArticle - piece->paragraphStart, inArticle};
}

ArticleText::Span ArticleLayout::inArticle(ArticleText::Span shownSpan) const
{
    return {position(shownSpan.start).inArticle, position(shownSpan.end).inArticle};
}
