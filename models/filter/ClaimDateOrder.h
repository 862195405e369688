#pragma once

#include <span>
#include <utility>
#include <vector>

class Dataset;
struct TableDelta;

/// Every claim of a dataset in date order: by date (coarser first, as PartialDate sorts), then
/// dataset order. Sorted once, on first use, then kept in step with edits without sorting
/// again, so that a summary of the claims shown reads them in order at each filter change or
/// edit for the price of one pass.
class ClaimDateOrder
{
public:
    explicit ClaimDateOrder(const Dataset &dataset) : m_dataset(dataset) {}

    /// Whether claim `a` comes before claim `b` (dataset indexes).
    static bool before(const Dataset &dataset, int a, int b);

    /// Every claim, in date order.
    std::span<const int> claims() const;
    /// The years of the earliest and the latest dated claims; {0, 0} when none is dated. Read
    /// off both ends of the order, without a pass over the claims.
    std::pair<int, int> yearSpan() const;
    /// The claims flagged in `flags` (one per claim), in date order.
    std::vector<int> flagged(const std::vector<char> &flags) const;
    /// After a change to the dataset's claims: removed ones dropped, the others renumbered,
    /// added and changed ones put in their places.
    void applyDelta(const TableDelta &claims);

private:
    const Dataset &m_dataset;
    mutable std::vector<int> m_order; ///< empty until first used
};
