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
    m_dirty.clear();
    if (source) {
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    // An edited claim may sort elsewhere; a highlighted actor only changes looks.
                    if (roles.isEmpty() || roles.contains(ClaimTableModel::SortRole))
                        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                            m_dirty.push_back(row);
                    forwardDataChanged(topLeft, bottomRight, roles);
                });
        followSourceRows(source);
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    setShownRows(acceptedRows());
    endResetModel();
}

void ClaimFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    const auto shift = [first, count](int &row) {
        if (row >= first)
            row += count;
    };
    for (std::vector<int> &order : m_orders)
        std::for_each(order.begin(), order.end(), shift);
    std::for_each(m_dirty.begin(), m_dirty.end(), shift);
    for (int row = first; row <= last; ++row)
        m_dirty.push_back(row);
}

void ClaimFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    const auto keep = [first, last, count](std::vector<int> &rows) {
        std::vector<int> kept;
        kept.reserve(rows.size());
        for (const int row : rows)
            if (row < first || row > last)
                kept.push_back(row > last ? row - count : row);
        rows = std::move(kept);
    };
    for (std::vector<int> &order : m_orders)
        if (!order.empty())
            keep(order);
    keep(m_dirty);
    // The ranks are rebuilt with the orders (refreshOrders).
    m_ranksStale = true;
}

void ClaimFilterProxy::refreshOrders()
{
    if (m_dirty.empty() && !m_ranksStale)
        return;
    std::sort(m_dirty.begin(), m_dirty.end());
    m_dirty.erase(std::unique(m_dirty.begin(), m_dirty.end()), m_dirty.end());
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    std::vector<char> moving(size_t(n), 0);
    for (const int row : m_dirty)
        moving[size_t(row)] = 1;
    for (size_t column = 0; column < m_orders.size(); ++column) {
        std::vector<int> &order = m_orders[column];
        if (order.empty())
            continue;
        // Many rows moved: sorting them all again costs less than placing each.
        if (m_dirty.size() > order.size() / 8 + 16) {
            order.clear();
            continue;
        }
        std::erase_if(order, [&moving](int row) { return moving[size_t(row)] != 0; });
        const auto key = [this, column](int row) {
            return sourceModel()->index(row, int(column)).data(ClaimTableModel::SortRole);
        };
        // As the stable sort placed them: by key, equal keys in dataset order.
        for (const int row : m_dirty) {
            const QVariant mine = key(row);
            const auto at = std::partition_point(order.begin(), order.end(), [&](int other) {
                const QPartialOrdering c = QVariant::compare(key(other), mine);
                return c == QPartialOrdering::Less ||
                       (c != QPartialOrdering::Greater && other < row);
            });
            order.insert(at, row);
        }
        std::vector<int> &rank = m_ranks[column];
        rank.resize(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            rank[size_t(order[i])] = int(i);
    }
    m_dirty.clear();
    m_ranksStale = false;
}

const std::vector<int> &ClaimFilterProxy::orderOf(int column)
{
    refreshOrders();
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
