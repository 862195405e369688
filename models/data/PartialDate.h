#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

/// A calendar date known to the year, the month or the day, as the sources give it.
/// "2019" covers the whole year: it overlaps every range that touches 2019 and sorts
/// before "2019-03" (coarser first when both start the same day).
class PartialDate
{
public:
    enum class Precision
    {
        Invalid,
        Year,
        Month,
        Day
    };

    PartialDate() = default;
    static PartialDate fromYear(int year);
    static PartialDate fromYearMonth(int year, int month);
    static PartialDate fromDate(QDate date);

    /// Parses ISO 8601 "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1000-9999). Anything else,
    /// including impossible days such as 2024-02-30, gives an invalid date and a reason.
    static PartialDate parse(QStringView text, QString *error = nullptr);

    bool isValid() const { return m_precision != Precision::Invalid; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    /// First and last calendar day the date covers.
    QDate first() const;
    QDate last() const;
    qint64 firstDay() const { return first().toJulianDay(); }
    qint64 lastDay() const { return last().toJulianDay(); }

    QString toIsoString() const;
    /// For reading, in the locale's words at the date's own precision: "2024", "March 2024"
    /// or "5 March 2024" ("mars 2024", "5 mars 2024" in French); never a day that is unknown.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    std::strong_ordering operator<=>(const PartialDate &other) const;
    bool operator==(const PartialDate &other) const = default;

private:
    PartialDate(Precision p, int y, int m, int d) : m_precision(p), m_year(y), m_month(m), m_day(d)
    {
    }

    Precision m_precision = Precision::Invalid;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
