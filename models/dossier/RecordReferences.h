#pragma once

#include "models/data/Dataset.h"

#include <QStringList>

/// What refers to an actor or a source, in words for the confirmation a user reads before
/// deleting it ("claim c12 names it as an actor"). Deleting a record still referred to is
/// refused by the validator (validateChange()), which names the same records: the user moves
/// or removes the references first (Merge Actors, Edit Claim), so that no claim loses an
/// actor or a citation behind its author's back. A conflict has nothing referring to it.
namespace RecordReferences {

QStringList toActor(const Dataset &dataset, int actor);
QStringList toSource(const Dataset &dataset, int source);

} // namespace RecordReferences
