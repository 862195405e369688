#pragma once

#include "models/data/Dataset.h"

#include <QByteArray>

/// One row per claim and citation (RFC 4180, UTF-8, header row). Cells that a spreadsheet
/// would run as a formula get a leading apostrophe, so an export opened in one is inert.
/// Beside the dataset's own date ("2024", "2024-06"), start_date and end_date give the first
/// and last day of its period in ISO form, which a spreadsheet reads as dates of one type and
/// sorts in time order; date_precision says which of year, month or day the sources give.
namespace CsvExport {
struct Options
{
    /// Start with a UTF-8 byte-order mark: some spreadsheets read UTF-8 only after one.
    bool byteOrderMark = false;
};
QByteArray write(const Dataset &dataset, const QList<int> &claims, Options options = {});
} // namespace CsvExport
