#pragma once

#include "models/viewmodels/RowPermutationProxy.h"

#include <vector>

class FilterState;

/// Shows the claims of a ClaimTableModel that the shared filter state accepts, sorted by the
/// model's raw-value role. Built for large datasets: each column's sort order is computed
/// once (a permutation of all claims, and each claim's place in it) and kept, so a filter
/// change puts the accepted rows in order by their places, in time proportional to them (plus
/// a word per 64 claims), and announces it as a layout change that keeps the selection of rows
/// still visible. No model reset, no comparisons per filter change. Rows the source inserts,
/// removes or changes are placed again in the orders already computed, one binary search each,
/// when the orders are next read.
class ClaimFilterProxy final : public RowPermutationProxy
{
    Q_OBJECT
public:
    explicit ClaimFilterProxy(const FilterState &filter, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    /// Proxy index of a claim (dataset index) in the given column; invalid when filtered out.
    QModelIndex indexOfClaim(int claim, int column = 0) const;
    int claimAt(const QModelIndex &proxyIndex) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    void sourceRowsInserted(int first, int last) override;
    void sourceRowsRemoved(int first, int last) override;

private:
    void refreshOrders();
    std::vector<int> acceptedRows();
    const std::vector<int> &orderOf(int column);

    const FilterState &m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<std::vector<int>>
        m_orders; ///< per column: all source rows, ascending; empty until used
    std::vector<std::vector<int>> m_ranks; ///< per column: source row -> place in m_orders
    std::vector<int> m_dirty;  ///< source rows inserted or changed since the orders were placed
    bool m_ranksStale = false; ///< rows were removed since the ranks were computed
};
