#include "models/session/WriteConflict.h"

#include "models/dossier/DatasetEdit.h"

#include <QSet>

namespace {

std::optional<Record> current(const Dataset &dataset, RecordTable table, const QString &id)
{
    const int index = DatasetEdit::indexOf(dataset, table, id);
    if (index < 0)
        return std::nullopt;
    return DatasetEdit::recordAt(dataset, table, index);
}

} // namespace

std::optional<WriteConflict> WriteConflict::find(const Change &change, const Dataset &dataset)
{
    // Only a record's first operation in the change is about the dataset as it stands; the
    // later ones follow from it.
    QSet<QString> seen[4];
    for (int i = 0; i < change.operations.size(); ++i) {
        const RecordOperation &op = change.operations[i];
        const RecordTable table = op.table();
        if (seen[int(table)].contains(op.id))
            continue;
        seen[int(table)].insert(op.id);
        std::optional<Record> now = current(dataset, table, op.id);
        if (now != op.before)
            return WriteConflict{change, i, std::move(now)};
    }
    return std::nullopt;
}

Change WriteConflict::rebased(const Change &mine, const Dataset &dataset)
{
    Change change;
    change.description = mine.description;
    // The last operation on each record says what mine leaves it as.
    QList<RecordOperation> last;
    for (const RecordOperation &op : mine.operations) {
        const auto same = [&](const RecordOperation &o) {
            return o.id == op.id && o.table() == op.table();
        };
        last.erase(std::remove_if(last.begin(), last.end(), same), last.end());
        last.append(op);
    }
    for (const RecordOperation &op : std::as_const(last)) {
        std::optional<Record> now = current(dataset, op.table(), op.id);
        if (now == op.after)
            continue;
        RecordOperation again;
        again.id = op.id;
        again.before = std::move(now);
        again.after = op.after;
        change.operations.append(again);
    }
    return change;
}
