#include "models/filter/ClaimDateOrder.h"

#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"

#include <algorithm>
#include <numeric>

bool ClaimDateOrder::before(const Dataset &dataset, int a, int b)
{
    const auto order = dataset.claims[a].date <=> dataset.claims[b].date;
    return order != 0 ? order < 0 : a < b;
}

std::span<const int> ClaimDateOrder::claims() const
{
    if (m_order.size() != size_t(m_dataset.claims.size())) {
        m_order.resize(size_t(m_dataset.claims.size()));
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(),
                  [this](int a, int b) { return before(m_dataset, a, b); });
    }
    return m_order;
}

std::pair<int, int> ClaimDateOrder::yearSpan() const
{
    // Undated claims sort first.
    const std::span<const int> order = claims();
    const auto firstDated = std::partition_point(
        order.begin(), order.end(), [this](int c) { return !m_dataset.claims[c].date.isValid(); });
    if (firstDated == order.end())
        return {0, 0};
    return {m_dataset.claims[*firstDated].date.year(), m_dataset.claims[order.back()].date.year()};
}

std::vector<int> ClaimDateOrder::flagged(const std::vector<char> &flags) const
{
    std::vector<int> shown;
    for (const int c : claims())
        if (size_t(c) < flags.size() && flags[size_t(c)])
            shown.push_back(c);
    return shown;
}

void ClaimDateOrder::applyDelta(const TableDelta &claims)
{
    if (claims.isEmpty() || m_order.empty())
        return; // not sorted yet: it will be on first use
    // Changed claims leave and come back in their new places; the others keep their order,
    // renumbered past the claims that came and went.
    std::vector<char> placed(size_t(m_dataset.claims.size()), 0);
    for (const int c : claims.changed)
        placed[size_t(c)] = 1;
    // Compacted in place: a fresh 100,000-entry vector costs more in page faults than the pass.
    size_t kept = 0;
    for (const int old : m_order) {
        const int now = claims.movesRows() ? claims.newIndexOf(old) : old;
        if (now >= 0 && !placed[size_t(now)])
            m_order[kept++] = now;
    }
    m_order.resize(kept);
    const auto less = [this](int a, int b) { return before(m_dataset, a, b); };
    for (const QList<int> *list : {&claims.added, &claims.changed})
        for (const int c : *list)
            m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), c, less), c);
}
