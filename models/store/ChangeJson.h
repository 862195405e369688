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

/// "source", "actor", "claim", "conflict": the table's name in the JSON and in change_records.
QString tableName(RecordTable table);
std::optional<RecordTable> tableNamed(const QString &name);

} // namespace ChangeJson
