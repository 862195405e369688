#include "models/report/ReportPages.h"

#include "models/report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>

namespace {

// Layout positions are sums of font metrics: allow for rounding when comparing them.
constexpr qreal Slack = 0.01;

struct Span
{
    qreal top;
    qreal bottom;
};

/// A place where a page may end: the page's slice stops at `end`, the next one starts at
/// `next` (after the margins between the two).
struct Cut
{
    qreal end;
    qreal next;
};

/// A table with a header row: where the header is, and the body it heads.
struct HeadedTable
{
    Span header;
    Span body;
};

class CutCollector
{
public:
    CutCollector(const QTextDocument *doc, qreal pageHeight)
        : m_layout(doc->documentLayout()), m_pageHeight(pageHeight)
    {
    }

    void block(const QTextBlock &block);
    void table(QTextTable *table);

    /// The cuts the keep rules allow, in flow order.
    QList<Cut> allowedCuts() const;
    const QList<HeadedTable> &headedTables() const { return m_tables; }
    qreal start() const { return m_start; }
    qreal end() const { return m_previousEnd; }

private:
    QList<Span> lines(const QTextBlock &block) const;
    void item(const Span &span);
    void forbid(qreal from, qreal to) { m_forbidden << Span{from, to}; }
    void cutsInsideRow(QList<Span> rowLines, const Span &row);

    const QAbstractTextDocumentLayout *m_layout;
    qreal m_pageHeight;
    QList<Cut> m_cuts;
    QList<Span> m_forbidden;
    QList<HeadedTable> m_tables;
    bool m_started = false;
    qreal m_start = 0;
    qreal m_previousEnd = 0;
};

// Lines of a block in flow coordinates. blockBoundingRect() puts the block's layout where the
// document placed it, frames and table cells included; line positions are relative to that.
QList<Span> CutCollector::lines(const QTextBlock &block) const
{
    QList<Span> spans;
    const QTextLayout *layout = block.layout();
    if (!layout || !block.isVisible())
        return spans;
    const qreal top = m_layout->blockBoundingRect(block).top();
    spans.reserve(layout->lineCount());
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        spans << Span{top + line.y(), top + line.y() + line.height()};
    }
    return spans;
}

// Items (blocks, tables) follow one another: the end of one and the start of the next are
// a cut.
void CutCollector::item(const Span &span)
{
    if (m_started)
        m_cuts << Cut{m_previousEnd, span.top};
    else
        m_start = span.top;
    m_started = true;
    m_previousEnd = span.bottom;
}

void CutCollector::block(const QTextBlock &block)
{
    const QList<Span> spans = lines(block);
    if (spans.isEmpty())
        return;
    const Span whole{spans.front().top, spans.back().bottom};
    item(whole);
    const QTextBlockFormat format = block.blockFormat();
    const int keep = format.intProperty(ReportText::KeepProperty);
    const qreal height = whole.bottom - whole.top;
    const bool splittable =
        (keep == ReportText::KeepNothing && height > m_pageHeight * ReportPages::SplitShare) ||
        height > m_pageHeight * ReportPages::KeepShare;
    if (splittable) {
        // Two lines at least on each side of a cut, when the block has that many.
        const qsizetype minimum = spans.size() >= 4 ? 2 : 1;
        for (qsizetype i = minimum - 1; i + minimum < spans.size(); ++i)
            m_cuts << Cut{spans[i].bottom, spans[i + 1].top};
    }
    if (keep == ReportText::KeepWithNext)
        forbid(whole.top, whole.bottom + ReportPages::KeepWithNextRoom);
}

void CutCollector::table(QTextTable *table)
{
    const QTextTableFormat format = table->format();
    const qreal padding = format.cellPadding();
    const qreal border = format.border();
    const int headerRows = std::min(format.headerRowCount(), table->rows());
    QList<Span> rows;
    QList<QList<Span>> rowLines;
    for (int r = 0; r < table->rows(); ++r) {
        QList<Span> all;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue; // the rest of a merged cell
            for (auto it = cell.begin(); !it.atEnd(); ++it)
                all << lines(it.currentBlock());
        }
        if (all.isEmpty())
            all << (rows.isEmpty() ? Span{0, 0} : Span{rows.back().bottom, rows.back().bottom});
        Span row{all.front().top, all.front().bottom};
        for (const Span &s : all) {
            row.top = std::min(row.top, s.top);
            row.bottom = std::max(row.bottom, s.bottom);
        }
        rows << row;
        rowLines << all;
    }
    if (rows.isEmpty())
        return;
    // A row's rule lies between its padding and the next row's: cut just below it.
    const auto rowStart = [&](int r) { return rows[r].top - padding; };
    const Span whole{rows.front().top - padding - border, rows.back().bottom + padding + border};
    item(whole);
    const bool kept = format.intProperty(ReportText::KeepProperty) == ReportText::KeepTogether &&
                      whole.bottom - whole.top <= m_pageHeight * ReportPages::KeepShare;
    if (kept)
        return;
    if (headerRows > 0 && headerRows < rows.size())
        m_tables << HeadedTable{{whole.top, rowStart(headerRows)},
                                {rowStart(headerRows), whole.bottom}};
    else if (format.boolProperty(ReportText::ContinuesProperty) && !m_tables.isEmpty())
        m_tables.back().body.bottom = whole.bottom;
    for (int r = headerRows; r < rows.size(); ++r) {
        if (r > headerRows)
            m_cuts << Cut{rowStart(r), rowStart(r)};
        if (rows[r].bottom - rows[r].top > m_pageHeight * ReportPages::SplitShare)
            cutsInsideRow(rowLines[r], rows[r]);
    }
}

