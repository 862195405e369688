#include "models/data/PartialDate.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>

namespace {

// Reads exactly `count` ASCII digits; no sign, no spaces, nothing else.
std::optional<int> digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("PartialDate", text);
}

} // namespace

PartialDate PartialDate::fromYear(int year)
{
    return QDate(year, 1, 1).isValid() ? PartialDate(Precision::Year, year, 0, 0) : PartialDate();
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    return QDate(year, month, 1).isValid() ? PartialDate(Precision::Month, year, month, 0)
                                           : PartialDate();
}

PartialDate PartialDate::fromDate(QDate date)
{
    return date.isValid() ? PartialDate(Precision::Day, date.year(), date.month(), date.day())
                          : PartialDate();
}

PartialDate PartialDate::parse(QStringView text, QString *error)
{
    auto fail = [error, text](const QString &why) {
        if (error)
            *error = why.arg(text.toString());
        return PartialDate();
    };
    const qsizetype n = text.size();
    if (n != 4 && n != 7 && n != 10)
        return fail(tr("'%1' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    const auto year = digits(text, 0, 4);
    if (!year)
        return fail(tr("'%1' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (*year < 1000)
        return fail(tr("'%1' has a year before 1000"));
    if (n == 4)
        return fromYear(*year);
    const auto month = text[4] == u'-' ? digits(text, 5, 2) : std::nullopt;
    if (!month)
        return fail(tr("'%1' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (*month < 1 || *month > 12)
        return fail(tr("'%1' has no such month"));
    if (n == 7)
        return fromYearMonth(*year, *month);
    const auto day = text[7] == u'-' ? digits(text, 8, 2) : std::nullopt;
    if (!day)
        return fail(tr("'%1' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return fail(tr("'%1' is an impossible date: that month has no such day"));
    return fromDate(date);
}

QDate PartialDate::first() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    case Precision::Invalid:
        break;
    }
    return {};
}

QDate PartialDate::last() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate start(m_year, m_month, 1);
        return start.addDays(start.daysInMonth() - 1);
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    case Precision::Invalid:
        break;
    }
    return {};
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return locale.toString(first(), QStringLiteral("MMMM yyyy"));
    case Precision::Day:
        return locale.toString(first(), QStringLiteral("d MMMM yyyy"));
    case Precision::Invalid:
        break;
    }
    return {};
}

QString PartialDate::toIsoString() const
{
    switch (m_precision) {
    case Precision::Year:
        return QString::asprintf("%04d", m_year);
    case Precision::Month:
        return QString::asprintf("%04d-%02d", m_year, m_month);
    case Precision::Day:
        return QString::asprintf("%04d-%02d-%02d", m_year, m_month, m_day);
    case Precision::Invalid:
        break;
    }
    return {};
}

std::strong_ordering PartialDate::operator<=>(const PartialDate &other) const
{
    if (isValid() != other.isValid())
        return isValid() ? std::strong_ordering::greater : std::strong_ordering::less;
    // By first day, then the coarser date (longer span) first. Compared field by field rather
    // than through QDate: sorting 100k claims by date spends its time here.
    const auto firstDayKey = [](const PartialDate &d) {
        return std::tuple(d.m_year, std::max(d.m_month, 1), std::max(d.m_day, 1));
    };
    if (auto c = firstDayKey(*this) <=> firstDayKey(other); c != 0)
        return c;
    return m_precision <=> other.m_precision;
}
