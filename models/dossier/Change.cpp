#include "models/dossier/Change.h"

#include <algorithm>

RecordTable tableOf(const Record &record)
{
    return RecordTable(record.index());
}

QString idOf(const Record &record)
{
    return std::visit([](const auto &r) { return r.id; }, record);
}

RecordTable RecordOperation::table() const
{
    if (after)
        return tableOf(*after);
    return before ? tableOf(*before) : RecordTable::Source;
}

Change Change::inverse() const
{
    Change undo;
    undo.description = description;
    undo.operations.reserve(operations.size());
    for (auto op = operations.crbegin(); op != operations.crend(); ++op)
        undo.operations.append(
            {op->id, op->after, op->before, op->expectedVersion + 1, op->position});
    return undo;
}

Change Change::create(const Record &after, const QString &description, int expectedVersion)
{
    return {{{idOf(after), std::nullopt, after, expectedVersion}}, description};
}

Change Change::edit(const Record &before, const Record &after, const QString &description,
                    int expectedVersion)
{
    return {{{idOf(before), before, after, expectedVersion}}, description};
}

Change Change::remove(const Record &before, const QString &description, int expectedVersion)
{
    return {{{idOf(before), before, std::nullopt, expectedVersion}}, description};
}
