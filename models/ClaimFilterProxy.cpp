#include "ClaimFilterProxy.h"

#include "ClaimTableModel.h"
#include "FilterState.h"

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
    }
    return order;
}

void ClaimFilterProxy::rebuildRows()
{
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    m_rows.clear();
    m_proxyRow.assign(size_t(n), -1);
    const auto take = [&](int source) {
        if (source < int(m_filter.matching().size()) && m_filter.accepts(source)) {
            m_proxyRow[size_t(source)] = int(m_rows.size());
            m_rows.push_back(source);
        }
    };
    if (m_sortColumn < 0 || !sourceModel()) {
        for (int row = 0; row < n; ++row)
            take(row);
        return;
    }
    const std::vector<int> &order = orderOf(m_sortColumn);
    if (m_sortOrder == Qt::AscendingOrder)
        std::for_each(order.begin(), order.end(), take);
    else
        std::for_each(order.rbegin(), order.rend(), take);
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
