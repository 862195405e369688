#pragma once

#include <QSortFilterProxyModel>

class FilterState;

/// Shows the claims of a ClaimTableModel that the shared filter state accepts and sorts by
/// the model's raw-value role. It reads the filter's precomputed result (no matching here) and
/// answers a filter change with invalidateFilter(), which keeps the selection of rows that
/// stay visible.
class ClaimFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClaimFilterProxy(const FilterState &filter, QObject *parent = nullptr);

    /// Proxy index of a claim (dataset index) in the given column; invalid when filtered out.
    QModelIndex indexOfClaim(int claim, int column = 0) const;
    int claimAt(const QModelIndex &proxyIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const FilterState &m_filter;
};