// A tall row may end a page where no cell has a line across the cut: the bottom of some
// line, with every line that starts above it ending above it too.
void CutCollector::cutsInsideRow(QList<Span> rowLines, const Span &row)
{
    std::sort(rowLines.begin(), rowLines.end(),
              [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<qreal> candidates;
    for (const Span &s : rowLines)
        if (s.bottom < row.bottom - Slack)
            candidates << s.bottom;
    std::sort(candidates.begin(), candidates.end());
    qsizetype next = 0;
    qreal reach = row.top; // lowest bottom among the lines that start above the candidate
    qreal last = row.top;
    for (qreal y : candidates) {
        while (next < rowLines.size() && rowLines[next].top < y - Slack)
            reach = std::max(reach, rowLines[next++].bottom);
        if (reach <= y + Slack && y > last + Slack) {
            m_cuts << Cut{y, y};
            last = y;
        }
    }
}

QList<Cut> CutCollector::allowedCuts() const
{
    QList<Span> forbidden = m_forbidden;
    std::sort(forbidden.begin(), forbidden.end(),
              [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Cut> allowed;
    allowed.reserve(m_cuts.size());
    qsizetype next = 0;
    qreal reach = -1; // furthest end of the forbidden spans that start above the cut
    for (const Cut &cut : m_cuts) {
        while (next < forbidden.size() && forbidden[next].top < cut.end - Slack)
            reach = std::max(reach, forbidden[next++].bottom);
        if (cut.end >= reach - Slack)
            allowed << cut;
    }
    return allowed;
}

} // namespace

namespace ReportPages {

QList<ReportPage> paginate(const QTextDocument *doc, qreal pageHeight, const Progress &progress,
                           bool *cancelled)
{
    // Qt lays the text out as the collector asks where it is: the position reached is the
    // share laid out.
    const qreal length = std::max(1, doc->characterCount());
    const auto goOn = [&](qreal laidOut) {
        const bool go = !progress || progress(laidOut);
        if (cancelled)
            *cancelled = !go;
        return go;
    };
    CutCollector collector(doc, pageHeight);
    int items = 0;
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
            collector.table(table);
        else if (it.currentBlock().isValid())
            collector.block(it.currentBlock());
        constexpr int ItemsPerReport = 256;
        if (progress && ++items % ItemsPerReport == 0) {
            const int position = it.currentFrame() ? it.currentFrame()->lastPosition()
                                                   : it.currentBlock().position();
            if (!goOn(position / length))
                return {};
        }
    }
    if (!goOn(1))
        return {};
    const QList<Cut> cuts = collector.allowedCuts();
    const QList<HeadedTable> &tables = collector.headedTables();
    const qreal end = collector.end();

    QList<ReportPage> pages;
    qreal top = collector.start();
    qsizetype cut = 0;
    qsizetype table = 0;
    for (;;) {
        ReportPage page;
        page.top = top;
        while (table < tables.size() && tables[table].body.bottom <= top + Slack)
            ++table;
        if (table < tables.size() && tables[table].body.top < top - Slack) {
            page.headerTop = tables[table].header.top;
            page.headerBottom = tables[table].header.bottom;
        }
        const qreal limit = top + std::max(pageHeight - page.headerHeight(), pageHeight / 4);
        if (end <= limit + Slack) {
            page.bottom = end;
            pages << page;
            break;
        }
        while (cut < cuts.size() && cuts[cut].end <= top + Slack)
            ++cut;
        qsizetype fits = cut;
        while (fits < cuts.size() && cuts[fits].end <= limit + Slack)
            ++fits;
        if (fits > cut) {
            page.bottom = cuts[fits - 1].end;
            top = std::max(cuts[fits - 1].next, page.bottom);
            cut = fits;
        } else {
            // Nothing may end this page before it is full: a piece taller than a page.
            page.bottom = limit;
            top = limit;
        }
        pages << page;
    }
    return pages;
}

} // namespace ReportPages
