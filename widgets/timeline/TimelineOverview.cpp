#include "widgets/timeline/TimelineOverview.h"

#include "models/viewmodels/DateKey.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace {

constexpr double GripPixels = 5; ///< how near an edge of the window a press resizes it

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.85));
    return font;
}

/// Years between labelled ticks so that labels of `labelWidth` keep apart on `width` pixels.
int yearStep(double years, double width, double labelWidth)
{
    for (const int step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        if (years / step * labelWidth * 1.6 <= width)
            return step;
    return 1000;
}

} // namespace

TimelineOverview::TimelineOverview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineOverview"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Timeline overview"));
    setToolTip(tr("The whole period with how many claims fall in each stretch. Drag the "
                  "frame to move the timeline, drag its edges to zoom, click beside it to go "
                  "there; double-click to see everything."));
}

QSize TimelineOverview::sizeHint() const
{
    return {400, QFontMetrics(smallFont(font())).height() + 38};
}

QSize TimelineOverview::minimumSizeHint() const
{
    return {80, sizeHint().height()};
}

void TimelineOverview::setDensity(TimelineDensity density, double lower, double upper)
{
    m_density = std::move(density);
    showDensity(lower, upper);
}

void TimelineOverview::setDensity(const TimelineLayout &layout, double lower, double upper)
{
    m_density.rebuild(layout);
    showDensity(lower, upper);
}

void TimelineOverview::showDensity(double lower, double upper)
{
    m_lower = lower;
    m_upper = std::max(upper, lower + 1);
    m_countsWidth = -1;
    updateDescription();
    update();
}

void TimelineOverview::setWindow(double lower, double upper)
{
    if (lower == m_windowLower && upper == m_windowUpper)
        return;
    m_windowLower = lower;
    m_windowUpper = upper;
    updateDescription();
    update();
}

QRectF TimelineOverview::stripRect() const
{
    return QRectF(rect()).adjusted(4, 2, -4, -2);
}

double TimelineOverview::pixelOf(double key) const
{
    const QRectF r = stripRect();
    return r.left() + (key - m_lower) / (m_upper - m_lower) * r.width();
}

double TimelineOverview::keyOf(double x) const
{
    const QRectF r = stripRect();
    return m_lower + (x - r.left()) / std::max(1.0, r.width()) * (m_upper - m_lower);
}

TimelineOverview::Colors TimelineOverview::screenColors(const QPalette &palette)
{
    // Bars in the text colour, thinned: as legible on a dark theme as on a light one.
    QColor bars = palette.color(QPalette::Text);
    bars.setAlphaF(0.55);
    return {palette.color(QPalette::Base), bars, palette.color(QPalette::Highlight),
            palette.color(QPalette::Text)};
}

TimelineOverview::Colors TimelineOverview::paperColors()
{
    return {Qt::white, QColor(0x70, 0x70, 0x70), QColor(0x20, 0x50, 0xa0), Qt::black};
}

void TimelineOverview::paint(QPainter *painter, const QRectF &rect,
                             const std::vector<double> &counts, std::pair<double, double> span,
                             std::optional<std::pair<double, double>> window,
                             std::pair<int, int> outside, const Colors &colors)
{
    const auto [lower, upper] = span;
    if (!(upper > lower) || rect.width() < 4)
        return;
    painter->save();
    painter->setClipRect(rect);
    painter->fillRect(rect, colors.background);
    const QFontMetricsF metrics(painter->font());
    const double labelHeight = metrics.height();
    const QRectF bars(rect.left(), rect.top() + 1, rect.width(),
                      std::max(4.0, rect.height() - labelHeight - 2));
    const auto xOf = [&](double key) {
        return rect.left() + (key - lower) / (upper - lower) * rect.width();
    };

    // Density: one bar per few pixels, as tall as its share of the busiest stretch.
    const int bins = int(counts.size());
    const double most = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    if (most > 0) {
        const double binWidth = rect.width() / bins;
        for (int b = 0; b < bins; ++b) {
            if (counts[size_t(b)] <= 0)
                continue;
            // At least two pixels: a lone claim in a long span is still seen.
            const double h = std::max(2.0, counts[size_t(b)] / most * bars.height());
            painter->fillRect(QRectF(bars.left() + b * binWidth, bars.bottom() - h,
                                     std::max(1.0, binWidth - 0.5), h),
                              colors.bars);
        }
    }
    // Year ticks along the bottom, as many labels as keep apart.
    painter->setPen(QPen(colors.text, 0));
    const QDate first = DateKey::dateOf(lower);
    const QDate last = DateKey::dateOf(upper);
    const int years = std::max(1, last.year() - first.year() + 1);
    const int step =
        yearStep(years, rect.width(), metrics.horizontalAdvance(QStringLiteral("0000")));
    for (int y = first.year() + 1; y <= last.year(); ++y) {
        const double x = xOf(DateKey::ofDate(QDate(y, 1, 1)));
        painter->drawLine(QPointF(x, bars.bottom() - 3), QPointF(x, bars.bottom() + 1));
        if (y % step != 0)
            continue;
        const QString label = QString::number(y);
        const double w = metrics.horizontalAdvance(label);
        if (x - w / 2 >= rect.left() && x + w / 2 <= rect.right())
            painter->drawText(QRectF(x - w / 2, bars.bottom() + 1, w, labelHeight), Qt::AlignCenter,
                              label);
    }
    painter->drawLine(QPointF(rect.left(), bars.bottom()), QPointF(rect.right(), bars.bottom()));
    if (!window) {
        painter->restore();
        return;
    }

    // The window: what lies outside it is veiled, its frame drawn with grips at its edges.
    const double left = std::clamp(xOf(window->first), rect.left(), rect.right());
    const double right = std::clamp(xOf(window->second), rect.left(), rect.right());
    QColor veil = colors.text;
    veil.setAlphaF(0.14);
    painter->fillRect(QRectF(rect.left(), rect.top(), left - rect.left(), rect.height()), veil);
    painter->fillRect(QRectF(right, rect.top(), rect.right() - right, rect.height()), veil);
    QColor fill = colors.window;
    fill.setAlphaF(0.12);
    const QRectF frame(left, rect.top() + 0.75, std::max(1.0, right - left), rect.height() - 1.5);
    painter->fillRect(frame, fill);
    painter->setPen(QPen(colors.window, 1.5));
    painter->drawRect(frame);
    painter->setPen(QPen(colors.window, 3, Qt::SolidLine, Qt::RoundCap));
    const double gripTop = frame.center().y() - 5;
    for (const double x : {frame.left(), frame.right()})
        painter->drawLine(QPointF(x, gripTop), QPointF(x, gripTop + 10));

    // How many claims lie beside the window, at its sides.
    const auto [before, after] = outside;
    painter->setPen(colors.text);
    const auto tag = [&](const QString &text, bool atLeft) {
        const double w = metrics.horizontalAdvance(text) + 6;
        const QRectF box(atLeft ? rect.left() + 1 : rect.right() - w - 1, rect.top() + 1, w,
                         labelHeight + 2);
        QColor back = colors.background;
        back.setAlphaF(0.85);
        painter->fillRect(box, back);
        painter->drawText(box, Qt::AlignCenter, text);
    };
    if (before > 0)
        tag(QCoreApplication::translate("TimelineOverview", "◀ %n earlier", nullptr, before), true);
    if (after > 0)
        tag(QCoreApplication::translate("TimelineOverview", "%n later ▶", nullptr, after), false);
    painter->restore();
}

void TimelineOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(smallFont(font()));
    painter.setRenderHint(QPainter::Antialiasing);
    // The histogram only changes with the claims and the width: dragging the window redraws
    // the strip without recounting.
    const QRectF strip = stripRect();
    if (m_countsWidth != int(strip.width())) {
        m_countsWidth = int(strip.width());
        m_counts = m_density.histogram(m_lower, m_upper, binsFor(strip.width()));
    }
    paint(&painter, strip, m_counts, span(), window(),
          m_density.outside(m_windowLower, m_windowUpper), screenColors(palette()));
}

TimelineOverview::Grip TimelineOverview::gripAt(double x) const
{
    const double left = pixelOf(m_windowLower);
    const double right = pixelOf(m_windowUpper);
    if (std::abs(x - left) <= GripPixels)
        return Grip::LeftEdge;
    if (std::abs(x - right) <= GripPixels)
        return Grip::RightEdge;
    if (x > left && x < right)
        return Grip::Move;
    return Grip::None;
}

void TimelineOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    m_grip = gripAt(x);
    if (m_grip == Grip::None) {
        // Beside the window: it goes there, and goes on moving with the mouse.
        const double half = (m_windowUpper - m_windowLower) / 2;
        const double at = keyOf(x);
        emit windowRequested(at - half, at + half);
        m_grip = Grip::Move;
    }
    m_pressKey = keyOf(x);
    m_pressWindow = window();
}

void TimelineOverview::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_grip == Grip::None || !(event->buttons() & Qt::LeftButton)) {
        const Grip over = gripAt(x);
        setCursor(over == Grip::LeftEdge || over == Grip::RightEdge ? Qt::SizeHorCursor
                  : over == Grip::Move                              ? Qt::OpenHandCursor
                                                                    : Qt::PointingHandCursor);
        return;
    }
    const double delta = keyOf(x) - m_pressKey;
    auto [lower, upper] = m_pressWindow;
    switch (m_grip) {
    case Grip::Move:
        lower += delta;
        upper += delta;
        break;
    case Grip::LeftEdge:
        lower = std::min(lower + delta, upper - (m_upper - m_lower) / 1000);
        break;
    case Grip::RightEdge:
        upper = std::max(upper + delta, lower + (m_upper - m_lower) / 1000);
        break;
    case Grip::None:
        break;
    }
    emit windowRequested(lower, upper);
}

void TimelineOverview::mouseReleaseEvent(QMouseEvent *event)
{
    m_grip = Grip::None;
    QWidget::mouseReleaseEvent(event);
}

void TimelineOverview::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit wholeSpanRequested();
}

void TimelineOverview::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const double factor = std::pow(0.85, steps);
    const double at = keyOf(event->position().x());
    emit windowRequested(at - (at - m_windowLower) * factor, at + (m_windowUpper - at) * factor);
    event->accept();
}

void TimelineOverview::updateDescription()
{
    const auto [before, after] = m_density.outside(m_windowLower, m_windowUpper);
    const QString from = DateKey::dateOf(m_windowLower).toString(Qt::ISODate);
    const QString to = DateKey::dateOf(m_windowUpper).toString(Qt::ISODate);
    setAccessibleDescription(
        tr("The timeline shows %1 to %2: %3 of %n claim(s), %4 earlier, %5 later.", nullptr,
           m_density.claimCount())
            .arg(from, to)
            .arg(m_density.claimCount() - before - after)
            .arg(before)
            .arg(after));
    if (QAccessible::isActive()) {
        QAccessibleEvent described(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&described);
    }
}
