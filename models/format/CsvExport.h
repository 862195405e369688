#pragma once

#include "models/data/Dataset.h"

#include <QByteArray>

/// One row per claim and citation (RFC 4180, UTF-8, header row). Cells that a spreadsheet
/// would run as a formula get a leading apostrophe, so an export opened in one is inert.
namespace CsvExport {
QByteArray write(const Dataset &dataset, const QList<int> &claims);
}
