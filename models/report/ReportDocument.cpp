#include "ReportDocument.h"

#include "ReportChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontInfo>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

// Our own margins, in points; a printer's larger hardware margins win.
const QMarginsF ReportMargins(50, 64, 50, 56);
// Room a heading needs below it on its page: its first lines of content.
constexpr qreal KeepWithNextRoom = 72;
// 72 dpi in dots per metre: one layout unit is one point.
constexpr int PointsPerMetre = 2835;

QMarginsF maxMargins(const QMarginsF &a, const QMarginsF &b)
{
    return {std::max(a.left(), b.left()), std::max(a.top(), b.top()),
            std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())};
}

} // namespace

ReportDocument::ReportDocument(const ReportContent &content, const ChartPainter &chart,
                               const QPageLayout &page)
    : m_content(content), m_referenceDevice(8, 8, QImage::Format_ARGB32_Premultiplied)
{
    m_referenceDevice.setDotsPerMeterX(PointsPerMetre);
    m_referenceDevice.setDotsPerMeterY(PointsPerMetre);
    m_paper = page.fullRect(QPageLayout::Point).size();
    m_margins = maxMargins(ReportMargins, page.margins(QPageLayout::Point));

    m_chart = std::make_unique<ReportChartObject>(chart, m_content.claims);
    m_doc = std::make_unique<QTextDocument>();
    m_doc->setUndoRedoEnabled(false);
    m_doc->setUseDesignMetrics(true);
    m_doc->setDocumentMargin(0);
    QFont base(ReportText::sansFamily());
    base.setStyleHint(QFont::SansSerif);
    base.setPointSizeF(9);
    m_doc->setDefaultFont(base);
    const QRectF body = bodyRect();
    const qreal chartHeight = std::min(body.width() * 0.6, body.height() * 0.55);
    // Text first, layout after: a layout that exists while a table fills relayouts each cell.
    ReportText::write(m_doc.get(), m_content, QSizeF(body.width(), chartHeight));
    m_doc->documentLayout()->setPaintDevice(&m_referenceDevice);
    m_doc->documentLayout()->registerHandler(ReportChartObject::Type, m_chart.get());
    m_doc->setPageSize(body.size());
    relayout();
    keepBlocksTogether();
}

ReportDocument::~ReportDocument() = default;

QRectF ReportDocument::bodyRect() const
{
    return QRectF(QPointF(0, 0), m_paper).marginsRemoved(m_margins);
}

int ReportDocument::pageCount() const
{
    return m_doc->pageCount();
}

int ReportDocument::chartDrawCount() const
{
    return m_chart->drawCount();
}

QList<ReportText::Section> ReportDocument::sections() const
{
    QList<ReportText::Section> list;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const int s = b.blockFormat().intProperty(ReportText::SectionProperty);
        if (s)
            list << ReportText::Section(s);
    }
    return list;
}

int ReportDocument::pageOfSection(ReportText::Section section) const
{
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().intProperty(ReportText::SectionProperty) == section) {
            const QRectF r = m_doc->documentLayout()->blockBoundingRect(b);
            return int(r.top() / m_doc->pageSize().height());
        }
    }
    return -1;
}

// Moves what would straddle two pages to the top of the next page: a block marked
// KeepTogether, a heading (KeepWithNext) that would end its page. Whatever comes before a
// moved block keeps its place, so one pass in document order settles it.
void ReportDocument::keepBlocksTogether()
{
    QTextBlock heading; // first of the KeepWithNext blocks just before the current item
    for (auto it = m_doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            // Long tables break between rows (header repeated); short ones marked
            // KeepTogether (a conflict's sides) move whole, with their heading.
            if (table->format().intProperty(ReportText::KeepProperty) == ReportText::KeepTogether)
                keepTableTogether(table, heading);
            heading = QTextBlock();
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.text().isEmpty())
            continue;
        const int keep = block.blockFormat().intProperty(ReportText::KeepProperty);
        if (keep)
            keepBlockTogether(block, heading);
        if (keep != ReportText::KeepWithNext)
            heading = QTextBlock();
        else if (!heading.isValid())
            heading = block;
    }
}

