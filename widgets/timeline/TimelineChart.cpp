#include "widgets/timeline/TimelineChart.h"

#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/data/FileKind.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/DateKey.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/timeline/TimelineOverview.h"
#include "widgets/timeline/TimelinePlottable.h"
#include "widgets/timeline/TimelineStyle.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPicture>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <qcustomplot.h>

namespace {

using DateKey::SecondsPerDay;
constexpr double MinKeySpan = 7 * SecondsPerDay; ///< about a week across the chart
/// The least a reset shows: one claim of a month is seen as a month, not a full-width bar.
constexpr double MinFullSpan = 2 * 365.25 * SecondsPerDay;
constexpr int LaneScrollSteps = 100; ///< scroll bar steps per lane
/// A fit frames the shortest stretch holding this share of the claims, when that stretch is
/// at most FitAtMost of the whole span: otherwise the claims spread and all of it is shown.
constexpr double FitShare = 0.9;
constexpr double FitAtMost = 0.6;
constexpr double ComfortRowPixels = 12; ///< a stacked row's height when the lane has room
constexpr int FitAtLeast = 10; ///< fewer claims are all shown: each is a tenth of the story

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
    m_plottable->setDataset(&m_dataset);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_plot->setToolTip(QString()); // tooltips are per marker, see showToolTip()

