#include "models/viewmodels/ClaimFilterProxy.h"

#include "models/filter/FilterState.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "models/viewmodels/PositionBits.h"

#include <algorithm>
#include <numeric>

ClaimFilterProxy::ClaimFilterProxy(const FilterState &filter, QObject *parent)
    : RowPermutationProxy(parent), m_filter(filter)
{
    connect(&m_filter, &FilterState::changed, this, [this] { changeShownRows(acceptedRows()); });
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
    setShownRows(acceptedRows());
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

std::vector<int> ClaimFilterProxy::acceptedRows()
{
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    const std::vector<int> &matching = m_filter.matchingIndexes();
    std::vector<int> rows;
    rows.reserve(matching.size());
    // A source with more rows than the dataset has claims shows none of the extra rows.
    if (m_sortColumn < 0 || !sourceModel()) {
        for (const int claim : matching)
            if (claim < n)
                rows.push_back(claim);
        return rows;
    }
    // The accepted rows' places in the column's order, read back in that order.
    const std::vector<int> &order = orderOf(m_sortColumn);
    const std::vector<int> &rank = m_ranks[size_t(m_sortColumn)];
    PositionBits places(static_cast<size_t>(n));
    for (const int claim : matching)
        if (claim < n)
            places.set(size_t(rank[size_t(claim)]));
    const auto take = [&](size_t place) { rows.push_back(order[place]); };
    if (m_sortOrder == Qt::AscendingOrder)
        places.forEachAscending(take);
    else
        places.forEachDescending(take);
    return rows;
}

void ClaimFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    if (sourceModel() && column >= sourceModel()->columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    changeShownRows(acceptedRows());
}

QModelIndex ClaimFilterProxy::indexOfClaim(int claim, int column) const
{
    const int row = proxyRowOf(claim);
    return row < 0 ? QModelIndex() : index(row, column);
}

int ClaimFilterProxy::claimAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? mapToSource(proxyIndex).row() : -1;
}
