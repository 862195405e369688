#pragma once

#include "models/dossier/Change.h"

#include <QByteArray>
#include <QString>
#include <optional>

/// A change's operations as the store's changes table keeps them: for each, its table, id,
/// expected version, position, and the records before and after as the authoring format writes
/// them (DatasetJsonWriter::record), so that the history reads like the dataset file and a
/// record has one JSON. The description is kept beside it, not in it.
namespace ChangeJson {

QByteArray write(const Change &change);
/// The operations back; nullopt, with `error` saying why, for text that is not one of ours.
std::optional<Change> read(const QByteArray &json, QString *error);

/// One field an operation changed, each side as plain text (empty for a field the record does
/// not have on that side): a string as it is, a list of strings joined by ", ", anything else
/// as compact JSON.
struct FieldChange
{
    QString field; ///< the authoring format's name: "date", "statement", "citations"…
    QString before;
    QString after;
};
/// The fields that differ between the operation's records, by name: for a history that says
/// what changed. A record created or removed has every field on one side only.
QList<FieldChange> changedFields(const RecordOperation &operation);

/// "source", "actor", "claim", "conflict": the table's name in the JSON and in change_records.
QString tableName(RecordTable table);
std::optional<RecordTable> tableNamed(const QString &name);

} // namespace ChangeJson
