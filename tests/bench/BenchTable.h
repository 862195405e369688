#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <cstdio>

/// Milliseconds of a callable, by wall clock: the best of `runs`.
template <typename Fn> double bestMs(int runs, Fn fn)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

/// Runs of a filter change and of its floor: a change at a small size takes a fraction of a
/// millisecond, where the best of a few runs still varies by a third from one run to the next.
inline int filterRuns(int claims)
{
    return claims <= 10000 ? 15 : 3;
}

/// Milliseconds as printed: two decimals below 10 ms, where one would hide a third of a figure.
inline QString formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

/// One printed row: what, at what size, our figure, the floor's figure and their ratio.
inline void printRow(const QString &what, int claims, double ms, double floorMs,
                     const QString &floorName, const QString &target = {})
{
    QTextStream out(stdout);
    out << QStringLiteral("| %1 | %2 | %3 ms | %4 | %5 | %6 |")
               .arg(what, -28)
               .arg(claims, 8)
               .arg(formatMs(ms), 9)
               .arg(floorMs > 0 ? QStringLiteral("%1 ms (%2)").arg(formatMs(floorMs), floorName)
                                : QStringLiteral("—"),
                    -34)
               .arg(floorMs > 0 ? QStringLiteral("%1×").arg(ms / floorMs, 0, 'f', 2)
                                : QStringLiteral("—"),
                    7)
               .arg(target)
        << Qt::endl;
}
