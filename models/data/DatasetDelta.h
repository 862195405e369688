#pragma once

#include <QList>

#include <vector>

/// What a change did to one table, by position, each list ascending. `removed` holds
/// positions before the change; `added` and `changed` positions after it. A view removes
/// its rows from the last down, then inserts, then updates: each step then sees the
/// positions it names. A record created and removed within one change appears nowhere; one
/// edited and removed appears only as removed.
struct TableDelta
{
    QList<int> added;
    QList<int> changed;
    QList<int> removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    /// Whether records came or went, so that positions after them moved.
    bool movesRows() const { return !added.isEmpty() || !removed.isEmpty(); }
    /// The first position (before the change) whose record the change moves: those before it
    /// keep their positions, so that a record appended or removed at the end renumbers none.
    /// INT_MAX when no record came or went.
    int firstMovedRow() const;
    /// Whether any record that stays changes position, given the number of records before:
    /// false when records were only appended, or removed from the end.
    bool renumbersKept(int oldCount) const;
    /// Where the record that stood at `oldIndex` before the change stands after it; -1 when
    /// it was removed. Records keep their order: only removals and insertions move them.
    int newIndexOf(int oldIndex) const;
    /// Where the record that stands at `newIndex` after the change stood before it; -1 when
    /// it was added.
    int oldIndexOf(int newIndex) const;
    /// The number of records after the change, given the number before.
    int newCount(int oldCount) const { return oldCount - int(removed.size()) + int(added.size()); }

    /// Keeps a list with one entry per record in step with the table: entries of removed
    /// records dropped, and entries made by `make(newIndex)` for added and changed ones.
    template <typename List, typename Make> void applyTo(List &list, Make make) const
    {
        for (auto it = removed.crbegin(); it != removed.crend(); ++it)
            list.erase(list.begin() + *it);
        for (const int at : added)
            list.insert(list.begin() + at, make(at));
        for (const int at : changed)
            list[at] = make(at);
    }

    bool operator==(const TableDelta &) const = default;
};

/// What a change did to the dataset, so that each view updates only that.
struct DatasetDelta
{
    TableDelta sources;
    TableDelta actors;
    TableDelta claims;
    TableDelta conflicts;

    bool isEmpty() const
    {
        return sources.isEmpty() && actors.isEmpty() && claims.isEmpty() && conflicts.isEmpty();
    }
    bool operator==(const DatasetDelta &) const = default;
};
