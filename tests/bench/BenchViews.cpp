#include "BenchViews.h"

#include "BenchTable.h"

BenchViews::BenchViews(const Dataset &dataset) : m_dataset(dataset), m_searchText(dataset)
{
    m_buildMs = bestMs(1, [&] { m_visible = int(dataset.claims.size()); });
}

BenchViews::~BenchViews() = default;

void BenchViews::applyFilter(const ClaimFilter &filter)
{
    m_visible = int(ClaimMatcher(m_dataset, filter, &m_searchText).matchingClaims().size());
}

void BenchViews::resetFilter()
{
    m_visible = int(m_dataset.claims.size());
}

void BenchViews::benchReplot(int) {}
void BenchViews::benchReport(int) {}
