#pragma once

#include <QString>
#include <functional>

/// Ids for records a user creates: readable ("le-monde-2024" for "Le Monde, 2024") and valid
/// by DatasetValidator::isValidId(), never one already taken.
namespace RecordIds {

/// `text` folded to lowercase ASCII words joined by '-', or `fallback` when nothing is left,
/// made free with "-2", "-3"… when `taken` says the id is in use.
QString fromText(const QString &text, const QString &fallback,
                 const std::function<bool(const QString &)> &taken);

} // namespace RecordIds
