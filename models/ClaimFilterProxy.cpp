#include "ClaimFilterProxy.h"

#include "ClaimTableModel.h"
#include "FilterState.h"
#include "PositionBits.h"

#include <algorithm>
#include <numeric>

ClaimFilterProxy::ClaimFilterProxy(const FilterState &filter, QObject *parent)
    : QAbstractProxyModel(parent), m_filter(filter)
{
    connect(&m_filter, &FilterState::changed, this, &ClaimFilterProxy::refilter);
}

void ClaimFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    m_orders.assign(source ? size_t(source->columnCount()) : 0, {});
    m_ranks.assign(m_orders.size(), {});
    if (source) {
        // The claim model's rows never change; only their looks do (a highlighted actor).
        connect(source, &QAbstractItemModel::dataChanged, this,
                &ClaimFilterProxy::forwardDataChanged);
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    rebuildRows();
    endResetModel();
}

const std::vector<int> &ClaimFilterProxy::orderOf(int column)
{
    std::vector<int> &order = m_orders[size_t(column)];
    if (order.empty() && sourceModel()) {
        const int n = sourceModel()->rowCount();
        std::vector<QVariant> keys(static_cast<size_t>(n));
        for (int row = 0; row < n; ++row)
            keys[size_t(row)] = sourceModel()->index(row, column).data(ClaimTableModel::SortRole);
        order.resize(size_t(n));
        std::iota(order.begin(), order.end(), 0);
        // Stable: rows with equal keys keep dataset order, in either direction.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return QVariant::compare(keys[size_t(a)], keys[size_t(b)]) == QPartialOrdering::Less;
        });
        std::vector<int> &rank = m_ranks[size_t(column)];
        rank.resize(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            rank[size_t(order[i])] = int(i);
    }
    return order;
}

void ClaimFilterProxy::rebuildRows()
{
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    // Only the rows shown before, and those shown now, change their entries.
    if (m_proxyRow.size() != size_t(n))
        m_proxyRow.assign(size_t(n), -1);
    else
        for (const int source : m_rows)
            m_proxyRow[size_t(source)] = -1;
    m_rows.clear();
    const std::vector<int> &matching = m_filter.matchingIndexes();
    m_rows.reserve(matching.size());
    // A source with more rows than the dataset has claims shows none of the extra rows.
    if (m_sortColumn < 0 || !sourceModel()) {
        for (const int claim : matching)
            if (claim < n)
                m_rows.push_back(claim);
    } else {
        // The shown rows' places in the column's order, read back in that order.
        const std::vector<int> &order = orderOf(m_sortColumn);
        const std::vector<int> &rank = m_ranks[size_t(m_sortColumn)];
        PositionBits places(static_cast<size_t>(n));
        for (const int claim : matching)
            if (claim < n)
                places.set(size_t(rank[size_t(claim)]));
        const auto take = [&](size_t place) { m_rows.push_back(order[place]); };
        if (m_sortOrder == Qt::AscendingOrder)
            places.forEachAscending(take);
        else
            places.forEachDescending(take);
    }
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyRow[size_t(m_rows[i])] = int(i);
}

void ClaimFilterProxy::refilter()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QModelIndex> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(mapToSource(index));
    rebuildRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &source : sources)
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClaimFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    if (sourceModel() && column >= sourceModel()->columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refilter();
}

void ClaimFilterProxy::forwardDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_rows.empty())
        return;
    // Rows are scattered by sorting: announce the whole span of columns, which views handle
    // as one repaint.
    Q_UNUSED(topLeft);
    emit dataChanged(index(0, topLeft.column()),
                     index(int(m_rows.size()) - 1, bottomRight.column()), roles);
}

QModelIndex ClaimFilterProxy::indexOfClaim(int claim, int column) const
{
    if (claim < 0 || size_t(claim) >= m_proxyRow.size() || m_proxyRow[size_t(claim)] < 0)
        return {};
    return index(m_proxyRow[size_t(claim)], column);
}

int ClaimFilterProxy::claimAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? mapToSource(proxyIndex).row() : -1;
}

QModelIndex ClaimFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ClaimFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int ClaimFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex ClaimFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ClaimFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}
