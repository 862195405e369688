#pragma once

#include "widgets/timeline/TimelineStyle.h"

#include <QHash>
#include <QPixmap>

#include "models/viewmodels/TimelineLayout.h"

#include <qcustomplot.h>
#include <vector>

/// Draws a TimelineLayout's lanes and markers in one plottable: no item per claim. Only
/// markers inside the visible key range are visited, and markers that would land on pixels
/// already drawn in the same lane are skipped (level of detail), so a replot costs about
/// one rectangle per pixel column per lane however many claims there are.
class TimelinePlottable final : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    TimelinePlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    /// The layout must stay alive until the next call.
    void setTimeline(const TimelineLayout *layout);
    /// Where a bar has room it carries the start of its claim's statement, from `dataset`
    /// (which must outlive the plottable); none when it is null.
    void setDataset(const Dataset *dataset) { m_dataset = dataset; }
    /// Selected claims by dataset index (flags) and the lane to highlight (-1: none).
    void setEmphasis(std::vector<bool> selectedClaims, int highlightedLane);

    /// Index into the layout's markers under a pixel, or -1. Day points win over months,
    /// which win over years. A marker stacked into an overflow band is not hit.
    int markerAt(const QPointF &pixel) const;
    /// Pixel rectangle of a marker (a small square around a day point).
    QRectF markerRect(const TimelineMarker &marker) const;

    /// Claims stacked beyond the rows a lane can show at its height, drawn as one band over
    /// the union of their periods and labelled with their count.
    struct OverflowBand
    {
        double start = 0;
        double end = 0;
        QList<int> claims; ///< dataset indexes, each once
    };
    /// The rows a lane shows at the current lane height: all its rows, or as many as fit, the
    /// last of them then being its overflow band.
    int rowsShown(int lane) const;
    /// True when the marker lies in its lane's overflow band rather than in a row of its own.
    bool isHidden(const TimelineMarker &marker) const;
    /// A lane's overflow bands, by start: none when all its rows fit.
    const std::vector<OverflowBand> &overflowBands(int lane) const;
    /// The overflow band under a pixel, or nullptr.
    const OverflowBand *overflowAt(const QPointF &pixel) const;
    QRectF overflowRect(int lane, const OverflowBand &band) const;

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    double laneHeight() const;
    int rowCap() const;
    /// Top pixel of a lane's band and the height of each of its rows.
    std::pair<double, double> laneRows(int lane) const;
    void drawOverflow(QCPPainter *painter, int firstLane, int lastLane) const;
    void drawLanes(QCPPainter *painter, int firstLane, int lastLane) const;
    void drawGroup(QCPPainter *painter, int lane, int group) const;
    void drawSelected(QCPPainter *painter) const;
    std::pair<int, int> visibleMarkers(int lane, int group) const;
    bool isSelected(int claim) const;

    /// On screen, a point is a pre-rendered sprite: blitting it costs a tenth of an
    /// antialiased ellipse, which is what keeps a replot of 100,000 claims fast. Printing
    /// and vector export draw the real shapes.
    void drawPointMarker(QCPPainter *painter, const QPointF &center, double radius,
                         const TimelineStyle::MarkerLook &look, bool raster) const;

    void drawLabel(QCPPainter *painter, const QRectF &bar, const TimelineMarker &marker) const;

    const TimelineLayout *m_layout = nullptr;
    const Dataset *m_dataset = nullptr;
    mutable QHash<quint64, QPixmap> m_sprites;
    /// A marker's look on the plot's background: its kind's colour made to stand out there.
    TimelineStyle::MarkerLook lookOf(const TimelineMarker &marker, bool selected) const;
    mutable std::vector<QColor> m_kindColors; ///< per layout kind, for m_kindColorsOn
    mutable QRgb m_kindColorsOn = 0;
    // Per lane, for the row cap they were made for; made again when the cap or layout changes.
    mutable std::vector<std::vector<OverflowBand>> m_bands;
    mutable int m_bandsCap = -1;
    std::vector<bool> m_selected;
    int m_highlightedLane = -1;
};
