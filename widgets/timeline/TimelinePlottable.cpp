#include "widgets/timeline/TimelinePlottable.h"

#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/viewmodels/KindColors.h"
#include "widgets/timeline/TimelineStyle.h"

#include <algorithm>

namespace {

constexpr double YearHalfHeight = 0.27; ///< of the lane height
constexpr double MonthHalfHeight = 0.36;
constexpr double DayRadius = 0.24;
constexpr double HitSlack = 3.0;     ///< pixels around a marker that still hit it
constexpr double MinRowPixels = 6.0; ///< a stacked row is never thinner

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
    m_bands.clear();
    m_bandsCap = -1;
    m_kindColors.clear(); // the kinds may be others, in another order
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

int TimelinePlottable::rowCap() const
{
    return std::max(1, int(laneHeight() / MinRowPixels));
}

int TimelinePlottable::rowsShown(int lane) const
{
    return std::min(m_layout->lanes[lane].rows, rowCap());
}

bool TimelinePlottable::isHidden(const TimelineMarker &m) const
{
    const int cap = rowCap();
    return m_layout->lanes[m.lane].rows > cap && m.row >= cap - 1;
}

std::pair<double, double> TimelinePlottable::laneRows(int lane) const
{
    const double a = mValueAxis->coordToPixel(lane - 0.5);
    const double b = mValueAxis->coordToPixel(lane + 0.5);
    return {std::min(a, b), std::abs(b - a) / rowsShown(lane)};
}

QRectF TimelinePlottable::markerRect(const TimelineMarker &m) const
{
    const double h = laneHeight();
    const int rows = rowsShown(m.lane);
    const auto [top, rowHeight] = laneRows(m.lane);
    const double y = top + (std::min(m.row, rows - 1) + 0.5) * rowHeight;
    if (m.isPoint()) {
        const double r = std::clamp(std::min(h * DayRadius, rowHeight * 0.45), 2.0, 7.0);
        const double x = mKeyAxis->coordToPixel(m.start);
        return QRectF(x - r, y - r, 2 * r, 2 * r);
    }
    // One row: years thinner than months, as before stacking; stacked: each fills its row.
    const double half =
        rows == 1
            ? h * (m.precision == PartialDate::Precision::Year ? YearHalfHeight : MonthHalfHeight)
            : std::max(1.0, rowHeight * 0.4);
    const double x1 = mKeyAxis->coordToPixel(m.start);
    const double x2 = mKeyAxis->coordToPixel(m.end);
    return QRectF(QPointF(std::min(x1, x2), y - half), QPointF(std::max(x1, x2), y + half));
}

const std::vector<TimelinePlottable::OverflowBand> &TimelinePlottable::overflowBands(int lane) const
{
    const int cap = rowCap();
    if (m_bandsCap != cap || m_bands.size() != size_t(m_layout->lanes.size())) {
        m_bands.assign(size_t(m_layout->lanes.size()), {});
        m_bandsCap = cap;
        // Each lane's hidden markers, by start, merged into the union of their periods.
        std::vector<std::vector<const TimelineMarker *>> hidden(m_bands.size());
        for (const TimelineMarker &m : m_layout->markers)
            if (m_layout->lanes[m.lane].rows > cap && m.row >= cap - 1)
                hidden[size_t(m.lane)].push_back(&m);
        for (size_t l = 0; l < hidden.size(); ++l) {
            auto &items = hidden[l];
            std::sort(items.begin(), items.end(),
                      [](const TimelineMarker *a, const TimelineMarker *b) {
                          return a->spanStart < b->spanStart;
                      });
            for (const TimelineMarker *m : items) {
                if (m_bands[l].empty() || m->spanStart > m_bands[l].back().end)
                    m_bands[l].push_back({m->spanStart, m->spanEnd, {}});
                OverflowBand &band = m_bands[l].back();
                band.end = std::max(band.end, m->spanEnd);
                if (!band.claims.contains(m->claim))
                    band.claims.append(m->claim);
            }
        }
    }
    return m_bands[size_t(lane)];
}

QRectF TimelinePlottable::overflowRect(int lane, const OverflowBand &band) const
{
    const auto [top, rowHeight] = laneRows(lane);
    const double y = top + (rowsShown(lane) - 0.5) * rowHeight;
    const double half = std::max(1.5, rowHeight * 0.42);
    const double x1 = mKeyAxis->coordToPixel(band.start);
    const double x2 = std::max(x1 + 3.0, mKeyAxis->coordToPixel(band.end));
    return QRectF(QPointF(x1, y - half), QPointF(x2, y + half));
}

const TimelinePlottable::OverflowBand *TimelinePlottable::overflowAt(const QPointF &pixel) const
{
    if (!m_layout || m_layout->lanes.isEmpty() ||
        !mKeyAxis->axisRect()->rect().contains(pixel.toPoint()))
        return nullptr;
    const int lane = int(std::lround(mValueAxis->pixelToCoord(pixel.y())));
    if (lane < 0 || lane >= m_layout->lanes.size())
        return nullptr;
    // A band under the pixel, else one within the slack of a thin band.
    const std::vector<OverflowBand> &bands = overflowBands(lane);
    for (const double slack : {0.0, HitSlack})
        for (const OverflowBand &band : bands)
            if (overflowRect(lane, band).adjusted(-slack, 0, slack, 0).contains(pixel))
                return &band;
    return nullptr;
}

void TimelinePlottable::drawOverflow(QCPPainter *painter, int firstLane, int lastLane) const
{
    const QPalette palette = mParentPlot->palette();
    QColor fill = palette.color(QPalette::Text);
    fill.setAlpha(45);
    QFont font = mParentPlot->font();
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const auto &bands = overflowBands(lane);
        if (bands.empty())
            continue;
        const QRectF area = mKeyAxis->axisRect()->rect();
        for (const OverflowBand &band : bands) {
            const QRectF r = overflowRect(lane, band);
            if (!r.intersects(area))
                continue;
            // A band holding a selected claim wears the selection's dark ring: the selection
            // is seen even where its claim is not drawn on its own.
            const bool holdsSelected = std::any_of(band.claims.begin(), band.claims.end(),
                                                   [this](int c) { return isSelected(c); });
            painter->setPen(holdsSelected ? QPen(palette.color(QPalette::Text), 2.5)
                                          : QPen(palette.color(QPalette::Text), 1.0, Qt::DotLine));
            painter->setBrush(fill);
            painter->drawRect(r);
            // The count where it fits: what the band holds, in words a click opens.
            const QString text = QStringLiteral("+%1").arg(band.claims.size());
            font.setPixelSize(std::max(7, int(r.height() * 0.95)));
            painter->setFont(font);
            const QFontMetricsF metrics(font);
            if (metrics.horizontalAdvance(text) + 4 <= r.width() && r.height() >= 8) {
                painter->setPen(palette.color(QPalette::Text));
                painter->drawText(r, Qt::AlignCenter, text);
            }
        }
    }
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
    drawOverflow(painter, firstLane, lastLane);
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

TimelineStyle::MarkerLook TimelinePlottable::lookOf(const TimelineMarker &marker,
                                                    bool selected) const
{
    const QColor background = mParentPlot->palette().color(QPalette::Base);
    if (m_kindColorsOn != background.rgb() ||
        m_kindColors.size() != size_t(m_layout->kinds.size())) {
        m_kindColors.clear();
        for (const QString &kind : m_layout->kinds)
            m_kindColors.push_back(KindColors::standingOut(KindColors::color(kind), background));
        m_kindColorsOn = background.rgb();
    }
    TimelineStyle::MarkerLook look{m_kindColors[size_t(marker.kind)], marker.conflict,
                                   marker.singleSource, selected, marker.reported};
    look.onDark = TimelineStyle::isDark(background);
    return look;
}

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
                        quint64(look.reported) << 63 | quint64(look.onDark) << 62 |
                        quint64(std::lround(radius * 8)) << 35 |
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
    const int rows = rowsShown(lane);
    const bool overflowing = m_layout->lanes[lane].rows > rows;
    // Right edge of the last marker drawn in each row, in pixels.
    std::vector<double> drawnUpTo(size_t(rows), -1e300);
    for (int i = begin; i < end; ++i) {
        const TimelineMarker &m = m_layout->markers[size_t(i)];
        if (overflowing && m.row >= rows - 1)
            continue; // in the overflow band
        QRectF r = markerRect(m);
        // Level of detail: a marker that adds less than a pixel to what is drawn is skipped.
        double &upTo = drawnUpTo[size_t(std::min(m.row, rows - 1))];
        if (r.right() < upTo + 1.0)
            continue;
        const TimelineStyle::MarkerLook look = lookOf(m, false);
        if (m.isPoint()) {
            drawPointMarker(painter, r.center(), r.width() / 2, look, raster);
        } else {
            if (r.width() < 1.5)
                r.setWidth(1.5);
            TimelineStyle::drawBar(painter, r, look);
            drawLabel(painter, r, m);
        }
        upTo = r.right();
    }
}

