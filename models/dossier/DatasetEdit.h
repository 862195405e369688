#pragma once

#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/dossier/Change.h"

/// Applying changes to a dataset in memory: the records and their lookups, for the touched
/// records only (Dataset's append/replace/remove). It trusts the change: validateChange()
/// (models/dossier/ChangeValidator.h) is what refuses one that does not fit.
namespace DatasetEdit {

/// The position of the record with this id in its table; -1 when none.
int indexOf(const Dataset &dataset, RecordTable table, const QString &id);
/// The record at a position of a table, as a value.
Record recordAt(const Dataset &dataset, RecordTable table, int index);
/// How many records a table holds.
int count(const Dataset &dataset, RecordTable table);

/// Applies one operation; false, touching nothing, when its record is missing (an edit or a
/// removal), already there (a creation) or its position is out of range. On success
/// `position` is where it acted.
bool applyOperation(Dataset &dataset, const RecordOperation &operation, int *position = nullptr);

/// Applies every operation in order and says what changed, by position. Fills in each
/// operation's position (RecordOperation::position), which the change's inverse needs.
DatasetDelta apply(Dataset &dataset, Change &change);

} // namespace DatasetEdit
