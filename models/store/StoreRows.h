#pragma once

#include "models/data/Dataset.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

struct sqlite3;

/// Row-level reading and writing of a dataset in the store's tables. The caller owns the
/// transaction; these functions only run prepared statements with bound values.
namespace StoreRows {

/// The SQLite handle under a Qt connection; null when the connection is not SQLite.
sqlite3 *handle(const QSqlDatabase &db);

bool clear(QSqlDatabase &db, QString *error);
/// Writes the record tables. The bulk paths run with foreign keys off, so callers follow it
/// with checkForeignKeys().
bool insertRecords(sqlite3 *db, const Dataset &dataset, QString *error);
/// Fails, as an enforced foreign key would, when a reference in the database does not resolve.
bool checkForeignKeys(sqlite3 *db, QString *error);
bool writeMeta(QSqlDatabase &db, const QList<std::pair<QString, QString>> &values, QString *error);
std::optional<Dataset> read(const QSqlDatabase &db, QString *error);

} // namespace StoreRows
