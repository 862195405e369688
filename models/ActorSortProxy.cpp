#include "ActorSortProxy.h"

#include "ActorTableModel.h"

bool ActorSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *actors = qobject_cast<const ActorTableModel *>(sourceModel());
        actors && sortRole() == ActorTableModel::SortRole)
        return actors->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
