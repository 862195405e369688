#pragma once

#include "models/viewmodels/RowPermutationProxy.h"

#include <vector>

class ActorTableModel;

/// An ActorTableModel in the order of one of its columns. A filter change changes every
/// actor's statistics, so the list is sorted again at each: a permutation sorted on the
/// integer keys the model keeps (ranks of names and kinds, counts, days), not on QVariants
/// fetched through model indexes, and announced as one layout change (none when the order
/// did not change) that keeps the views' selection. Equal keys go by name from A to Z and
/// then dataset order, whichever way the column is sorted, so that the order never depends
/// on the order before.
class ActorSortProxy final : public RowPermutationProxy
{
    Q_OBJECT
public:
    explicit ActorSortProxy(QObject *parent = nullptr);

    /// Only an ActorTableModel is shown: another model is refused (and nothing shown).
    void setSourceModel(QAbstractItemModel *source) override;
    /// Column -1 shows the actors in dataset order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<int> sortedRows() const;

    ActorTableModel *m_actors = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
