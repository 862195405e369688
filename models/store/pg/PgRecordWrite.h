#pragma once

#include "models/dossier/Change.h"

#include <QString>

struct pg_conn;

/// Writing one operation of a change to the PostgreSQL store's record tables, as StoreRows does
/// for SQLite: the same version check (`WHERE id = $1 AND version = $2`), the same positions,
/// so that a load after any sequence of writes equals the dataset those changes made. The
/// caller owns the transaction; foreign keys are deferred to its commit.
namespace PgRecordWrite {

enum class Outcome
{
    Written,
    Missed, ///< the record is not at the version expected, or a created one's id is taken
    Failed  ///< see error
};
Outcome write(pg_conn *conn, const RecordOperation &operation, QString *error);

} // namespace PgRecordWrite
