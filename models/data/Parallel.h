#pragma once

#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <functional>
#include <utility>

/// Work over many records shared among the threads of Qt's global pool, which is as large as
/// the machine has cores. Below a threshold the work stays on the calling thread, where
/// starting threads would cost more than it saves.
#if defined(DOSSIER_TSAN)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace Parallel {

/// One hand-over of memory between threads that meet through Qt's pool. ThreadSanitizer sees
/// only the locks it intercepts, and Qt's mutexes wait on futexes it does not see (Qt is not
/// built with it), so a job started and joined through QtConcurrent looks unsynchronised to it.
/// Each side declares the hand-over: give() after writing what the other side reads, take()
/// before reading it. Outside ThreadSanitizer builds (DOSSIER_TSAN) both do nothing.
class HandOver
{
public:
#if defined(DOSSIER_TSAN)
    void give() const
    {
        __tsan_release(const_cast<HandOver *>(this));
    }
    void take() const
    {
        __tsan_acquire(const_cast<HandOver *>(this));
    }
#else
    void give() const {}
    void take() const {}
#endif
    /// `fn`, run on another thread, declared as taking over from this one and giving back.
    template <typename Fn> auto around(Fn &fn) const
    {
        return [this, &fn](auto &&...args) {
            take();
            // A guard gives back on every way out, a return value included.
            struct GiveBack
            {
                const HandOver *h;
                ~GiveBack() { h->give(); }
            } back{this};
            return fn(std::forward<decltype(args)>(args)...);
        };
    }
};

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
    else if (ranges.size() > 1) {
        const HandOver handOver;
        auto job = [&work](const Range &r) { work(r.from, r.to); };
        handOver.give();
        QtConcurrent::blockingMap(ranges, std::function<void(const Range &)>(handOver.around(job)));
        handOver.take();
    }
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
    const HandOver handOver;
    auto job = [&work](const Range &r) { return work(r.from, r.to); };
    handOver.give();
    QList<Result> results = QtConcurrent::blockingMapped<QList<Result>>(
        ranges, std::function<Result(const Range &)>(handOver.around(job)));
    handOver.take();
    return results;
}

} // namespace Parallel
