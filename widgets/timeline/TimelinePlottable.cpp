#include "widgets/timeline/TimelinePlottable.h"

#include "models/data/ClaimKinds.h"
#include "models/viewmodels/KindColors.h"
#include "widgets/timeline/TimelineStyle.h"

#include <algorithm>

namespace {

constexpr double YearHalfHeight = 0.27; ///< of the lane height
constexpr double MonthHalfHeight = 0.36;
constexpr double DayRadius = 0.24;
constexpr double HitSlack = 3.0; ///< pixels around a marker that still hit it

} // namespace

TimelinePlottable::TimelinePlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setAntialiasedFill(true);
}

void TimelinePlottable::setTimeline(const TimelineLayout *layout)
{
    m_layout = layout;
}

void TimelinePlottable::setEmphasis(std::vector<bool> selectedClaims, int highlightedLane)
{
    m_selected = std::move(selectedClaims);
    m_highlightedLane = highlightedLane;
}

bool TimelinePlottable::isSelected(int claim) const
{
    return size_t(claim) < m_selected.size() && m_selected[size_t(claim)];
}

double TimelinePlottable::laneHeight() const
{
    return std::abs(mValueAxis->coordToPixel(1) - mValueAxis->coordToPixel(0));
}

QRectF TimelinePlottable::markerRect(const TimelineMarker &m) const
{
    const double h = laneHeight();
    const double y = mValueAxis->coordToPixel(m.lane);
    if (m.isPoint()) {
        const double r = std::clamp(h * DayRadius, 2.5, 7.0);
        const double x = mKeyAxis->coordToPixel(m.start);
        return QRectF(x - r, y - r, 2 * r, 2 * r);
    }
    const double half =
        h * (m.precision == PartialDate::Precision::Year ? YearHalfHeight : MonthHalfHeight);
    const double x1 = mKeyAxis->coordToPixel(m.start);
    const double x2 = mKeyAxis->coordToPixel(m.end);
    return QRectF(QPointF(std::min(x1, x2), y - half), QPointF(std::max(x1, x2), y + half));
}

std::pair<int, int> TimelinePlottable::visibleMarkers(int lane, int group) const
{
    auto [begin, end] = m_layout->group(lane, group);
    const QCPRange keys = mKeyAxis->range();
    const auto first = m_layout->markers.begin() + begin;
    const auto last = m_layout->markers.begin() + end;
    const double from = keys.lower - m_layout->groupMaxWidth(lane, group);
    auto lo = std::lower_bound(first, last, from,
                               [](const TimelineMarker &m, double k) { return m.start < k; });
    auto hi = std::upper_bound(lo, last, keys.upper,
                               [](double k, const TimelineMarker &m) { return k < m.start; });
    return {int(lo - m_layout->markers.begin()), int(hi - m_layout->markers.begin())};
}

void TimelinePlottable::draw(QCPPainter *painter)
{
    if (!m_layout || m_layout->lanes.isEmpty())
        return;
    const QCPRange lanes = mValueAxis->range();
    const int firstLane = std::max(0, int(std::floor(lanes.lower)));
    const int lastLane = std::min(int(m_layout->lanes.size()) - 1, int(std::ceil(lanes.upper)));
    drawLanes(painter, firstLane, lastLane);
    painter->setAntialiasing(true);
    for (int lane = firstLane; lane <= lastLane; ++lane)
        for (int g = 0; g < TimelineLayout::PrecisionGroups; ++g)
            drawGroup(painter, lane, g);
    drawSelected(painter);
}

void TimelinePlottable::drawLanes(QCPPainter *painter, int firstLane, int lastLane) const
{
    const QRect area = mKeyAxis->axisRect()->rect();
    const double h = laneHeight();
    painter->setAntialiasing(false);
    painter->setPen(Qt::NoPen);
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const double y = mValueAxis->coordToPixel(lane);
        const QRectF band(area.left(), y - h / 2, area.width(), h);
        if (lane == m_highlightedLane)
            painter->setBrush(TimelineStyle::laneColor(mParentPlot->palette(), true));
        else if (lane % 2)
            painter->setBrush(TimelineStyle::laneColor(mParentPlot->palette(), false));
        else
            continue;
        painter->drawRect(band);
    }
}

namespace {

bool paintsPixels(QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    const int type = device ? device->devType() : 0;
    return type == QInternal::Image || type == QInternal::Pixmap || type == QInternal::Widget;
}

} // namespace

