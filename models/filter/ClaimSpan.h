#pragma once

#include <QtGlobal>

class Dataset;

/// The first and the last date of a set of claims, each the date of one of the claims, so that
/// it is shown at the precision its source gives and no finer.
///
/// A date covers a period: "2024" is some day of 2024. The first date is therefore the one
/// that starts earliest and the last the one that ends latest: of "2024" and "2024-08-05", the
/// last is "2024", because the claim dated only to the year may be from December. Calling the
/// last "2024-08-05" would claim a precision no source gives; the report's span and the actor
/// list both read this class, so they cannot disagree on it.
///
/// Ties go to the coarser date ("2024" before "2024-01" when both start, or both end, the same
/// day), as the chronological order (PartialDate) puts it first, then to the earlier claim in
/// the dataset: the result does not depend on the order the claims are added in.
class ClaimSpan
{
public:
    void add(const Dataset &dataset, int claim);

    bool isEmpty() const { return m_first < 0; }
    /// The claim whose date is the first; -1 when empty.
    int firstClaim() const { return m_first; }
    int lastClaim() const { return m_last; }
    /// Julian days: the first day the first claim covers, the last day the last one covers.
    qint64 firstDay() const { return m_firstStart; }
    qint64 lastDay() const { return m_lastEnd; }

private:
    int m_first = -1;
    qint64 m_firstStart = 0;
    qint64 m_firstEnd = 0;
    int m_last = -1;
    qint64 m_lastStart = 0;
    qint64 m_lastEnd = 0;
};
