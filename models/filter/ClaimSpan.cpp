#include "models/filter/ClaimSpan.h"

#include "models/data/Dataset.h"

#include <tuple>

void ClaimSpan::add(const Dataset &dataset, int claim)
{
    // The dataset's cached Julian days: this runs for every claim of every actor at each filter
    // change, with no calendar arithmetic.
    const qint64 start = dataset.claimFirstDay(claim);
    const qint64 end = dataset.claimLastDay(claim);
    // Earliest start; then the longer (coarser); then the earlier claim.
    if (m_first < 0 ||
        std::tuple(start, -end, claim) < std::tuple(m_firstStart, -m_firstEnd, m_first)) {
        m_first = claim;
        m_firstStart = start;
        m_firstEnd = end;
    }
    // Latest end; then the longer (coarser); then the earlier claim.
    if (m_last < 0 ||
        std::tuple(-end, start, claim) < std::tuple(-m_lastEnd, m_lastStart, m_last)) {
        m_last = claim;
        m_lastStart = start;
        m_lastEnd = end;
    }
}
