#pragma once

#include "ClaimFilter.h"
#include "Dataset.h"

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
    /// Sets the filter and returns once every view has taken it in.
    void applyFilter(const ClaimFilter &filter);
    void resetFilter();
    /// Best of three: from all claims to `filter`, until every view's model is updated.
    double timeFilter(const ClaimFilter &filter, int runs);
    int visibleClaims() const;
    /// Prints the replot rows for the current filter: ours and the plain-points floor.
    void benchReplot(int claims, const QString &label);
    /// Prints report building and PDF writing rows (1k and 10k claims only).
    void benchReport(int claims);

private:
    const Dataset &m_dataset;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QWidget> m_window;
    double m_buildMs = 0;
};
