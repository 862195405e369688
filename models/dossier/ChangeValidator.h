#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"
#include "models/dossier/Change.h"

/// Whether a change fits the dataset: each operation finds its record as it expects it (field
/// by field), and the records it leaves, with those referring to a removed one, pass
/// DatasetValidator's rules with its messages. Deleting an actor that claims still name is
/// refused with each of those claims. Empty when the change may apply.
///
/// It applies the change to a copy of the dataset and checks that copy: the lists are shared
/// until written, but the copy still costs one pass over the touched tables.
Problems validateChange(const Dataset &dataset, const Change &change);

/// The same check made on the dataset itself: the change is applied, checked and taken back,
/// which leaves the dataset as it was, record for record. At 100k claims this saves the copy
/// of a table that validateChange() pays for (bench_dossier "edit: validate a date change").
Problems validateChangeInPlace(Dataset &dataset, const Change &change);

/// The fields, named as in the authoring format ("date", "responds_to"), in which two versions
/// of one record differ; empty for records of two tables.
QStringList differingFields(const Record &before, const Record &after);
