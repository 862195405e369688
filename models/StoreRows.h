#pragma once

#include "Dataset.h"

#include <QSqlDatabase>
#include <optional>
#include <utility>

/// Row-level reading and writing of a dataset in the store's tables. The caller owns the
/// transaction; these functions only run prepared statements with bound values.
namespace StoreRows {

bool clear(QSqlDatabase &db, QString *error);
bool insert(QSqlDatabase &db, const Dataset &dataset, QString *error);
bool writeMeta(QSqlDatabase &db, const QList<std::pair<QString, QString>> &values, QString *error);
std::optional<Dataset> read(const QSqlDatabase &db, QString *error);

} // namespace StoreRows
