#pragma once

#include "models/viewmodels/TimelineDensity.h"

#include <QWidget>
#include <optional>
#include <utility>

class QPainter;

/// The strip under the timeline: the whole span of the shown claims with how densely they
/// fall (TimelineDensity), and the chart's window on it as a rectangle. Dragging the rectangle
/// moves the window, dragging its edges resizes it, a click beside it centres the window
/// there, the wheel zooms and a double-click shows the whole span. The counts of claims left
/// of and right of the window are written at its sides, so none is out of view unnoticed.
class TimelineOverview final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineOverview(QWidget *parent = nullptr);

    /// The claims to show and the span the strip covers (date keys).
    void setDensity(TimelineDensity density, double lower, double upper);
    /// setDensity() with the density of `layout`, built in the buffer of the one shown.
    void setDensity(const TimelineLayout &layout, double lower, double upper);
    /// The chart's window, as it is; moves nothing else.
    void setWindow(double lower, double upper);
    std::pair<double, double> window() const { return {m_windowLower, m_windowUpper}; }
    std::pair<double, double> span() const { return {m_lower, m_upper}; }
    const TimelineDensity &density() const { return m_density; }
    /// The strip's rectangle in widget pixels, and where a date key falls on it.
    QRectF stripRect() const;
    double pixelOf(double key) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Where the strip's look is drawn: on screen from a palette, on paper in ink.
    struct Colors
    {
        QColor background;
        QColor bars;
        QColor window;
        QColor text;
    };
    static Colors screenColors(const QPalette &palette);
    static Colors paperColors();
    /// Draws a strip: density bars (`counts`, TimelineDensity::histogram() over the span in
    /// equal bins), year ticks and, when `window` is set, the window and the counts beside it.
    /// Used by the widget and by the printed chart, so both look alike.
    static void paint(QPainter *painter, const QRectF &rect, const std::vector<double> &counts,
                      std::pair<double, double> span,
                      std::optional<std::pair<double, double>> window, std::pair<int, int> outside,
                      const Colors &colors);
    /// The bins a strip of this width draws: one per few pixels.
    static int binsFor(double width) { return std::max(1, int(width / 3)); }

signals:
    /// The user moved or resized the window on the strip.
    void windowRequested(double lower, double upper);
    /// A double-click: the whole span is wanted.
    void wholeSpanRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void showDensity(double lower, double upper);
    enum class Grip
    {
        None,
        Move,
        LeftEdge,
        RightEdge
    };
    Grip gripAt(double x) const;
    double keyOf(double x) const;
    void updateDescription();

    TimelineDensity m_density;
    std::vector<double> m_counts; ///< the histogram drawn, for m_countsWidth pixels
    int m_countsWidth = -1;
    double m_lower = 0;
    double m_upper = 1;
    double m_windowLower = 0;
    double m_windowUpper = 1;
    Grip m_grip = Grip::None;
    double m_pressKey = 0;                   ///< the key under the mouse when pressed
    std::pair<double, double> m_pressWindow; ///< the window then
};
