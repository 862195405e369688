#include "models/viewmodels/RowPermutationProxy.h"

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
