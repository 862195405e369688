#pragma once

#include "models/data/Dataset.h"

#include <QString>

/// The floor for imports: the same rows as plain INSERT statements in one transaction, for
/// the sqlite3 shell to execute.
namespace SqlScript {
void write(const Dataset &dataset, const QString &path);
}
