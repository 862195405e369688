#pragma once

#include <QList>

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
