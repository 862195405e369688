#include "models/report/ReportDocument.h"

#include "models/report/ReportChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontInfo>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>

namespace {

// Our own margins, in points; a printer's larger hardware margins win.
const QMarginsF ReportMargins(50, 64, 50, 56);
// 72 dpi in dots per metre: one layout unit is one point.
constexpr int PointsPerMetre = 2835;

QMarginsF maxMargins(const QMarginsF &a, const QMarginsF &b)
{
    return {std::max(a.left(), b.left()), std::max(a.top(), b.top()),
            std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())};
}

} // namespace

ReportDocument::ReportDocument(const ReportContent &content, const ChartPainter &chart,
                               const QPageLayout &page, const ReportPages::Progress &progress)
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
    base.setFamilies({ReportText::sansFamily(), ReportText::symbolFamily()});
    base.setStyleHint(QFont::SansSerif);
    base.setPointSizeF(9);
    m_doc->setDefaultFont(base);
    const QRectF body = bodyRect();
    // Room for each lane (an actor) to stay legible, up to a whole page; past that the chart
    // shows the busiest lanes and says how many it leaves out.
    const qsizetype lanes = std::max<qsizetype>(1, m_content.cast.size());
    const qreal chartHeight =
        std::clamp(90.0 + lanes * 18.0, body.width() * 0.45, body.height() * 0.92);
    // Text first, layout after: a layout that exists while a table fills relayouts each cell.
    ReportText::write(m_doc.get(), m_content, QSizeF(body.width(), chartHeight));
    m_doc->documentLayout()->setPaintDevice(&m_referenceDevice);
    m_doc->documentLayout()->registerHandler(ReportChartObject::Type, m_chart.get());
    m_doc->setTextWidth(body.width()); // one long flow: ReportPages cuts it into pages
    m_pages = ReportPages::paginate(m_doc.get(), body.height(), progress, &m_cancelled);
}

ReportDocument::~ReportDocument() = default;

QRectF ReportDocument::bodyRect() const
{
    return QRectF(QPointF(0, 0), m_paper).marginsRemoved(m_margins);
}

int ReportDocument::pageCount() const
{
    return int(m_pages.size());
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
        if (b.blockFormat().intProperty(ReportText::SectionProperty) == section)
            return pageAt(m_doc->documentLayout()->blockBoundingRect(b).center().y());
    }
    return -1;
}

int ReportDocument::pageAt(qreal y) const
{
    const auto after = std::upper_bound(m_pages.cbegin(), m_pages.cend(), y,
                                        [](qreal v, const ReportPage &p) { return v < p.top; });
    return std::max(0, int(after - m_pages.cbegin()) - 1);
}

void ReportDocument::paintPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    const ReportPage &slice = m_pages[page];
    painter->save();
    paintHeaderAndFooter(painter, page);
    painter->translate(bodyRect().topLeft());
    if (slice.headerHeight() > 0)
        paintSlice(painter, slice.headerTop, slice.headerBottom, 0);
    paintSlice(painter, slice.top, slice.bottom, slice.headerHeight());
    painter->restore();
}

// Paints the flow from `from` to `to` at `at` below the body's top.
void ReportDocument::paintSlice(QPainter *painter, qreal from, qreal to, qreal at) const
{
    painter->save();
    painter->translate(0, at - from);
    // A little wider than the body: table rules stand half outside it.
    const QRectF clip(-2, from, bodyRect().width() + 4, to - from);
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
    font.setFamilies({ReportText::sansFamily(), ReportText::symbolFamily()});
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
        QCoreApplication::translate("Report", "Generated %1 · dataset version %2")
            .arg(m_content.generatedOn.toString(Qt::ISODate), m_content.datasetVersion));
    painter->drawText(
        footer, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Report", "Page %1 of %2").arg(page + 1).arg(pageCount()));

    painter->setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0.5));
    painter->drawLine(QPointF(body.left(), body.top() - 12),
                      QPointF(body.right(), body.top() - 12));
    painter->drawLine(QPointF(body.left(), body.bottom() + 10),
                      QPointF(body.right(), body.bottom() + 10));
}

QStringList ReportDocument::missingFonts()
{
    QStringList missing;
    for (const QString &family : {ReportText::sansFamily(), ReportText::serifFamily(),
                                  ReportText::monoFamily(), ReportText::symbolFamily()}) {
        if (!QFontInfo(QFont(family)).exactMatch())
            missing << family;
    }
    return missing;
}
