#pragma once

#include <QRect>

/// Where the main window goes and how wide its docks start, as pure functions of the screen's
/// available area (in device-independent pixels, so a scale factor is already in it). The
/// window never opens larger than that area, whatever was saved on a larger screen.
namespace WindowGeometry {

/// The largest size the window opens at on a first run.
inline constexpr QSize LargestFirstSize{1600, 1000};

/// Where the window's contents may go so that its frame (title bar and borders, as a window
/// manager usually draws them) stays within the available area.
QRect clientArea(const QRect &available);

/// The first run's geometry (contents, without the frame): the client area, at most
/// LargestFirstSize, centred in it.
QRect firstRun(const QRect &available);

/// A geometry moved and, if need be, shrunk so that it lies within `area`.
QRect clamped(const QRect &geometry, const QRect &area);

/// The docks' first widths for a window this wide. Below StackedBelow the actors share the
/// right-hand column with the citations, stacked under them, so the claim table keeps its
/// columns on screen.
struct Docks
{
    int actors = 0;
    int citations = 0;
    bool stacked = false;
};
inline constexpr int StackedBelow = 1200;
Docks docks(int windowWidth);

} // namespace WindowGeometry
