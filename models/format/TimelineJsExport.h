#pragma once

#include "models/data/Dataset.h"

#include <QByteArray>

/// The claims as a TimelineJS timeline (Knight Lab's JSON format): a title slide from the
/// dataset, then one slide per claim in date order. A claim's date gives start_date only the
/// parts the sources give (a year-precise claim has a year and nothing else, so TimelineJS
/// shows "2024", never a month), with the date in words as display_date. The headline is the
/// statement; the text holds each quote with its attribution. TimelineJS renders both as
/// HTML: dataset text is escaped and isolated for direction, so it stays text.
namespace TimelineJsExport {
QByteArray write(const Dataset &dataset, const QList<int> &claims);
}
