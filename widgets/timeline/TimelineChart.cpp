#include "widgets/timeline/TimelineChart.h"

#include "models/data/ClaimDate.h"
#include "models/data/Dataset.h"
#include "models/data/FileKind.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/DateKey.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/timeline/TimelinePlottable.h"
#include "widgets/timeline/TimelineStyle.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPicture>
#include <QToolButton>
#include <QToolTip>
#include <qcustomplot.h>

namespace {

using DateKey::SecondsPerDay;
constexpr double MinKeySpan = 10 * SecondsPerDay;
constexpr double MaxKeySpan = 60 * 365.25 * SecondsPerDay;

} // namespace

TimelineChart::TimelineChart(const FilterState &filter, SelectionState &selection, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_selection(selection), m_dataset(filter.dataset()),
      m_plot(new QCustomPlot(this))
{
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->setMinimumHeight(160);
    TimelineStyle::setUpPlot(m_plot);
    m_plottable = new TimelinePlottable(m_plot->xAxis, m_plot->yAxis);
    m_plottable->removeFromLegend();
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setToolTip(QString()); // tooltips are per marker, see showToolTip()

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createHeader());
    layout->addWidget(m_plot, 1);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this] { clampKeys(); });
    connect(m_plot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this] { fitLanes(); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    // The axis rect's height is known only once laid out, just before drawing.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        TimelineStyle::setTickDensity(m_plot);
        fitLanes();
    });
    connect(&m_filter, &FilterState::changed, this, &TimelineChart::rebuild);
    connect(&m_selection, &SelectionState::selectionChanged, this, &TimelineChart::updateEmphasis);
    connect(&m_selection, &SelectionState::highlightedActorChanged, this,
            &TimelineChart::updateEmphasis);
    rebuild();
}

TimelineChart::~TimelineChart()
{
    // The plot, a child, outlives m_layout: nothing in it may point there any more.
    m_plottable->setTimeline(nullptr);
    if (const auto lanes = qSharedPointerDynamicCast<LaneTicker>(m_plot->yAxis->ticker()))
        lanes->setLayout(nullptr, nullptr);
}

QWidget *TimelineChart::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(4, 2, 4, 0);
    auto *title = new QLabel(tr("<b>Timeline</b> — plotted by:"), header);
    row->addWidget(title);
    m_happenedButton = new QToolButton(header);
    m_happenedButton->setText(tr("When it happened"));
    m_reportedButton = new QToolButton(header);
    m_reportedButton->setText(tr("When it was reported"));
    m_happenedButton->setToolTip(tr("Place each claim at the date it happened (Ctrl+1)"));
    m_reportedButton->setToolTip(tr("Place each claim at the date its sources were published "
                                    "(Ctrl+2)"));
    auto *group = new QButtonGroup(header);
    for (QToolButton *b : {m_happenedButton, m_reportedButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        group->addButton(b);
        row->addWidget(b);
    }
    m_happenedButton->setChecked(true);
    connect(m_happenedButton, &QToolButton::toggled, this,
            [this](bool on) { setMode(on ? TimelineMode::Happened : TimelineMode::Reported); });
    row->addStretch(1);
    const QString hint = tr("Wheel: zoom the dates · drag: pan · double-click: reset · F: zoom to "
                            "the selection · click a marker to select its claim");
    title->setToolTip(hint);
    m_plot->setStatusTip(hint);
    return header;
}

void TimelineChart::setMode(TimelineMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    QToolButton *button = mode == TimelineMode::Happened ? m_happenedButton : m_reportedButton;
    if (!button->isChecked())
        button->setChecked(true);
    rebuild();
    emit modeChanged(mode);
}

void TimelineChart::rebuild()
{
    if (!m_index || m_index->mode() != m_mode)
        m_index = std::make_unique<TimelineIndex>(m_dataset, m_mode);
    m_layout = TimelineLayout::build(*m_index, m_filter.matchingIndexes());
    m_plottable->setTimeline(&m_layout);
    TimelineStyle::applyLayout(m_plot, m_dataset, m_layout);
    updateEmphasis(); // also queues the one replot
    resetZoom();
}

