#pragma once

#include <QString>
#include <QStringList>
#include <functional>

/// Ids for records a user creates: readable ("le-monde-2024" for "Le Monde, 2024") and valid
/// by DatasetValidator::isValidId(), never one already taken.
namespace RecordIds {

/// `text` folded to lowercase ASCII words joined by '-', or `fallback` when nothing is left,
/// made free with "-2", "-3"… when `taken` says the id is in use.
QString fromText(const QString &text, const QString &fallback,
                 const std::function<bool(const QString &)> &taken);

/// The id after the highest of `ids` made of `prefix` and a number ("c052" after "c051"),
/// written with as many digits as the widest of them (three when there is none), so that a
/// claim culled in the window reads like those around it.
QString nextNumbered(const QString &prefix, const QStringList &ids);

} // namespace RecordIds
