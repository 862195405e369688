#pragma once

#include "ClaimFilter.h"
#include "ClaimMatcher.h"
#include "Dataset.h"

#include <memory>

/// What the dashboard holds for a dataset (its shared models and views), driven the way the
/// window drives it, so the benchmark measures a filter change until every view is updated.
class BenchViews
{
public:
    explicit BenchViews(const Dataset &dataset);
    ~BenchViews();
    double buildMs() const { return m_buildMs; }
    void applyFilter(const ClaimFilter &filter);
    void resetFilter();
    int visibleClaims() const { return m_visible; }
    void benchReplot(int claims);
    void benchReport(int claims);

private:
    const Dataset &m_dataset;
    ClaimSearchText m_searchText;
    double m_buildMs = 0;
    int m_visible = 0;
};