    // Lanes that do not fit scroll: a scroll bar beside the plot, and a line saying how many
    // are in view, so that none disappears unnoticed.
    m_laneScroll = new QScrollBar(Qt::Vertical, this);
    m_laneScroll->setObjectName(QStringLiteral("laneScroll"));
    m_laneScroll->setAccessibleName(tr("Timeline lanes"));
    m_laneScroll->setToolTip(tr("Scroll through the lanes that do not fit"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createHeader());
    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    body->addWidget(m_plot, 1);
    body->addWidget(m_laneScroll);
    layout->addLayout(body, 1);
    // Under the chart, the whole span and the chart's window on it.
    m_overview = new TimelineOverview(this);
    layout->addWidget(m_overview);
    connect(m_overview, &TimelineOverview::windowRequested, this,
            [this](double lower, double upper) {
                zoomKeysTo(lower, upper);
                m_plot->replot(QCustomPlot::rpQueuedReplot);
            });
    connect(m_overview, &TimelineOverview::wholeSpanRequested, this, &TimelineChart::showWholeSpan);
    connect(m_laneScroll, &QScrollBar::valueChanged, this, [this](int value) {
        const QCPRange current = m_plot->yAxis->range();
        const double lower = value / double(LaneScrollSteps) - 0.5;
        if (std::abs(lower - current.lower) > 1e-6) {
            m_plot->yAxis->setRange(lower, lower + current.size());
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    });

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        clampKeys();
        const QCPRange keys = m_plot->xAxis->range();
        m_overview->setWindow(keys.lower, keys.upper);
    });
    connect(m_plot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        fitLanes();
        showLaneScroll();
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    // The axis rect's height is known only once laid out, just before drawing.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        TimelineStyle::setTickDensity(m_plot);
        fitLanes();
        showLaneScroll();
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

QList<QWidget *> TimelineChart::headerControls() const
{
    return {m_happenedButton, m_reportedButton, m_groupingBox, m_orderBox};
}

QWidget *TimelineChart::createHeader()
{
    // Two rows of controls, the second shown only when the chart is too narrow for one: the
    // buttons are never squeezed until their words are cut.
    auto *header = new QWidget(this);
    // Its width follows the chart's, not the other way: resizeEvent() fits its rows to it.
    header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *rows = new QVBoxLayout(header);
    rows->setContentsMargins(4, 2, 4, 0);
    rows->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(m_secondRow);
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
    auto *groupingLabel = new QLabel(tr("&Lanes:"), header);
    m_groupingBox = new QComboBox(header);
    m_groupingBox->setObjectName(QStringLiteral("laneGrouping"));
    m_groupingBox->addItem(tr("By actor"), int(TimelineGrouping::Actor));
    m_groupingBox->addItem(tr("By source"), int(TimelineGrouping::Source));
    m_groupingBox->addItem(tr("By kind"), int(TimelineGrouping::Kind));
    m_groupingBox->addItem(tr("One lane"), int(TimelineGrouping::None));
    m_groupingBox->setToolTip(tr("What each lane of the timeline holds"));
    groupingLabel->setBuddy(m_groupingBox);
    connect(m_groupingBox, &QComboBox::activated, this,
            [this](int i) { setGrouping(TimelineGrouping(m_groupingBox->itemData(i).toInt())); });
    auto *orderLabel = new QLabel(tr("&Order:"), header);
    m_orderBox = new QComboBox(header);
    m_orderBox->setObjectName(QStringLiteral("laneOrder"));
    m_orderBox->addItem(tr("Most claims"), int(TimelineLaneOrder::MostClaims));
    m_orderBox->addItem(tr("First appearance"), int(TimelineLaneOrder::FirstAppearance));
    m_orderBox->addItem(tr("Name"), int(TimelineLaneOrder::Name));
    m_orderBox->setToolTip(tr("Which lane comes first: the one with the most claims, the one "
                              "whose first claim is earliest, or by name"));
    orderLabel->setBuddy(m_orderBox);
    connect(m_orderBox, &QComboBox::activated, this,
            [this](int i) { setLaneOrder(TimelineLaneOrder(m_orderBox->itemData(i).toInt())); });
    m_laneCount = new QLabel(header);
    m_laneCount->setObjectName(QStringLiteral("laneCount"));
    m_laneCount->setVisible(false);
    m_firstRow = row;
    m_groupingWidgets = {groupingLabel, m_groupingBox, orderLabel, m_orderBox, m_laneCount};
    placeHeaderControls(true);
    const QString hint = tr("Wheel: zoom the dates · Ctrl+wheel: taller or shorter lanes · drag: "
                            "pan · double-click: reset · F: zoom to the selection · click a marker "
                            "to select its claim");
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

void TimelineChart::placeHeaderControls(bool oneRow)
{
    QHBoxLayout *to = oneRow ? m_firstRow : m_secondRow;
    QHBoxLayout *from = oneRow ? m_secondRow : m_firstRow;
    if (m_headerOneRow == oneRow && to->indexOf(m_groupingBox) >= 0)
        return;
    m_headerOneRow = oneRow;
    for (QWidget *w : std::as_const(m_groupingWidgets))
        from->removeWidget(w);
    // Drop the spacing and stretch items either row ends with; each gets its own below.
    for (QHBoxLayout *layout : {m_firstRow, m_secondRow})
        while (layout->count() > 0 && !layout->itemAt(layout->count() - 1)->widget())
            delete layout->takeAt(layout->count() - 1);
    if (oneRow)
        to->addSpacing(12);
    else
        m_firstRow->addStretch(1);
    to->addWidget(m_groupingWidgets[0]);
    to->addWidget(m_groupingWidgets[1]);
    to->addSpacing(8);
    to->addWidget(m_groupingWidgets[2]);
    to->addWidget(m_groupingWidgets[3]);
    to->addStretch(1);
    to->addWidget(m_groupingWidgets[4]);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // One row when the title, the mode buttons and the lane controls all fit at their size.
    int needed = 24;
    for (int i = 0; i < m_firstRow->count(); ++i)
        if (QWidget *w = m_firstRow->itemAt(i)->widget(); w && !m_groupingWidgets.contains(w))
            needed += w->sizeHint().width() + m_firstRow->spacing();
    for (QWidget *w : std::as_const(m_groupingWidgets))
        needed += w->sizeHint().width() + m_firstRow->spacing();
    placeHeaderControls(width() >= needed);
}

void TimelineChart::setGrouping(TimelineGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    m_groupingBox->setCurrentIndex(m_groupingBox->findData(int(grouping)));
    rebuild();
    emit groupingChanged(grouping);
}

void TimelineChart::setLaneOrder(TimelineLaneOrder order)
{
    if (order == m_laneOrder)
        return;
    m_laneOrder = order;
    m_orderBox->setCurrentIndex(m_orderBox->findData(int(order)));
    rebuild();
    emit laneOrderChanged(order);
}

void TimelineChart::applyDelta(const DatasetDelta &delta)
{
    if (delta.isEmpty())
        return;
    // An edit of claims alone moves only their placements; a source, actor or conflict may
    // move any claim's (its lanes, its flags), so the index is then built again on the rebuild
    // the filter's announcement brings. Either keeps the dates the user zoomed to.
    const bool claimsAlone =
        delta.sources.isEmpty() && delta.actors.isEmpty() && delta.conflicts.isEmpty();
    m_restackTouched = false;
    m_touchedLanes.clear();
    if (m_index && claimsAlone) {
        if (m_index->applyClaimDelta(delta.claims, &m_touchedLanes)) {
            m_editedClaims = delta.claims;
            m_restackTouched = m_layout.laneOrder == m_laneOrder;
        } else {
            m_index.reset();
        }
    } else {
        m_index.reset();
    }
    m_keepZoom = true;
}

void TimelineChart::rebuild()
{
    if (!m_index || m_index->mode() != m_mode || m_index->grouping() != m_grouping) {
        m_index = std::make_unique<TimelineIndex>(m_dataset, m_mode, m_grouping);
        m_restackTouched = false;
    }
    m_layout = std::exchange(m_restackTouched, false)
                   ? TimelineLayout::update(std::move(m_layout), *m_index, m_filter.matching(),
                                            m_editedClaims, m_touchedLanes)
                   : TimelineLayout::build(*m_index, m_filter.matchingIndexes(), m_laneOrder);
    m_laneWalk.clear();
    m_claimsByDateValid = false;
    m_keyLane = 0;
    m_plottable->setTimeline(&m_layout);
    TimelineStyle::applyLayout(m_plot, m_dataset, m_layout);
    updateEmphasis(); // also queues the one replot
    const auto [lower, upper] = fullRange();
    m_overview->setDensity(m_layout, lower, upper);
    if (!std::exchange(m_keepZoom, false))
        resetZoom();
    // A screen reader hears the new count, and that the list changed under it.
    if (QAccessible::isActive()) {
        QAccessibleEvent described(m_plot, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&described);
        QAccessibleEvent reordered(m_plot, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reordered);
    }
}

const QList<int> &TimelineChart::claimsByDate() const
{
    if (!m_claimsByDateValid) {
        std::vector<std::pair<double, int>> starts;
        std::vector<bool> seen(size_t(m_dataset.claims.size()), false);
        for (const TimelineMarker &m : m_layout.markers)
            if (!seen[size_t(m.claim)]) {
                seen[size_t(m.claim)] = true;
                starts.emplace_back(m.spanStart, m.claim);
            }
        std::sort(starts.begin(), starts.end());
        m_claimsByDate.clear();
        m_claimsByDate.reserve(qsizetype(starts.size()));
        for (const auto &[start, claim] : starts)
            m_claimsByDate.append(claim);
        m_claimsByDateValid = true;
    }
    return m_claimsByDate;
}

void TimelineChart::updateEmphasis()
{
    // Walking the chart with the keys, a screen reader hears each claim reached.
    if (QAccessible::isActive() && m_plot->hasFocus() && m_selection.currentClaim() >= 0) {
        const int index = int(claimsByDate().indexOf(m_selection.currentClaim()));
        if (index >= 0) {
            QAccessibleEvent focus(m_plot, QAccessible::Focus);
            focus.setChild(index);
            QAccessible::updateAccessibility(&focus);
        }
    }
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
    // fit and vertical drag scrolls through them. When they are few, each grows until its
    // stacked rows have room (ComfortRowPixels each) but no further, so a lane of one row
    // does not turn into a slab; taller lanes (laneScale) show more rows and fewer lanes.
    const double lanes = std::max<double>(1, m_layout.lanes.size());
    // The axis' own rect: QCustomPlot::axisRect() searches the plot's layout at each call.
    const double height = std::max(1, m_plot->yAxis->axisRect()->height());
    int rows = 1;
    for (const TimelineLane &lane : std::as_const(m_layout.lanes))
        rows = std::max(rows, lane.rows);
    const double least = std::min(height, TimelineStyle::MinLanePixels * m_laneScale);
    const double most = std::min(
        height, std::max(TimelineStyle::MaxLanePixels, rows * ComfortRowPixels + 4) * m_laneScale);
    double visible = lanes;
    if (lanes * least > height)
        visible = std::max(1.0, height / least);
    else if (lanes * most < height)
        visible = height / most;
    const QCPRange current = m_plot->yAxis->range();
    const double lower = std::clamp(current.lower, -0.5, std::max(-0.5, -0.5 + lanes - visible));
    const QCPRange wanted(lower, lower + visible);
    if (std::abs(wanted.lower - current.lower) > 1e-6 ||
        std::abs(wanted.upper - current.upper) > 1e-6)
        m_plot->yAxis->setRange(wanted);
}

void TimelineChart::setLaneScale(double scale)
{
    scale = std::clamp(scale, 1.0, 8.0);
    if (std::abs(scale - m_laneScale) < 1e-9)
        return;
    m_laneScale = scale;
    fitLanes();
    showLaneScroll();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::showLaneScroll()
{
    const int lanes = int(m_layout.lanes.size());
    const QCPRange range = m_plot->yAxis->range();
    const int first = std::clamp(int(std::ceil(range.lower + 0.5 - 1e-6)), 0, std::max(0, lanes));
    const int last = std::clamp(int(std::floor(range.upper - 0.5 + 1e-6)), -1, lanes - 1);
    const int inView = std::max(0, last - first + 1);
    const bool scrolls = lanes > 0 && inView < lanes;
    m_laneScroll->setVisible(scrolls);
    m_laneCount->setVisible(scrolls);
    if (!scrolls)
        return;
    m_laneCount->setText(tr("Lanes %1–%2 of %3").arg(first + 1).arg(last + 1).arg(lanes));
    m_laneCount->setToolTip(tr("The lanes that do not fit are reached with the scroll bar "
                               "beside the chart, or by dragging it up or down"));
    const QSignalBlocker quiet(m_laneScroll);
    const int page = int(std::lround(range.size() * LaneScrollSteps));
    m_laneScroll->setRange(0, std::max(0, lanes * LaneScrollSteps - page));
    m_laneScroll->setPageStep(page);
    m_laneScroll->setSingleStep(LaneScrollSteps);
    m_laneScroll->setValue(int(std::lround((range.lower + 0.5) * LaneScrollSteps)));
}

void TimelineChart::clampKeys()
{
    const QCPRange r = m_plot->xAxis->range();
    // Zooming out stops a little past everything shown: beyond it is only empty years.
    const auto [lower, upper] = fullRange();
    const double maxSpan = (upper - lower) * 1.25;
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
    const double margin = (upper - lower) * 0.03;
    lower -= margin;
    upper += margin;
    if (upper - lower < MinFullSpan) {
        const double middle = (lower + upper) / 2;
        lower = middle - MinFullSpan / 2;
        upper = middle + MinFullSpan / 2;
    }
    return {lower, upper};
}

std::pair<double, double> TimelineChart::fitRange() const
{
    const auto whole = fullRange();
    const TimelineDensity &density = m_overview->density();
    const auto [lower, upper] = density.densestStretch(FitShare);
    if (density.claimCount() < FitAtLeast || upper <= lower ||
        (upper - lower) > FitAtMost * (whole.second - whole.first))
        return whole;
    const double size = std::max(upper - lower, MinFullSpan);
    const double middle = (lower + upper) / 2;
    const double margin = size * 0.04;
    return {middle - size / 2 - margin, middle + size / 2 + margin};
}

void TimelineChart::showWholeSpan()
{
    const auto [lower, upper] = fullRange();
    zoomKeysTo(lower, upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::pair<QDate, QDate> TimelineChart::visibleDates() const
{
    const QCPRange keys = m_plot->xAxis->range();
    // The upper key is the midnight after the last day shown.
    return {DateKey::dateOf(keys.lower), DateKey::dateOf(keys.upper - 1)};
}

void TimelineChart::setVisibleDates(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    zoomKeysTo(DateKey::ofDate(from), DateKey::ofDate(to.addDays(1)));
    clampKeys();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::resetZoom()
{
    const auto [lower, upper] = fitRange();
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

const std::vector<int> &TimelineChart::laneOrder(int lane) const
{
    if (m_laneWalk.size() != size_t(m_layout.lanes.size())) {
        m_laneWalk.assign(size_t(m_layout.lanes.size()), {});
        for (size_t i = 0; i < m_layout.markers.size(); ++i)
            m_laneWalk[size_t(m_layout.markers[i].lane)].push_back(int(i));
        for (std::vector<int> &order : m_laneWalk)
            std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
                const TimelineMarker &x = m_layout.markers[size_t(a)];
                const TimelineMarker &y = m_layout.markers[size_t(b)];
                return std::tie(x.spanStart, x.spanEnd, x.row) <
                       std::tie(y.spanStart, y.spanEnd, y.row);
            });
    }
    return m_laneWalk[size_t(lane)];
}

void TimelineChart::goToMarker(int marker)
{
    const TimelineMarker &m = m_layout.markers[size_t(marker)];
    m_keyLane = m.lane;
    // Into view first: the selection's replot then draws it where it is seen.
    const QCPRange keys = m_plot->xAxis->range();
    if (m.spanEnd < keys.lower || m.spanStart > keys.upper) {
        const double middle = (m.spanStart + m.spanEnd) / 2;
        zoomKeysTo(middle - keys.size() / 2, middle + keys.size() / 2);
    }
    const QCPRange lanes = m_plot->yAxis->range();
    if (m.lane - 0.5 < lanes.lower)
        m_plot->yAxis->setRange(m.lane - 0.5, m.lane - 0.5 + lanes.size());
    else if (m.lane + 0.5 > lanes.upper)
        m_plot->yAxis->setRange(m.lane + 0.5 - lanes.size(), m.lane + 0.5);
    m_selection.setCurrentClaim(m.claim);
}

void TimelineChart::selectClaim(int claim)
{
    const QList<int> markers = m_layout.markersOfClaim(claim);
    if (markers.isEmpty())
        m_selection.setCurrentClaim(claim);
    else
        goToMarker(markers.first());
}

bool TimelineChart::navigate(int key)
{
    if (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus) {
        const QCPRange keys = m_plot->xAxis->range();
        const double factor = key == Qt::Key_Minus ? 1.5 : 1 / 1.5;
        zoomKeysTo(keys.center() - keys.size() * factor / 2,
                   keys.center() + keys.size() * factor / 2);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return true;
    }
    if (m_layout.lanes.isEmpty())
        return false;
    // Where the keys start from: the current claim in the walked lane, else anywhere.
    const int current = m_selection.currentClaim();
    m_keyLane = std::clamp(m_keyLane, 0, int(m_layout.lanes.size()) - 1);
    const auto positionIn = [&](int lane) {
        const std::vector<int> &order = laneOrder(lane);
        for (size_t i = 0; i < order.size(); ++i)
            if (m_layout.markers[size_t(order[i])].claim == current)
                return int(i);
        return -1;
    };
    int at = positionIn(m_keyLane);
    if (at < 0 && current >= 0)
        if (const QList<int> markers = m_layout.markersOfClaim(current); !markers.isEmpty()) {
            m_keyLane = m_layout.markers[size_t(markers.first())].lane;
            at = positionIn(m_keyLane);
        }
    const std::vector<int> &order = laneOrder(m_keyLane);
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (order.empty())
            return true;
        const int next = at < 0 ? 0 : at + (key == Qt::Key_Right ? 1 : -1);
        goToMarker(order[size_t(std::clamp(next, 0, int(order.size()) - 1))]);
        return true;
    }
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!order.empty())
            goToMarker(key == Qt::Key_Home ? order.front() : order.back());
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int lane = m_keyLane + (key == Qt::Key_Down ? 1 : -1);
        if (lane < 0 || lane >= m_layout.lanes.size())
            return true;
        // The claim of that lane nearest in time to where the keys are.
        const double when = at >= 0 ? (m_layout.markers[size_t(order[size_t(at)])].spanStart +
                                       m_layout.markers[size_t(order[size_t(at)])].spanEnd) /
                                          2
                                    : m_plot->xAxis->range().center();
        int best = -1;
        double bestDistance = 0;
        for (const int i : laneOrder(lane)) {
            const TimelineMarker &m = m_layout.markers[size_t(i)];
            const double distance = std::abs((m.spanStart + m.spanEnd) / 2 - when);
            if (best < 0 || distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            goToMarker(best);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0)
            emit claimActivated(current);
        return true;
    default:
        return false;
    }
}

void TimelineChart::handleClick(const QPointF &pixel)
{
    const int marker = m_plottable->markerAt(pixel);
    if (marker >= 0) {
        m_keyLane = m_layout.markers[size_t(marker)].lane; // the arrow keys go on from here
        m_selection.setCurrentClaim(m_layout.markers[size_t(marker)].claim);
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
                      .arg(ClaimDate::withPrecision(c).toHtmlEscaped(),
                           ClaimKinds::label(c.kind).toHtmlEscaped(), PlainText::html(c.statement),
                           sources.join(QStringLiteral("<br>")));
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
    case QEvent::KeyPress:
        if (navigate(static_cast<QKeyEvent *>(event)->key()))
            return true;
        break;
    case QEvent::Wheel: {
        // Ctrl+wheel: taller or shorter lanes; the plain wheel zooms the dates (QCustomPlot).
        auto *e = static_cast<QWheelEvent *>(event);
        if (e->modifiers() & Qt::ControlModifier) {
            if (e->angleDelta().y() != 0)
                setLaneScale(m_laneScale * (e->angleDelta().y() > 0 ? 1.25 : 0.8));
            return true;
        }
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

QString TimelineChart::caption() const
{
    const QString period =
        m_layout.isEmpty()
            ? tr("no claims")
            : tr("%1 to %2")
                  .arg(DateKey::dateOf(m_plot->xAxis->range().lower).toString(Qt::ISODate),
                       DateKey::dateOf(m_plot->xAxis->range().upper).toString(Qt::ISODate));
    const QString claims = tr("%n claim(s)", nullptr, int(m_layout.plottedClaims().size()));
    const QString lanes = tr("%n lane(s)", nullptr, int(m_layout.lanes.size()));
    return tr("%1 · %2 · %3 in %4 · plotted by %5")
        .arg(m_filter.filter().describe(m_dataset), period, claims, lanes,
             m_mode == TimelineMode::Happened ? tr("when it happened")
                                              : tr("when it was reported"));
}

// An exported chart holds every lane, however many the window shows, under a caption that
// says what it shows: the filter, the period, the counts. The window's own view is left as
// it was.
template <typename Save> bool TimelineChart::exportWhole(int width, int height, Save save)
{
    const QCPRange lanes = m_plot->yAxis->range();
    auto *caption = new QCPTextElement(m_plot, this->caption());
    caption->setTextFlags(Qt::AlignLeft | Qt::TextWordWrap);
    caption->setTextColor(m_plot->xAxis->labelColor());
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, caption);
    // Room for every lane at a legible height, beside whatever else the plot lays out.
    const int laneCount = std::max<int>(1, int(m_layout.lanes.size()));
    const int chrome = m_plot->height() - m_plot->yAxis->axisRect()->height();
    const int w = width > 0 ? width : m_plot->width();
    const int h = std::max(height > 0 ? height : m_plot->height(),
                           chrome + 40 + int(laneCount * TimelineStyle::MinLanePixels * 1.2));
    {
        const QSignalBlocker quiet(m_plot->yAxis); // fitLanes() would cut the range back
        m_plot->yAxis->setRange(-0.5, laneCount - 0.5);
    }
    const bool ok = save(w, h);
    m_plot->plotLayout()->remove(caption);
    m_plot->plotLayout()->simplify();
    {
        const QSignalBlocker quiet(m_plot->yAxis);
        m_plot->yAxis->setRange(lanes);
    }
    // Laid out again at the window's size before the scroll bar reads the lanes in view.
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    showLaneScroll();
    return ok;
}

// QCustomPlot opens the file itself: opening a pipe would block the window, writing a device
// would feed it. Only a regular file, or a new one, is written.
bool TimelineChart::exportPng(const QString &fileName, int width, int height)
{
    if (!FileKind::whyNotWritable(fileName).isEmpty())
        return false;
    return exportWhole(width, height,
                       [&](int w, int h) { return m_plot->savePng(fileName, w, h, 2.0); });
}

bool TimelineChart::exportPdf(const QString &fileName, int width, int height)
{
    if (!FileKind::whyNotWritable(fileName).isEmpty())
        return false;
    return exportWhole(width, height,
                       [&](int w, int h) { return m_plot->savePdf(fileName, w, h); });
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
        plottable->setDataset(&dataset);
        plottable->setTimeline(&layout);
        TimelineStyle::applyLayout(&plot, dataset, layout, TimelineStyle::Surface::Paper);
        const double margin = std::max(layout.maxKey - layout.minKey, MinKeySpan) * 0.03;
        plot.xAxis->setRange(layout.minKey - margin, layout.maxKey + margin);
        // The busiest lanes that fit at a legible height (they come first); a line under the
        // chart says what the others hold.
        const int fit = std::max(1, int((h - 90) / (TimelineStyle::MinLanePixels * 0.75)));
        const int lanes = std::max(1, int(layout.lanes.size()));
        const int shown = std::min(lanes, fit);
        plot.yAxis->setRange(-0.5, -0.5 + shown);
        if (shown < lanes) {
            QList<int> left; // claims on no shown lane
            std::vector<bool> onShown(size_t(dataset.claims.size()), false);
            for (const TimelineMarker &m : layout.markers)
                if (m.lane < shown)
                    onShown[size_t(m.claim)] = true;
            for (const TimelineMarker &m : layout.markers)
                if (!onShown[size_t(m.claim)] && !left.contains(m.claim))
                    left.append(m.claim);
            auto *note = new QCPTextElement(
                &plot, QCoreApplication::translate("TimelineChart",
                                                   "%n more lane(s) not drawn, the actors with the "
                                                   "fewest claims;",
                                                   nullptr, lanes - shown) +
                           u' ' +
                           QCoreApplication::translate(
                               "TimelineChart", "%n claim(s) are on none of the lanes drawn.",
                               nullptr, int(left.size())));
            note->setTextColor(QColor(0x44, 0x44, 0x44));
            plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, note);
        }
        plot.xAxis->ticker()->setTickCount(std::clamp(w / 90, 2, 14));
        // Under the chart, the overview strip: how densely the claims fall over the span.
        const int strip = std::clamp(h / 12, 30, 48);
        {
            QCPPainter recorder(&picture);
            plot.toPainter(&recorder, w, h - strip);
            const QRect axes = plot.axisRect()->rect();
            QFont font = plot.xAxis->tickLabelFont();
            recorder.setFont(font);
            const QRectF band(axes.left(), h - strip + 4, axes.width(), strip - 6);
            const QCPRange keys = plot.xAxis->range();
            TimelineOverview::paint(
                &recorder, band,
                TimelineDensity(layout).histogram(keys.lower, keys.upper,
                                                  TimelineOverview::binsFor(band.width())),
                {keys.lower, keys.upper}, std::nullopt, {0, 0}, TimelineOverview::paperColors());
            recorder.setPen(Qt::black);
            recorder.drawText(QRectF(0, band.top(), axes.left() - 8, band.height()),
                              Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                              QCoreApplication::translate("TimelineChart", "Claims over time"));
        }
        painter->save();
        painter->translate(target.topLeft());
        painter->drawPicture(0, 0, picture);
        painter->restore();
    };
}
