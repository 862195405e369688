#pragma once

#include "TimelineLayout.h"

#include <QColor>
#include <QStringList>
#include <qcustomplot.h>

class Dataset;

/// How the timeline looks, shared by the on-screen chart, its legend and the printed chart
/// so that all three draw claims the same way.
namespace TimelineStyle {

inline const QColor ConflictColor(0xD0, 0x10, 0x10);
constexpr double MinLanePixels = 20.0;
constexpr double MaxLanePixels = 44.0;

struct MarkerLook
{
    QColor color;
    bool conflict = false;
    bool singleSource = false;
    bool selected = false;
};

/// A year- or month-precise claim: a bar across its slice of the period.
void drawBar(QPainter *painter, const QRectF &rect, const MarkerLook &look);
/// A day-precise claim: a dot.
void drawPoint(QPainter *painter, const QPointF &center, double radius, const MarkerLook &look);

/// Where a plot is drawn: on screen it takes its colours from the widget's palette and
/// follows palette changes (light and dark themes); on paper it is always dark ink on white.
enum class Surface
{
    Screen,
    Paper
};

/// Sets up axes, calendar ticks and a legend strip above the axis rect; once per plot.
void setUpPlot(QCustomPlot *plot, Surface surface = Surface::Screen);
/// Background, axes, grid, tick labels and legend text from a palette.
void applyColors(QCustomPlot *plot, const QPalette &palette);
/// The band behind a lane: the highlighted actor's lane, or every other lane (striped).
QColor laneColor(const QPalette &palette, bool highlighted);
/// Lane labels ("Name (12)"), legend entries for the layout's kinds, value range for all lanes.
void applyLayout(QCustomPlot *plot, const Dataset &dataset, const TimelineLayout &layout);
/// Date axis labels readable at the current zoom: calendar-aligned years, months or days.
void setTickDensity(QCustomPlot *plot);

} // namespace TimelineStyle

/// Ticks on calendar boundaries (years, quarters, months, weeks, days) for date keys in
/// seconds since 1970 UTC, labelled as coarsely as the step allows.
class CalendarTicker final : public QCPAxisTicker
{
public:
    CalendarTicker() = default;

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    enum class Unit
    {
        Year,
        Month,
        Day
    };
    Unit m_unit = Unit::Year;
    int m_step = 1;
};

/// A legend entry drawn with the timeline's own marker painter.
class TimelineLegendItem final : public QCPAbstractLegendItem
{
    Q_OBJECT
public:
    enum class Swatch
    {
        Kind,
        YearSpan,
        DayPoint,
        Conflict,
        SingleSource
    };
    TimelineLegendItem(QCPLegend *legend, const QString &text, Swatch swatch,
                       const QColor &color = QColor(0x60, 0x60, 0x60));

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    void drawSwatch(QPainter *painter, const QRectF &icon) const;

    QString m_text;
    Swatch m_swatch;
    QColor m_color;
};
