#pragma once

#include <QDate>
#include <QtGlobal>

/// The timeline's x axis: a date key is seconds since 1970-01-01 00:00 UTC, the unit of
/// QCustomPlot's date axes, and a day's key is the key of its midnight. Every conversion
/// between calendar days and keys goes through here.
namespace DateKey {

inline constexpr double SecondsPerDay = 86400.0;

/// The key of a day's midnight, from its Julian day number.
double ofDay(qint64 julianDay);
double ofDate(QDate date);
/// The day a key falls in.
QDate dateOf(double key);
/// The key of this moment.
double now();

} // namespace DateKey
