#pragma once

#include "models/data/Dataset.h"
#include "models/dossier/Change.h"
#include "models/store/ChangeLog.h"

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
/// The whole dataset, and each record's version when `versions` is given.
std::optional<Dataset> read(const QSqlDatabase &db, QString *error,
                            RecordVersions *versions = nullptr);
/// One record and its version (0 and nullopt when none has the id; nullopt with `error` set
/// when it cannot be read).
std::optional<Record> readRecord(const QSqlDatabase &db, RecordTable table, const QString &id,
                                 int *version, QString *error);

enum class OperationResult
{
    Written,
    Missed, ///< the record is not at the version expected, or a created one's id is taken
    Failed  ///< see error
};
/// Writes one operation of a change, checking the version it expects and leaving the record
/// at that version plus one. Needs foreign keys deferred: a change is checked as a whole.
OperationResult writeOperation(sqlite3 *db, const RecordOperation &operation, QString *error);

} // namespace StoreRows
