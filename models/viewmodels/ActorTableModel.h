#pragma once

#include "models/filter/ActorStatistics.h"
#include "models/viewmodels/DeltaRows.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

class Dataset;
struct DatasetDelta;
class FilterState;
class SelectionState;

/// One row per actor (row == actor index): name (checkable: checked actors are the filter's
/// actors), kind, number of claims under the current filter and their first and last dates
/// (ActorStatistics, as the report's cast shows them). Statistics are recomputed once per
/// filter change and announced with one dataChanged().
class ActorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ClaimsColumn,
        FirstColumn,
        LastColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    /// Checking writes to the filter state; with a selection state, the actors of the selected
    /// claims are shown in bold.
    ActorTableModel(const Dataset &dataset, FilterState *filter,
                    const SelectionState *selection = nullptr, QObject *parent = nullptr);

    /// Sorting asks for an index per comparison: this one makes no virtual calls.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Announces what a change did to the actors: call it after the filter state has matched
    /// the changed claims. The counts follow when the filter announces the change.
    void applyDelta(const DatasetDelta &delta);

    /// Claims of the actor under the current filter.
    int claimCount(int actor) const { return m_stats.claimCount(actor); }

    /// The actor's key in a column: keys compare as the column's SortRole values do (equal
    /// values, equal keys) without building them, which a sort at each filter change needs.
    qint64 sortKey(int actor, int column) const;
    /// The actor's place by name, then dataset order: unique, for breaking ties.
    int nameOrder(int actor) const { return m_nameOrder[size_t(actor)]; }
    int actorAtNameOrder(int order) const { return m_byName[size_t(order)]; }

private:
    void rankStrings();
    void recompute();
    void announce(const QList<int> &roles);
    QVariant displayData(int actor, int column) const;
    QVariant sortData(int actor, int column) const;

    const Dataset &m_dataset;
    FilterState *m_filter;
    const SelectionState *m_selection;
    ActorStatistics m_stats;
    QStringList m_sortNames;      // case-folded once: the name column's sort key
    std::vector<int> m_nameRank;  // equal folded names share a rank
    std::vector<int> m_nameOrder; // unique
    std::vector<int> m_byName;    // its inverse: actors in name order
    std::vector<int> m_kindRank;  // of the kind string among the dataset's kinds
    DeltaRows m_rows;
};
