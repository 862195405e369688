#pragma once

#include "models/dossier/Change.h"

#include <QStringList>

/// Recording a conflict between claims: the new record, with an id no conflict has ("k2"
/// after "k1"), as a change. Whether it is valid (two different claims or more, a
/// description) is the validator's to say, with its messages.
namespace ConflictRecording {

/// "k" and one more than the largest number a "k<number>" id has.
QString nextId(const Dataset &dataset);
Change of(const Dataset &dataset, const QStringList &claims, const QString &about);

} // namespace ConflictRecording
