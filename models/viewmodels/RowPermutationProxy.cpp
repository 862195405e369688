#include "models/viewmodels/RowPermutationProxy.h"

#include <algorithm>

QModelIndex RowPermutationProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowPermutationProxy::parent(const QModelIndex &) const
{
    return {};
}

int RowPermutationProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowPermutationProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex RowPermutationProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RowPermutationProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant RowPermutationProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    // A row's title is its source row's (what assistive technology reads as the row header).
    if (section < 0 || size_t(section) >= m_rows.size())
        return {};
    return sourceModel()->headerData(m_rows[size_t(section)], orientation, role);
}

int RowPermutationProxy::proxyRowOf(int sourceRow) const
{
    return sourceRow >= 0 && size_t(sourceRow) < m_proxyRow.size() ? m_proxyRow[size_t(sourceRow)]
                                                                   : -1;
}

void RowPermutationProxy::setShownRows(std::vector<int> rows)
{
    const size_t sourceRows = sourceModel() ? size_t(sourceModel()->rowCount()) : 0;
    // Only the rows shown before, and those shown now, change their entries.
    if (m_proxyRow.size() != sourceRows)
        m_proxyRow.assign(sourceRows, -1);
    else
        for (const int source : m_rows)
            m_proxyRow[size_t(source)] = -1;
    m_rows = std::move(rows);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyRow[size_t(m_rows[i])] = int(i);
}

void RowPermutationProxy::changeShownRows(std::vector<int> rows)
{
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QModelIndex> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(mapToSource(index));
    setShownRows(std::move(rows));
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &source : sources)
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RowPermutationProxy::forwardDataChanged(const QModelIndex &topLeft,
                                             const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (m_rows.empty())
        return;
    emit dataChanged(index(0, topLeft.column()),
                     index(int(m_rows.size()) - 1, bottomRight.column()), roles);
}

void RowPermutationProxy::followSourceRows(QAbstractItemModel *source)
{
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &RowPermutationProxy::aboutToRemoveSourceRows);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &RowPermutationProxy::removeSourceRows);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            &RowPermutationProxy::insertSourceRows);
}

void RowPermutationProxy::sourceRowsInserted(int, int) {}

void RowPermutationProxy::sourceRowsRemoved(int, int) {}

template <typename Shift> void RowPermutationProxy::renumber(Shift shift, size_t sourceRows)
{
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    for (const int source : m_rows)
        if (const int now = shift(source); now >= 0)
            rows.push_back(now);
    m_rows = std::move(rows);
    m_proxyRow.assign(sourceRows, -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyRow[size_t(m_rows[i])] = int(i);
}

void RowPermutationProxy::aboutToRemoveSourceRows(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> shown;
    for (int source = first; source <= last; ++source)
        if (const int row = proxyRowOf(source); row >= 0)
            shown.push_back(row);
    std::sort(shown.begin(), shown.end());
    // The proxy's rows are announced while the source still has its own: both read alike.
    if (shown.empty()) {
        m_leaving = Leaving::Hidden;
    } else if (shown.back() - shown.front() + 1 == int(shown.size())) {
        m_leaving = Leaving::OneRun;
        beginRemoveRows({}, shown.front(), shown.back());
    } else {
        m_leaving = Leaving::Scattered;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        m_leavingPersistent = persistentIndexList();
        m_leavingSources.clear();
        for (const QModelIndex &index : std::as_const(m_leavingPersistent))
            m_leavingSources.push_back(
                index.row() < int(m_rows.size()) ? m_rows[size_t(index.row())] : -1);
    }
}

void RowPermutationProxy::removeSourceRows(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto shift = [first, last, count](int source) {
        return source < first ? source : source > last ? source - count : -1;
    };
    renumber(shift, sourceModel() ? size_t(sourceModel()->rowCount()) : 0);
    if (m_leaving == Leaving::OneRun) {
        endRemoveRows();
    } else if (m_leaving == Leaving::Scattered) {
        QModelIndexList after;
        for (size_t i = 0; i < m_leavingSources.size(); ++i) {
            const int source = m_leavingSources[i] < 0 ? -1 : shift(m_leavingSources[i]);
            const int row = proxyRowOf(source);
            after.append(row < 0 ? QModelIndex()
                                 : index(row, m_leavingPersistent[qsizetype(i)].column()));
        }
        changePersistentIndexList(m_leavingPersistent, after);
        m_leavingPersistent.clear();
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    m_leaving = Leaving::Hidden;
    sourceRowsRemoved(first, last);
}

void RowPermutationProxy::insertSourceRows(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    renumber([first, count](int source) { return source < first ? source : source + count; },
             sourceModel() ? size_t(sourceModel()->rowCount()) : 0);
    sourceRowsInserted(first, last);
}
