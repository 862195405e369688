#include "models/viewmodels/ActorSortProxy.h"

#include "models/viewmodels/ActorTableModel.h"

#include <algorithm>
#include <limits>
#include <numeric>

ActorSortProxy::ActorSortProxy(QObject *parent) : RowPermutationProxy(parent) {}

void ActorSortProxy::setSourceModel(QAbstractItemModel *source)
{
    auto *actors = qobject_cast<ActorTableModel *>(source);
    if (source && !actors)
        qWarning("ActorSortProxy: only an ActorTableModel can be shown");
    beginResetModel();
    if (m_actors)
        disconnect(m_actors, nullptr, this, nullptr);
    m_actors = actors;
    QAbstractProxyModel::setSourceModel(actors);
    if (actors) {
        connect(actors, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    if (roles.isEmpty() || roles.contains(ActorTableModel::SortRole))
                        changeShownRows(sortedRows());
                    forwardDataChanged(topLeft, bottomRight, roles);
                });
        connect(actors, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
        // Actors an edit adds are shown when the model announces their counts (a SortRole
        // change above); those it removes leave at once.
        followSourceRows(actors);
        connect(actors, &QAbstractItemModel::modelAboutToBeReset, this,
                &ActorSortProxy::beginResetModel);
        connect(actors, &QAbstractItemModel::modelReset, this, [this] {
            setShownRows(sortedRows());
            endResetModel();
        });
    }
    setShownRows(sortedRows());
    endResetModel();
}

std::vector<int> ActorSortProxy::sortedRows() const
{
    const int n = m_actors ? m_actors->rowCount() : 0;
    std::vector<int> rows(static_cast<size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= ActorTableModel::ColumnCount)
        return rows;
    // One 64-bit key per actor: the column's key (flipped when descending) above the name
    // order that breaks ties. Column keys are counts, ranks or Julian days, well within 32
    // bits with a sign (clamped all the same; the sign bit flipped so that unsigned order is
    // signed order).
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::vector<quint64> keys(static_cast<size_t>(n));
    for (int a = 0; a < n; ++a) {
        const qint64 column = std::clamp<qint64>(m_actors->sortKey(a, m_sortColumn),
                                                 std::numeric_limits<qint32>::min(),
                                                 std::numeric_limits<qint32>::max());
        const quint32 key = quint32(qint32(column)) ^ 0x80000000u;
        keys[size_t(a)] = quint64(descending ? ~key : key) << 32 | quint32(m_actors->nameOrder(a));
    }
    std::sort(keys.begin(), keys.end());
    for (int i = 0; i < n; ++i)
        rows[size_t(i)] = m_actors->actorAtNameOrder(int(quint32(keys[size_t(i)])));
    return rows;
}

void ActorSortProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    changeShownRows(sortedRows());
}