void TimelinePlottable::drawPointMarker(QCPPainter *painter, const QPointF &center, double radius,
                                        const TimelineStyle::MarkerLook &look, bool raster) const
{
    if (!raster) {
        TimelineStyle::drawPoint(painter, center, radius, look);
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    const quint64 key = quint64(look.color.rgba()) | quint64(look.conflict) << 32 |
                        quint64(look.singleSource) << 33 | quint64(look.selected) << 34 |
                        quint64(look.reported) << 63 | quint64(std::lround(radius * 8)) << 35 |
                        quint64(std::lround(ratio * 4)) << 52;
    const double half = radius + 8; // room for the conflict and selection rings
    auto sprite = m_sprites.constFind(key);
    if (sprite == m_sprites.cend()) {
        QPixmap pixmap(QSize(int(std::ceil(2 * half * ratio)), int(std::ceil(2 * half * ratio))));
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        TimelineStyle::drawPoint(&p, QPointF(half, half), radius, look);
        p.end();
        sprite = m_sprites.insert(key, pixmap);
    }
    painter->drawPixmap(QPointF(center.x() - half, center.y() - half), *sprite);
}

void TimelinePlottable::drawGroup(QCPPainter *painter, int lane, int group) const
{
    const bool raster = paintsPixels(painter);
    const auto [begin, end] = visibleMarkers(lane, group);
    double drawnUpTo = -1e300; // right edge of the last drawn marker, in pixels
    for (int i = begin; i < end; ++i) {
        const TimelineMarker &m = m_layout->markers[size_t(i)];
        QRectF r = markerRect(m);
        // Level of detail: a marker that adds less than a pixel to what is drawn is skipped.
        if (r.right() < drawnUpTo + 1.0)
            continue;
        const TimelineStyle::MarkerLook look{KindColors::color(m_layout->kinds[m.kind]), m.conflict,
                                             m.singleSource, false, m.reported};
        if (m.isPoint()) {
            drawPointMarker(painter, r.center(), r.width() / 2, look, raster);
        } else {
            if (r.width() < 1.5)
                r.setWidth(1.5);
            TimelineStyle::drawBar(painter, r, look);
        }
        drawnUpTo = r.right();
    }
}

void TimelinePlottable::drawSelected(QCPPainter *painter) const
{
    if (m_selected.empty())
        return;
    const QRectF area = mKeyAxis->axisRect()->rect();
    for (const TimelineMarker &m : m_layout->markers) {
        if (!isSelected(m.claim))
            continue;
        QRectF r = markerRect(m);
        if (!r.intersects(area))
            continue;
        const TimelineStyle::MarkerLook look{KindColors::color(m_layout->kinds[m.kind]), m.conflict,
                                             m.singleSource, true, m.reported};
        if (m.isPoint()) {
            TimelineStyle::drawPoint(painter, r.center(), r.width() / 2, look);
        } else {
            r.setWidth(std::max(r.width(), 4.0));
            TimelineStyle::drawBar(painter, r, look);
        }
    }
}

int TimelinePlottable::markerAt(const QPointF &pixel) const
{
    if (!m_layout || m_layout->lanes.isEmpty() ||
        !mKeyAxis->axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    const int lane = int(std::lround(mValueAxis->pixelToCoord(pixel.y())));
    if (lane < 0 || lane >= m_layout->lanes.size())
        return -1;
    for (int g = TimelineLayout::PrecisionGroups - 1; g >= 0; --g) {
        const auto [begin, end] = visibleMarkers(lane, g);
        int best = -1;
        double bestDistance = HitSlack;
        for (int i = begin; i < end; ++i) {
            const QRectF r = markerRect(m_layout->markers[size_t(i)]);
            const double dx = std::max({r.left() - pixel.x(), 0.0, pixel.x() - r.right()});
            const double dy = std::max({r.top() - pixel.y(), 0.0, pixel.y() - r.bottom()});
            const double distance = std::hypot(dx, dy);
            if (distance < bestDistance || (distance == 0 && bestDistance == 0)) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

double TimelinePlottable::selectTest(const QPointF &pos, bool onlySelectable,
                                     QVariant *details) const
{
    if (onlySelectable)
        return -1;
    const int marker = markerAt(pos);
    if (marker >= 0 && details)
        *details = marker;
    return marker >= 0 ? 0.0 : -1.0;
}

QCPRange TimelinePlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = m_layout && !m_layout->isEmpty();
    return foundRange ? QCPRange(m_layout->minKey, m_layout->maxKey) : QCPRange();
}

QCPRange TimelinePlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = m_layout && !m_layout->lanes.isEmpty();
    return foundRange ? QCPRange(-0.5, double(m_layout->lanes.size()) - 0.5) : QCPRange();
}

void TimelinePlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->fillRect(rect, QColor(Qt::gray));
}
