#include "models/viewmodels/DateKey.h"

#include <QDateTime>
#include <cmath>

namespace DateKey {

namespace {

constexpr qint64 UnixEpochJulianDay = 2440588;

} // namespace

double ofDay(qint64 julianDay)
{
    return double(julianDay - UnixEpochJulianDay) * SecondsPerDay;
}

double ofDate(QDate date)
{
    return ofDay(date.toJulianDay());
}

QDate dateOf(double key)
{
    return QDate::fromJulianDay(qint64(std::floor(key / SecondsPerDay)) + UnixEpochJulianDay);
}

double now()
{
    return double(QDateTime::currentSecsSinceEpoch());
}

} // namespace DateKey
