#pragma once

#include <QList>
#include <functional>

class QPainter;
class QRectF;

/// Draws the timeline of the given claims (dataset indexes) into a rectangle of a painter:
/// vector output when the painter paints on a PDF or a printer. The report uses it for its
/// chart section so the printed chart has the on-screen chart's lanes, colours and legend;
/// the widgets layer provides it (TimelineChart::printPainter), the models layer only calls it.
using ChartPainter =
    std::function<void(QPainter *painter, const QRectF &target, const QList<int> &claims)>;
