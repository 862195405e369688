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

/// One printed row: what, at what size, our figure, the floor's figure and their ratio.
inline void printRow(const QString &what, int claims, double ms, double floorMs,
                     const QString &floorName, const QString &target = {})
{
    QTextStream out(stdout);
    out << QStringLiteral("| %1 | %2 | %3 ms | %4 | %5 | %6 |")
               .arg(what, -28)
               .arg(claims, 8)
               .arg(ms, 9, 'f', 1)
               .arg(floorMs > 0
                        ? QStringLiteral("%1 ms (%2)").arg(floorMs, 0, 'f', 1).arg(floorName)
                        : QStringLiteral("—"),
                    -34)
               .arg(floorMs > 0 ? QStringLiteral("%1×").arg(ms / floorMs, 0, 'f', 2)
                                : QStringLiteral("—"),
                    7)
               .arg(target)
        << Qt::endl;
}
