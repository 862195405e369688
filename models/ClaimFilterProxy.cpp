#include "ClaimFilterProxy.h"

#include "ClaimTableModel.h"
#include "FilterState.h"

ClaimFilterProxy::ClaimFilterProxy(const FilterState &filter, QObject *parent)
    : QSortFilterProxyModel(parent), m_filter(filter)
{
    setSortRole(ClaimTableModel::SortRole);
    connect(&m_filter, &FilterState::changed, this, &ClaimFilterProxy::invalidateFilter);
}

QModelIndex ClaimFilterProxy::indexOfClaim(int claim, int column) const
{
    if (!sourceModel() || claim < 0 || claim >= sourceModel()->rowCount())
        return {};
    return mapFromSource(sourceModel()->index(claim, column));
}

int ClaimFilterProxy::claimAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? mapToSource(proxyIndex).row() : -1;
}

bool ClaimFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow >= int(m_filter.matching().size()))
        return false;
    return m_filter.accepts(sourceRow);
}
