#include "ActorSortProxy.h"

#include "ActorTableModel.h"

ActorSortProxy::ActorSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void ActorSortProxy::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_sortKeysChanged);
    m_actors = qobject_cast<const ActorTableModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    // Connected after the proxy's own handler, which maps the change through unsorted.
    m_sortKeysChanged =
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (sortColumn() >= 0 && (roles.isEmpty() || roles.contains(sortRole())))
                        sort(sortColumn(), sortOrder());
                });
}

bool ActorSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ActorTableModel *actors = m_actors;
    if (!actors || sortRole() != ActorTableModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    if (const int byColumn = actors->compare(left.row(), right.row(), left.column()))
        return byColumn < 0;
    // Ties go by name from A to Z, then in dataset order, whichever way the column is sorted
    // (descending, the proxy asks the question the other way round), so that the order never
    // depends on the order before.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    int tie = actors->compare(left.row(), right.row(), ActorTableModel::NameColumn);
    if (tie == 0)
        tie = left.row() < right.row() ? -1 : left.row() > right.row() ? 1 : 0;
    return descending ? tie > 0 : tie < 0;
}