void TimelinePlottable::drawLabel(QCPPainter *painter, const QRectF &drawn,
                                  const TimelineMarker &m) const
{
    constexpr double MinLabelWidth = 48; // pixels: below it, a few letters say nothing
    // The words start where the bar comes into view, not off the chart's left edge.
    const QRectF area = mKeyAxis->axisRect()->rect();
    QRectF bar = drawn;
    bar.setLeft(std::max(drawn.left(), area.left()));
    bar.setRight(std::min(drawn.right(), area.right()));
    if (!m_dataset || bar.width() < MinLabelWidth || bar.height() < 10)
        return;
    QFont font = mParentPlot->font();
    font.setPixelSize(int(std::clamp(bar.height() * 0.72, 8.0, 12.0)));
    const QFontMetricsF metrics(font);
    const QRectF inside = bar.adjusted(3, 0, -3, 0);
    // Plain text, whatever it holds: QPainter draws a string as characters, never as markup.
    const QString text = metrics.elidedText(m_dataset->claims[m.claim].statement.simplified(),
                                            Qt::ElideRight, inside.width());
    if (text.isEmpty() || text == QStringLiteral("…"))
        return;
    const QColor fill = lookOf(m, false).color;
    // On the kind's plain colour, so that a hatch under it does not garble the letters.
    const double width = metrics.horizontalAdvance(text) + 4;
    const double height = std::min(bar.height() - 2, metrics.height());
    painter->fillRect(QRectF(inside.left() - 2, bar.center().y() - height / 2, width, height),
                      fill);
    painter->setFont(font);
    painter->setPen(fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
    painter->drawText(inside, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
}

void TimelinePlottable::drawSelected(QCPPainter *painter) const
{
    if (m_selected.empty())
        return;
    const QRectF area = mKeyAxis->axisRect()->rect();
    for (const TimelineMarker &m : m_layout->markers) {
        if (!isSelected(m.claim) || isHidden(m))
            continue;
        QRectF r = markerRect(m);
        if (!r.intersects(area))
            continue;
        const TimelineStyle::MarkerLook look = lookOf(m, true);
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
            if (isHidden(m_layout->markers[size_t(i)]))
                continue;
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