void TimelineChart::updateEmphasis()
{
    std::vector<bool> selected(size_t(m_dataset.claims.size()), false);
    for (int c : m_selection.selectedClaims())
        selected[size_t(c)] = true;
    m_plottable->setEmphasis(std::move(selected),
                             m_layout.laneOfActor(m_selection.highlightedActor()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::fitLanes()
{
    // Lanes keep a legible height: when they do not all fit, the value axis shows as many as
    // fit and vertical drag scrolls through them; when they are few, they do not grow huge.
    const double lanes = std::max<double>(1, m_layout.lanes.size());
    // The axis' own rect: QCustomPlot::axisRect() searches the plot's layout at each call.
    const double height = std::max(1, m_plot->yAxis->axisRect()->height());
    double visible = lanes;
    if (lanes * TimelineStyle::MinLanePixels > height)
        visible = std::max(1.0, height / TimelineStyle::MinLanePixels);
    else if (lanes * TimelineStyle::MaxLanePixels < height)
        visible = height / TimelineStyle::MaxLanePixels;
    const QCPRange current = m_plot->yAxis->range();
    const double lower = std::clamp(current.lower, -0.5, std::max(-0.5, -0.5 + lanes - visible));
    const QCPRange wanted(lower, lower + visible);
    if (std::abs(wanted.lower - current.lower) > 1e-6 ||
        std::abs(wanted.upper - current.upper) > 1e-6)
        m_plot->yAxis->setRange(wanted);
}

void TimelineChart::clampKeys()
{
    const QCPRange r = m_plot->xAxis->range();
    // Zooming out stops at a lifetime, or at the whole dataset when it spans more (claims
    // dated 1000 and 9999): a reset must show every claim, not an empty middle.
    const auto [lower, upper] = fullRange();
    const double maxSpan = std::max(MaxKeySpan, upper - lower);
    if (r.size() < MinKeySpan)
        zoomKeysTo(r.center() - MinKeySpan / 2, r.center() + MinKeySpan / 2);
    else if (r.size() > maxSpan * (1 + 1e-9))
        zoomKeysTo(r.center() - maxSpan / 2, r.center() + maxSpan / 2);
    TimelineStyle::setTickDensity(m_plot);
}

void TimelineChart::zoomKeysTo(double lower, double upper)
{
    const QCPRange wanted(lower, upper);
    const QCPRange current = m_plot->xAxis->range();
    if (std::abs(wanted.lower - current.lower) > 1 || std::abs(wanted.upper - current.upper) > 1)
        m_plot->xAxis->setRange(wanted);
}

std::pair<double, double> TimelineChart::fullRange() const
{
    double lower = m_layout.minKey;
    double upper = m_layout.maxKey;
    if (m_layout.isEmpty()) {
        const double now = DateKey::now();
        lower = now - 365 * SecondsPerDay;
        upper = now;
    }
    const double margin = std::max(upper - lower, MinKeySpan) * 0.03;
    return {lower - margin, upper + margin};
}

void TimelineChart::resetZoom()
{
    const auto [lower, upper] = fullRange();
    zoomKeysTo(lower, upper);
    m_plot->yAxis->setRange(-0.5, -0.5 + std::max<double>(1, m_layout.lanes.size()));
    fitLanes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::zoomToSelection()
{
    const QList<int> &selected = m_selection.selectedClaims();
    if (selected.isEmpty()) {
        resetZoom();
        return;
    }
    double lower = 1e300, upper = -1e300;
    int firstLane = -1;
    for (const TimelineMarker &m : m_layout.markers) {
        if (!selected.contains(m.claim))
            continue;
        lower = std::min(lower, m.spanStart);
        upper = std::max(upper, m.spanEnd);
        firstLane = firstLane < 0 ? m.lane : std::min(firstLane, m.lane);
    }
    if (firstLane < 0)
        return;
    const double margin = std::max(upper - lower, MinKeySpan) * 0.15;
    zoomKeysTo(lower - margin, upper + margin);
    const QCPRange lanes = m_plot->yAxis->range();
    if (firstLane < lanes.lower || firstLane > lanes.upper)
        m_plot->yAxis->setRange(firstLane - 0.5, firstLane - 0.5 + lanes.size());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::optional<QPointF> TimelineChart::markerPixel(int claim) const
{
    const QRectF area = m_plot->xAxis->axisRect()->rect();
    for (const TimelineMarker &m : m_layout.markers) {
        if (m.claim != claim || m_plottable->isHidden(m))
            continue;
        const QPointF c = m_plottable->markerRect(m).center();
        if (area.contains(c))
            return c;
    }
    return std::nullopt;
}

int TimelineChart::claimAt(const QPointF &pixel) const
{
    const int marker = m_plottable->markerAt(pixel);
    return marker < 0 ? -1 : m_layout.markers[size_t(marker)].claim;
}

void TimelineChart::handleClick(const QPointF &pixel)
{
    const int claim = claimAt(pixel);
    if (claim >= 0) {
        m_selection.setCurrentClaim(claim);
        return;
    }
    // An overflow band opens into its claims: selected, so the table and the citations show
    // them.
    if (const TimelinePlottable::OverflowBand *band = m_plottable->overflowAt(pixel))
        m_selection.setSelectedClaims(band->claims, band->claims.first());
}

QString TimelineChart::toolTipOf(int claim) const
{
    const Claim &c = m_dataset.claims[claim];
    QStringList sources;
    for (int s : m_dataset.sourcesOfClaim(claim)) {
        const Source &src = m_dataset.sources[s];
        sources << PlainText::html(src.label);
    }
    QString tip = QStringLiteral("<b>%1</b> · %2<br>%3<br><i>%4</i>")
                      .arg(ClaimDate::shortText(c).toHtmlEscaped(), PlainText::html(c.kind),
                           PlainText::html(c.statement), sources.join(QStringLiteral("<br>")));
    if (!m_dataset.conflictsOfClaim(claim).isEmpty())
        tip += QStringLiteral("<br><span style='color:#c00'>%1</span>").arg(tr("In conflict"));
    return QStringLiteral("<div style='max-width:420px'>%1</div>").arg(tip);
}

void TimelineChart::showToolTip(const QPoint &pixel, const QPoint &globalPos)
{
    const int claim = claimAt(pixel);
    if (claim < 0) {
        if (const TimelinePlottable::OverflowBand *band = m_plottable->overflowAt(pixel))
            QToolTip::showText(globalPos,
                               tr("%n more claim(s) here, stacked beyond the rows this lane "
                                  "has room for. Click to select them.",
                                  nullptr, int(band->claims.size())),
                               m_plot);
        else
            QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos, toolTipOf(claim), m_plot);
}

bool TimelineChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        m_pressed = e->button() == Qt::LeftButton;
        m_pressPos = e->position().toPoint();
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (m_pressed && (e->position().toPoint() - m_pressPos).manhattanLength() <= 4)
            handleClick(e->position());
        m_pressed = false;
        break;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!(e->buttons() & Qt::LeftButton))
            showToolTip(e->position().toPoint(), e->globalPosition().toPoint());
        break;
    }
    case QEvent::ToolTip:
        return true; // handled on mouse move
    case QEvent::Resize:
        // Before the plot lays itself out for its new size.
        TimelineStyle::fitLegendColumns(m_plot);
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

// QCustomPlot opens the file itself: opening a pipe would block the window, writing a device
// would feed it. Only a regular file, or a new one, is written.
bool TimelineChart::exportPng(const QString &fileName, int width, int height)
{
    return FileKind::whyNotWritable(fileName).isEmpty() &&
           m_plot->savePng(fileName, width, height, 2.0);
}

bool TimelineChart::exportPdf(const QString &fileName, int width, int height)
{
    return FileKind::whyNotWritable(fileName).isEmpty() && m_plot->savePdf(fileName, width, height);
}

ChartPainter TimelineChart::printPainter(const Dataset &dataset, TimelineMode mode)
{
    return [&dataset, mode](QPainter *painter, const QRectF &target, const QList<int> &claims) {
        // Lay the chart out at the size it has on a screen-like device, record it as vector
        // commands and replay them: drawPicture() scales from the picture's resolution to the
        // painter's device, so the recorded size is the target size in picture units.
        QPicture picture;
        const double deviceDpi = painter->device() ? painter->device()->logicalDpiX() : 96.0;
        const double scale = std::max(0.05, deviceDpi / picture.logicalDpiX());
        const int w = std::max(100, int(target.width() / scale));
        const int h = std::max(80, int(target.height() / scale));
        const TimelineLayout layout = TimelineLayout::build(dataset, claims, mode);
        QCustomPlot plot;
        plot.resize(w, h);
        TimelineStyle::setUpPlot(&plot, TimelineStyle::Surface::Paper);
        auto *plottable = new TimelinePlottable(plot.xAxis, plot.yAxis);
        plottable->removeFromLegend();
        plottable->setTimeline(&layout);
        TimelineStyle::applyLayout(&plot, dataset, layout, TimelineStyle::Surface::Paper);
        const double margin = std::max(layout.maxKey - layout.minKey, MinKeySpan) * 0.03;
        plot.xAxis->setRange(layout.minKey - margin, layout.maxKey + margin);
        plot.yAxis->setRange(-0.5, -0.5 + std::max<double>(1, layout.lanes.size()));
        plot.xAxis->ticker()->setTickCount(std::clamp(w / 90, 2, 14));
        {
            QCPPainter recorder(&picture);
            plot.toPainter(&recorder, w, h);
        }
        painter->save();
        painter->translate(target.topLeft());
        painter->drawPicture(0, 0, picture);
        painter->restore();
    };
}
