#include "ActorSortProxy.h"

#include "ActorTableModel.h"

#include <algorithm>
#include <limits>
#include <numeric>

ActorSortProxy::ActorSortProxy(QObject *parent) : QAbstractProxyModel(parent) {}

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
                &ActorSortProxy::forwardDataChanged);
        connect(actors, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
        // An actor table's rows are the dataset's actors: they change only by a reset.
        connect(actors, &QAbstractItemModel::modelAboutToBeReset, this,
                &ActorSortProxy::beginResetModel);
        connect(actors, &QAbstractItemModel::modelReset, this, [this] {
            setRows(sortedRows());
            endResetModel();
        });
    }
    setRows(sortedRows());
    endResetModel();
}

void ActorSortProxy::setRows(std::vector<int> rows)
{
    m_rows = std::move(rows);
    m_proxyRow.assign(m_rows.size(), 0);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyRow[size_t(m_rows[i])] = int(i);
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

void ActorSortProxy::resort()
{
    std::vector<int> rows = sortedRows();
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QModelIndex> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(mapToSource(index));
    setRows(std::move(rows));
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &source : sources)
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ActorSortProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void ActorSortProxy::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    if (roles.isEmpty() || roles.contains(ActorTableModel::SortRole))
        resort();
    if (m_rows.empty())
        return;
    // Sorting scatters the rows: announce the whole span of columns, one repaint for views.
    emit dataChanged(index(0, topLeft.column()),
                     index(int(m_rows.size()) - 1, bottomRight.column()), roles);
}

QModelIndex ActorSortProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 ||
        column >= ActorTableModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ActorSortProxy::parent(const QModelIndex &) const
{
    return {};
}

int ActorSortProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActorSortProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_actors ? 0 : ActorTableModel::ColumnCount;
}

QModelIndex ActorSortProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_actors || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_actors->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ActorSortProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    return index(m_proxyRow[size_t(sourceIndex.row())], sourceIndex.column());
}

QVariant ActorSortProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_actors)
        return {};
    if (orientation == Qt::Horizontal)
        return m_actors->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
