#pragma once

#include <QAbstractProxyModel>
#include <vector>

class ActorTableModel;

/// An ActorTableModel in the order of one of its columns. A filter change changes every
/// actor's statistics, so the list is sorted again at each: a permutation sorted on the
/// integer keys the model keeps (ranks of names and kinds, counts, days), not on QVariants
/// fetched through model indexes, and announced as one layout change (none when the order
/// did not change) that keeps the views' selection. Equal keys go by name from A to Z and
/// then dataset order, whichever way the column is sorted, so that the order never depends
/// on the order before.
class ActorSortProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ActorSortProxy(QObject *parent = nullptr);

    /// Only an ActorTableModel is shown: another model is refused (and nothing shown).
    void setSourceModel(QAbstractItemModel *source) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Column -1 shows the actors in dataset order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// Column titles come straight from the source, even when no row is shown.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<int> sortedRows() const;
    void setRows(std::vector<int> rows);
    void resort();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles);

    ActorTableModel *m_actors = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows;     ///< proxy row -> source row
    std::vector<int> m_proxyRow; ///< source row -> proxy row
};