void ReportDocument::keepTableTogether(QTextTable *table, const QTextBlock &heading)
{
    const QRectF r = m_doc->documentLayout()->frameBoundingRect(table);
    if (pageAt(r.top()) == pageAt(r.bottom() - 0.5) || startsPage(r.top()) ||
        r.height() > m_doc->pageSize().height() * 0.9)
        return;
    if (heading.isValid() &&
        !startsPage(m_doc->documentLayout()->blockBoundingRect(heading).top())) {
        breakBefore(heading);
        return;
    }
    QTextTableFormat f = table->format();
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(f);
    relayout();
}

// Qt lays text out lazily, and after a change only from the change on: a table cell's
// format change can leave what follows the table unlaid, which then counts no pages and
// paints nothing. Lay it all out again, completely, before measuring.
void ReportDocument::relayout()
{
    m_doc->markContentsDirty(0, m_doc->characterCount());
    m_doc->pageCount();
}

int ReportDocument::pageAt(qreal y) const
{
    return int(std::floor(y / m_doc->pageSize().height()));
}

bool ReportDocument::startsPage(qreal y) const
{
    return y - pageAt(y) * m_doc->pageSize().height() < 1;
}

void ReportDocument::breakBefore(const QTextBlock &block)
{
    QTextBlockFormat moved = block.blockFormat();
    moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    moved.setTopMargin(0);
    QTextCursor(block).setBlockFormat(moved);
    relayout();
}

void ReportDocument::keepBlockTogether(const QTextBlock &block, const QTextBlock &heading)
{
    const QTextBlockFormat format = block.blockFormat();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return;
    const QRectF r = m_doc->documentLayout()->blockBoundingRect(block);
    const qreal top = r.top() + format.topMargin();
    const bool withNext = format.intProperty(ReportText::KeepProperty) == ReportText::KeepWithNext;
    const qreal bottom = r.bottom() + (withNext ? KeepWithNextRoom : 0);
    if (pageAt(top) == pageAt(bottom - 0.5) || startsPage(top) ||
        bottom - top > m_doc->pageSize().height() * 0.9)
        return;
    if (!heading.isValid()) {
        breakBefore(block);
        return;
    }
    // A heading goes with what it heads, unless it already stands at the top of a page.
    const QRectF h = m_doc->documentLayout()->blockBoundingRect(heading);
    if (!startsPage(h.top() + heading.blockFormat().topMargin()) &&
        !(heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
        breakBefore(heading);
}

void ReportDocument::paintPage(QPainter *painter, int page) const
{
    const QRectF body = bodyRect();
    painter->save();
    paintHeaderAndFooter(painter, page);
    const qreal pageHeight = m_doc->pageSize().height();
    painter->translate(body.left(), body.top() - page * pageHeight);
    const QRectF clip(0, page * pageHeight, body.width(), pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    painter->setClipRect(clip);
    m_doc->documentLayout()->draw(painter, context);
    painter->restore();
}

void ReportDocument::paintHeaderAndFooter(QPainter *painter, int page) const
{
    const QRectF body = bodyRect();
    // The painter is scaled to points, and QPainter sizes point-sized fonts for its device:
    // a pixel size is the one that follows the scale.
    QFont font(ReportText::sansFamily());
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(8);
    font.setLetterSpacing(QFont::PercentageSpacing, 100); // no ligatures, as in the text
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const qreal line = metrics.height();
    painter->setPen(QPen(QColor(0x55, 0x55, 0x55)));

    const QRectF header(body.left(), body.top() - 18 - line, body.width(), line);
    const QString left = metrics.elidedText(m_content.title, Qt::ElideRight, body.width() * 0.45);
    const QString right =
        metrics.elidedText(m_content.filterText, Qt::ElideRight, body.width() * 0.5);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);

    const QRectF footer(body.left(), body.bottom() + 16, body.width(), line);
    painter->drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        tr("Generated %1 · dataset version %2")
            .arg(m_content.generatedOn.toString(Qt::ISODate), m_content.datasetVersion));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(page + 1).arg(pageCount()));

    painter->setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0.5));
    painter->drawLine(QPointF(body.left(), body.top() - 12),
                      QPointF(body.right(), body.top() - 12));
    painter->drawLine(QPointF(body.left(), body.bottom() + 10),
                      QPointF(body.right(), body.bottom() + 10));
}

QStringList ReportDocument::missingFonts()
{
    QStringList missing;
    for (const QString &family :
         {ReportText::sansFamily(), ReportText::serifFamily(), ReportText::monoFamily()}) {
        if (!QFontInfo(QFont(family)).exactMatch())
            missing << family;
    }
    return missing;
}
