#pragma once

#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

/// Work over many records shared among the threads of Qt's global pool, which is as large as
/// the machine has cores. Below a threshold the work stays on the calling thread, where
/// starting threads would cost more than it saves.
namespace Parallel {

/// Records [from, to) of the work.
struct Range
{
    qsizetype from = 0;
    qsizetype to = 0;
};

/// [0, count) cut into contiguous ranges in order, as many as the pool has threads but none
/// shorter than half of `threshold` (the cut of a count at the threshold is two halves); one
/// range below `threshold` or with a pool of one thread; none when count is 0.
inline QList<Range> split(qsizetype count, qsizetype threshold)
{
    const qsizetype threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype ranges =
        count < threshold
            ? 1
            : std::clamp(count / std::max<qsizetype>(1, threshold / 2), qsizetype(1), threads);
    QList<Range> out;
    if (count <= 0)
        return out;
    out.reserve(ranges);
    for (qsizetype i = 0; i < ranges; ++i)
        out.append({count * i / ranges, count * (i + 1) / ranges});
    return out;
}

/// Calls `work(from, to)` for each range of split(count, threshold), on the pool's threads
/// and this one, and returns when all are done. Ranges never overlap: work that writes only
/// its own records' results needs no lock.
template <typename Work> void forEachRange(qsizetype count, qsizetype threshold, Work work)
{
    QList<Range> ranges = split(count, threshold);
    if (ranges.size() == 1)
        work(ranges.first().from, ranges.first().to);
    else if (ranges.size() > 1)
        QtConcurrent::blockingMap(ranges, [&work](const Range &r) { work(r.from, r.to); });
}

/// The results of `work(from, to)` for each range of split(count, threshold), in the ranges'
/// order, whichever thread computed them.
template <typename Work>
auto mapRanges(qsizetype count, qsizetype threshold, Work work)
    -> QList<decltype(work(qsizetype(), qsizetype()))>
{
    using Result = decltype(work(qsizetype(), qsizetype()));
    const QList<Range> ranges = split(count, threshold);
    if (ranges.size() <= 1) {
        QList<Result> results;
        for (const Range &r : ranges)
            results.append(work(r.from, r.to));
        return results;
    }
    return QtConcurrent::blockingMapped<QList<Result>>(
        ranges, [&work](const Range &r) { return work(r.from, r.to); });
}

} // namespace Parallel
