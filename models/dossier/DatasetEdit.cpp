#include "models/dossier/DatasetEdit.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>
#include <numeric>

namespace DatasetEdit {

int indexOf(const Dataset &dataset, RecordTable table, const QString &id)
{
    switch (table) {
    case RecordTable::Source:
        return dataset.sourceIndex(id);
    case RecordTable::Actor:
        return dataset.actorIndex(id);
    case RecordTable::Claim:
        return dataset.claimIndex(id);
    case RecordTable::Conflict:
        return dataset.conflictIndex(id);
    }
    return -1;
}

Record recordAt(const Dataset &dataset, RecordTable table, int index)
{
    switch (table) {
    case RecordTable::Source:
        return dataset.sources[index];
    case RecordTable::Actor:
        return dataset.actors[index];
    case RecordTable::Claim:
        return dataset.claims[index];
    case RecordTable::Conflict:
        return dataset.conflicts[index];
    }
    return {};
}

int count(const Dataset &dataset, RecordTable table)
{
    switch (table) {
    case RecordTable::Source:
        return int(dataset.sources.size());
    case RecordTable::Actor:
        return int(dataset.actors.size());
    case RecordTable::Claim:
        return int(dataset.claims.size());
    case RecordTable::Conflict:
        return int(dataset.conflicts.size());
    }
    return 0;
}

bool applyOperation(Dataset &dataset, const RecordOperation &operation, int *position)
{
    if (!operation.before && !operation.after)
        return false;
    const RecordTable table = operation.table();
    const int index = indexOf(dataset, table, operation.id);
    if (operation.before.has_value() != (index >= 0))
        return false;
    if (operation.after && idOf(*operation.after) != operation.id)
        return false;
    if (operation.before && operation.after && tableOf(*operation.before) != table)
        return false;
    if (!operation.before) {
        const int size = count(dataset, table);
        const int at = operation.position < 0 ? size : operation.position;
        if (at > size)
            return false;
        const Record &r = *operation.after;
        switch (table) {
        case RecordTable::Source:
            dataset.insertSource(at, std::get<Source>(r));
            break;
        case RecordTable::Actor:
            dataset.insertActor(at, std::get<Actor>(r));
            break;
        case RecordTable::Claim:
            dataset.insertClaim(at, std::get<Claim>(r));
            break;
        case RecordTable::Conflict:
            dataset.insertConflict(at, std::get<Conflict>(r));
            break;
        }
        if (position)
            *position = at;
        return true;
    }
    if (operation.after) {
        const Record &r = *operation.after;
        switch (table) {
        case RecordTable::Source:
            dataset.replaceSource(index, std::get<Source>(r));
            break;
        case RecordTable::Actor:
            dataset.replaceActor(index, std::get<Actor>(r));
            break;
        case RecordTable::Claim:
            dataset.replaceClaim(index, std::get<Claim>(r));
            break;
        case RecordTable::Conflict:
            dataset.replaceConflict(index, std::get<Conflict>(r));
            break;
        }
    } else {
        switch (table) {
        case RecordTable::Source:
            dataset.removeSource(index);
            break;
        case RecordTable::Actor:
            dataset.removeActor(index);
            break;
        case RecordTable::Claim:
            dataset.removeClaim(index);
            break;
        case RecordTable::Conflict:
            dataset.removeConflict(index);
            break;
        }
    }
    if (position)
        *position = index;
    return true;
}

namespace {

// Follows one table through a change: where each record now stands came from (-1 for a new
// one), and which of the original ones were edited or removed.
class TableTracker
{
public:
    explicit TableTracker(int size) : m_origin(size)
    {
        std::iota(m_origin.begin(), m_origin.end(), 0);
    }

    void added(int position) { m_origin.insert(position, -1); }
    void changed(int position)
    {
        if (const int o = m_origin[position]; o >= 0)
            m_changed.insert(o);
    }
    void removed(int position)
    {
        if (const int o = m_origin[position]; o >= 0) {
            m_changed.remove(o);
            m_removed.append(o);
        }
        m_origin.removeAt(position);
    }

    TableDelta delta() const
    {
        TableDelta d;
        d.removed = m_removed;
        std::sort(d.removed.begin(), d.removed.end());
        for (int q = 0; q < m_origin.size(); ++q) {
            if (m_origin[q] < 0)
                d.added.append(q);
            else if (m_changed.contains(m_origin[q]))
                d.changed.append(q);
        }
        return d;
    }

private:
    QList<int> m_origin;
    QSet<int> m_changed;
    QList<int> m_removed;
};

TableDelta &deltaOf(DatasetDelta &delta, RecordTable table)
{
    switch (table) {
    case RecordTable::Source:
        return delta.sources;
    case RecordTable::Actor:
        return delta.actors;
    case RecordTable::Claim:
        return delta.claims;
    case RecordTable::Conflict:
        break;
    }
    return delta.conflicts;
}

} // namespace

DatasetDelta apply(Dataset &dataset, Change &change)
{
    std::array<std::optional<TableTracker>, 4> trackers;
    for (RecordOperation &op : change.operations) {
        const RecordTable table = op.table();
        auto &tracker = trackers[size_t(table)];
        if (!tracker)
            tracker.emplace(count(dataset, table));
        int position = -1;
        if (!applyOperation(dataset, op, &position)) {
            Q_ASSERT_X(false, "DatasetEdit::apply", "a change applied without validation");
            continue;
        }
        if (!op.after || !op.before)
            op.position = position;
        if (!op.before)
            tracker->added(position);
        else if (op.after)
            tracker->changed(position);
        else
            tracker->removed(position);
    }
    DatasetDelta delta;
    for (size_t t = 0; t < trackers.size(); ++t)
        if (trackers[t])
            deltaOf(delta, RecordTable(t)) = trackers[t]->delta();
    return delta;
}

} // namespace DatasetEdit
