#include "app/window/WindowGeometry.h"

#include <algorithm>

namespace WindowGeometry {

namespace {

// What a window manager's title bar and borders usually take.
constexpr int FrameWidth = 8;
constexpr int FrameHeight = 36;

} // namespace

QRect clientArea(const QRect &available)
{
    return available.adjusted(FrameWidth / 2, FrameHeight - FrameWidth / 2, -FrameWidth / 2,
                              -FrameWidth / 2);
}

QRect firstRun(const QRect &available)
{
    const QRect area = clientArea(available);
    QRect rect(QPoint(), area.size().boundedTo(LargestFirstSize).expandedTo(QSize(1, 1)));
    rect.moveCenter(area.center());
    return rect;
}

QRect clamped(const QRect &geometry, const QRect &available)
{
    QRect out(geometry.topLeft(), geometry.size().boundedTo(available.size()));
    if (out.right() > available.right())
        out.moveRight(available.right());
    if (out.bottom() > available.bottom())
        out.moveBottom(available.bottom());
    if (out.left() < available.left())
        out.moveLeft(available.left());
    if (out.top() < available.top())
        out.moveTop(available.top());
    return out;
}

Docks docks(int windowWidth)
{
    Docks d;
    d.stacked = windowWidth < StackedBelow;
    // A fifth of the window each (room for the actors' names and counts, in French too);
    // stacked, the two share a quarter.
    d.actors = std::clamp(windowWidth / 5, 190, 320);
    d.citations = std::clamp(windowWidth / 5, 230, 400);
    if (d.stacked)
        d.actors = d.citations = std::clamp(windowWidth / 4, 190, 300);
    return d;
}

} // namespace WindowGeometry
