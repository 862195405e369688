#pragma once

#include "models/data/Dataset.h"
#include "models/filter/ClaimFilter.h"

#include <functional>
#include <memory>

class Dashboard;
class QWidget;

/// What the dashboard holds for a dataset (its shared models and views in a window), driven
/// the way the window drives it, so the benchmark measures a filter change until every view's
/// model is updated, and a replot of what the filter leaves.
class BenchViews
{
public:
    explicit BenchViews(const Dataset &dataset);
    ~BenchViews();
    double buildMs() const { return m_buildMs; }
    Dashboard *dashboard() const { return m_dashboard.get(); }
    /// Sets the filter and returns once every view has taken it in.
    void applyFilter(const ClaimFilter &filter);
    void resetFilter();
    /// A filter change from all claims to `filter` (until every view's model is updated) and
    /// its floor, timed the same way as each other: best of `runs`.
    struct FilterTimes
    {
        /// Each run right after the window painted all claims, as when someone looks at the
        /// window and changes the filter: the runs of the change and of the floor alternate.
        double ours = 0;
        double floor = 0;
        /// Each run right after the previous one, nothing painted between: warm caches.
        double oursBackToBack = 0;
        double floorBackToBack = 0;
    };
    FilterTimes timeFilter(const ClaimFilter &filter, const std::function<void()> &floor, int runs);
    int visibleClaims() const;
    /// Prints the replot rows for the current filter: ours and the plain-points floor.
    void benchReplot(int claims, const QString &label);
    /// Prints the timeline's layout rows: stacking every shown claim into lanes and rows (what a
    /// filter change and a grouping change redo), against sorting the same placements by lane
    /// and start; and a zoom to the busiest year with its replot, against plain points.
    void benchTimeline(int claims);
    /// Prints report building and PDF writing rows (1k and 10k claims only).
    void benchReport(int claims);

private:
    const Dataset &m_dataset;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QWidget> m_window;
    double m_buildMs = 0;
};
