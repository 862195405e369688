#pragma once

#include "models/data/Dataset.h"

#include <QString>

/// The floors in SQLite: scripts for the sqlite3 shell.
namespace SqlScript {
/// The floor for imports: the store's tables and the same rows as plain INSERT statements in
/// one transaction.
void write(const Dataset &dataset, const QString &path);
/// What the filters' floors need on top, as SQLite would answer them: an index of claims by
/// actor and by date, and a full-text index of statements and quotes. The store has none of
/// them: the program filters in memory.
void writeFilterIndexes(const QString &path);
} // namespace SqlScript
