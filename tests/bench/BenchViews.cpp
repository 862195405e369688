#include "tests/bench/BenchViews.h"

#include "models/filter/FilterState.h"
#include "models/report/ReportBuilder.h"
#include "models/report/ReportWriter.h"
#include "models/viewmodels/TimelineDensity.h"
#include "models/viewmodels/TimelineLayout.h"
#include "tests/bench/BenchTable.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>
#include <qcustomplot.h>

namespace {

constexpr int ChartWidth = 1400;
constexpr int ChartHeight = 600;

// The floor for a replot: QCustomPlot drawing the same number of plain points in one graph.
double plainPointsReplotMs(int points)
{
    QCustomPlot plot;
    plot.resize(ChartWidth, ChartHeight);
    plot.show();
    QCPGraph *graph = plot.addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    QVector<double> x(points);
    QVector<double> y(points);
    for (int i = 0; i < points; ++i) {
        x[i] = i;
        y[i] = (i * 7919) % 1000;
    }
    graph->setData(x, y, true);
    plot.rescaleAxes();
    plot.replot();
    return bestMs(3, [&] { plot.replot(); });
}

} // namespace

BenchViews::BenchViews(const Dataset &dataset) : m_dataset(dataset)
{
    m_buildMs = bestMs(1, [&] {
        m_dashboard = std::make_unique<Dashboard>(dataset);
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        auto *middle = new QVBoxLayout;
        middle->addWidget(m_dashboard->chart(), 2);
        middle->addWidget(m_dashboard->claimTable(), 1);
        layout->addWidget(m_dashboard->actorList());
        layout->addLayout(middle, 3);
        m_window->resize(ChartWidth + 400, ChartHeight + 300);
        m_window->show();
        QApplication::processEvents();
    });
}

BenchViews::~BenchViews()
{
    m_window.reset();
    m_dashboard.reset();
}

void BenchViews::applyFilter(const ClaimFilter &filter)
{
    // Every view's model is updated by the time setFilter returns (direct connections); what
    // is left queued is painting, which the replot row measures.
    m_dashboard->filter()->setFilter(filter);
}

BenchViews::FilterTimes BenchViews::timeFilter(const ClaimFilter &filter,
                                               const std::function<void()> &floor, int runs)
{
    // Painting the window evicts most of what a change or a query had in the processor's
    // caches: a change timed after a paint and a floor timed in a tight loop would compare a
    // cold run with a warm one (at 1k claims, a factor of two to three either way).
    FilterTimes times{1e300, 1e300, 1e300, 1e300};
    for (int run = 0; run < runs; ++run) {
        resetFilter();
        times.ours = std::min(times.ours, bestMs(1, [&] { applyFilter(filter); }));
        resetFilter();
        times.floor = std::min(times.floor, bestMs(1, floor));
    }
    for (int run = 0; run < runs; ++run) {
        applyFilter({});
        times.oursBackToBack =
            std::min(times.oursBackToBack, bestMs(1, [&] { applyFilter(filter); }));
    }
    times.floorBackToBack = bestMs(runs, floor);
    resetFilter();
    applyFilter(filter);
    QApplication::processEvents();
    return times;
}

void BenchViews::resetFilter()
{
    applyFilter({});
    QApplication::processEvents();
}

int BenchViews::visibleClaims() const
{
    return m_dashboard->filter()->matchCount();
}

void BenchViews::benchReplot(int claims, const QString &label)
{
    QCustomPlot *plot = m_dashboard->chart()->plot();
    plot->replot();
    const double ms = bestMs(3, [&] { plot->replot(); });
    const int plotted = int(m_dashboard->chart()->plottedClaims().size());
    printRow(QStringLiteral("replot, %1 (%2)").arg(label).arg(plotted), claims, ms,
             plainPointsReplotMs(plotted), QStringLiteral("plain points"));
}

void BenchViews::benchTimeline(int claims)
{
    TimelineChart *chart = m_dashboard->chart();
    const TimelineIndex index(m_dataset, TimelineMode::Happened, TimelineGrouping::Actor);
    std::vector<int> all(size_t(m_dataset.claims.size()));
    std::iota(all.begin(), all.end(), 0);
    TimelineLayout layout;
    const double layoutMs = bestMs(3, [&] { layout = TimelineLayout::build(index, all); });
    // The floor: the placements sorted by lane and start, which any stacking needs at least.
    std::vector<std::pair<int, double>> keys;
    const double sortMs = bestMs(3, [&] {
        keys.clear();
        keys.reserve(layout.markers.size());
        for (const TimelineMarker &m : layout.markers)
            keys.emplace_back((m.lane * 7919) % 1000, -m.spanStart);
        std::sort(keys.begin(), keys.end());
    });
    int rows = 0;
    for (const TimelineLane &lane : layout.lanes)
        rows = std::max(rows, lane.rows);
    printRow(QStringLiteral("timeline: stack %1 placements (busiest lane %2 rows)")
                 .arg(layout.markers.size())
                 .arg(rows),
             claims, layoutMs, sortMs, QStringLiteral("sort by lane, start"));
    const double densityMs = bestMs(3, [&] {
        const TimelineDensity density(layout);
        (void)density.histogram(layout.minKey, layout.maxKey, 400);
    });
    printRow(QStringLiteral("timeline: overview density"), claims, densityMs, sortMs,
             QStringLiteral("sort by lane, start"));

    // A zoom onto the year that holds most claims, then its replot: the overflow bands and
    // the rows shown are worked out as the plot draws.
    const TimelineDensity density(layout);
    const auto [lower, upper] = density.densestStretch(0.1);
    const double middle = (lower + upper) / 2;
    const double year = 365.25 * 86400;
    QCustomPlot *plot = chart->plot();
    const double zoomMs = bestMs(3,
                                 [&] {
                                     plot->xAxis->setRange(middle - year / 2, middle + year / 2);
                                     plot->replot();
                                     plot->xAxis->setRange(middle - year, middle + year);
                                     plot->replot();
                                 }) /
                          2;
    printRow(QStringLiteral("timeline: zoom to a year and replot"), claims, zoomMs,
             plainPointsReplotMs(int(layout.plottedClaims().size())),
             QStringLiteral("plain points"));
    chart->resetZoom();
}

void BenchViews::benchReport(int claims)
{
    if (claims > 10000 || qEnvironmentVariableIsSet("BENCH_NO_REPORT"))
        return;
    ReportContent content;
    const double buildMs = bestMs(1, [&] { content = ReportBuilder::build(m_dataset, {}); });
    printRow(QStringLiteral("report: build document"), claims, buildMs, 0, {});
    QTemporaryDir dir;
    ReportWriter::Result result;
    const double writeMs = bestMs(1, [&] {
        result = ReportWriter::writePdf(content, TimelineChart::printPainter(m_dataset),
                                        QPageSize(QPageSize::A4),
                                        dir.filePath(QStringLiteral("report.pdf")));
    });
    printRow(QStringLiteral("report: write PDF (%1 pages)").arg(result.pages), claims, writeMs, 0,
             {});
}
