#pragma once

#include "models/viewmodels/TimelineLayout.h"

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
    /// Dated only by when it was reported (Claim::datedByReport): hatched, a bound and not a
    /// date.
    bool reported = false;
    /// On a dark background: the dashed single-source edge is drawn lighter than the fill,
    /// not darker, or it vanishes into the background.
    bool onDark = false;
};

/// Whether a background is dark enough that marks need light edges.
bool isDark(const QColor &background);

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
/// Points the lane labels at a layout (which must outlive the plot or be replaced first) and
/// lists the layout's kinds in the legend. On screen the legend keeps every kind of the
/// dataset, fading those the layout does not show, so that it does not reflow (and move the
/// lanes) at each filter change; on paper it lists only the kinds shown.
void applyLayout(QCustomPlot *plot, const Dataset &dataset, const TimelineLayout &layout,
                 Surface surface = Surface::Screen);
/// Date axis labels readable at the current zoom: calendar-aligned years, months or days.
void setTickDensity(QCustomPlot *plot);
/// As many legend columns (six at most) as the plot's width holds, so that a narrow window
/// wraps the legend onto more rows instead of drawing its entries over each other.
void fitLegendColumns(QCustomPlot *plot);

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

/// The value axis' ticks: one per lane in view, labelled "Name (12)" when the axis is drawn,
/// so that a filter change hands over a layout instead of building a label for every lane.
class LaneTicker final : public QCPAxisTicker
{
public:
    LaneTicker() = default;
    /// Both must outlive the ticker, or be replaced (or cleared with nullptrs) first.
    void setLayout(const Dataset *dataset, const TimelineLayout *layout);
    /// "Name (12)", a long name cut with an ellipsis; empty for a lane that does not exist.
    /// With a wrap width, a long name is instead broken between words into lines of about
    /// that many characters (three at most): on paper there is no tooltip to read it whole.
    QString label(int lane) const;
    void setWrapWidth(int characters) { m_wrapWidth = characters; }

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    const Dataset *m_dataset = nullptr;
    const TimelineLayout *m_layout = nullptr;
    int m_wrapWidth = 0;
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
        SingleSource,
        Reported
    };
    TimelineLegendItem(QCPLegend *legend, const QString &text, Swatch swatch,
                       const QColor &color = QColor(0x80, 0x80, 0x80));
    const QString &text() const { return m_text; }
    /// A faded entry stands for a kind with nothing in view.
    bool isFaded() const { return m_faded; }
    void setFaded(bool faded) { m_faded = faded; }

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    void drawSwatch(QPainter *painter, const QRectF &icon) const;

    QString m_text;
    Swatch m_swatch;
    QColor m_color;
    bool m_faded = false;
};
