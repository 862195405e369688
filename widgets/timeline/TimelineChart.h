#pragma once

#include <memory>

#include "models/data/DatasetDelta.h"
#include "models/viewmodels/ChartPainter.h"
#include "models/viewmodels/TimelineLayout.h"

#include <QDate>
#include <QWidget>
#include <optional>
#include <utility>

class Dataset;
struct DatasetDelta;
class FilterState;
class QCustomPlot;
class QToolButton;
class QScrollBar;
class QComboBox;
class QHBoxLayout;
class QLabel;
class SelectionState;
class TimelineOverview;
class TimelinePlottable;

/// The timeline: one lane per actor of the filtered claims, a marker per claim and actor.
/// It rebuilds its layout (TimelineLayout, a pure function) and replots once per filter
/// change; selection changes only replot. Wheel zooms the date axis around the cursor, drag
/// pans, double-click resets, a click selects the claim under the cursor and hovering
/// shows its date, statement and sources.
class TimelineChart final : public QWidget
{
    Q_OBJECT
public:
    TimelineChart(const FilterState &filter, SelectionState &selection, QWidget *parent = nullptr);
    ~TimelineChart() override;

    QCustomPlot *plot() const { return m_plot; }
    /// The header's controls (plotted by, lanes, order), in the order Tab should visit them.
    QList<QWidget *> headerControls() const;
    const Dataset &dataset() const { return m_dataset; }
    const SelectionState &selection() const { return m_selection; }
    const TimelineLayout &timeline() const { return m_layout; }
    /// Claims (dataset indexes) currently plotted, ascending.
    QList<int> plottedClaims() const { return m_layout.plottedClaims(); }
    /// The same by date (the start of each claim's period, then its index): the order a
    /// screen reader lists them in.
    const QList<int> &claimsByDate() const;
    /// Centre, in plot widget pixels, of the first marker of a claim; nothing when it is not
    /// plotted or outside the visible ranges.
    std::optional<QPointF> markerPixel(int claim) const;
    /// The claim under a point in plot widget pixels, or -1.
    int claimAt(const QPointF &pixel) const;

    TimelineMode mode() const { return m_mode; }
    void setMode(TimelineMode mode);
    /// What a lane holds: an actor's claims (the default), a source's, a kind's, or all.
    TimelineGrouping grouping() const { return m_grouping; }
    void setGrouping(TimelineGrouping grouping);
    /// Which lane comes first: the busiest (the default), the earliest, or by name.
    TimelineLaneOrder laneOrder() const { return m_laneOrder; }
    void setLaneOrder(TimelineLaneOrder order);
    /// Fits the date axis to the selected claims (as resetZoom() when none is selected).
    void zoomToSelection();
    /// Frames the period that holds most of the plotted claims (TimelineDensity's densest
    /// stretch), so that where the story is gets the room; the overview strip and its counts
    /// show what lies beside it. The whole span when the claims spread evenly.
    void resetZoom();
    /// Lays the claims out again after a change to the dataset, keeping the dates shown.
    void applyDelta(const DatasetDelta &delta);
    /// Shows every plotted claim: the whole span with a margin.
    void showWholeSpan();
    /// The days the date axis shows, first and last (a saved view's zoom).
    std::pair<QDate, QDate> visibleDates() const;
    /// Frames these days (from the start of `from` to the end of `to`), as a drag or the
    /// wheel would; invalid or reversed dates are ignored.
    void setVisibleDates(QDate from, QDate to);
    /// How tall lanes are drawn, as a multiple of their default height (1 to 8): taller lanes
    /// show more of their stacked rows and fewer lanes at once. Ctrl+wheel changes it.
    double laneScale() const { return m_laneScale; }
    void setLaneScale(double scale);
    void tallerLanes() { setLaneScale(m_laneScale * 1.5); }
    void shorterLanes() { setLaneScale(m_laneScale / 1.5); }
    TimelineOverview *overview() const { return m_overview; }

    bool exportPng(const QString &fileName, int width = 0, int height = 0);
    bool exportPdf(const QString &fileName, int width = 0, int height = 0);

    /// Draws the same chart (lanes, kind colours, spans, marks, legend) for the given claims
    /// as vector graphics into a painter's rectangle, for printing. The dataset must outlive
    /// the returned function, and a QApplication must exist when it is called.
    static ChartPainter printPainter(const Dataset &dataset,
                                     TimelineMode mode = TimelineMode::Happened);

    /// Selects a claim everywhere and brings it into view, as a click on its marker does.
    void selectClaim(int claim);
    /// The keyboard, with the chart focused: Left/Right the previous/next claim in time in
    /// the current lane, Up/Down the nearest claim in time in the lane above/below,
    /// Home/End the lane's first/last, Enter activates the claim, +/- zoom the dates.
    /// True when the key was one of these.
    bool navigate(int key);

signals:
    void modeChanged(TimelineMode mode);
    void groupingChanged(TimelineGrouping grouping);
    void laneOrderChanged(TimelineLaneOrder order);
    /// Enter on a claim: its citations are wanted.
    void claimActivated(int claim);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateEmphasis();
    void fitLanes();
    /// The scroll bar and the "24 of 34 lanes" line, from the lanes in view.
    void showLaneScroll();
    void clampKeys();
    /// The dates (keys) of every claim shown, with a margin: the whole span.
    std::pair<double, double> fullRange() const;
    /// What a reset frames: the densest stretch, or the whole span.
    std::pair<double, double> fitRange() const;
    void zoomKeysTo(double lower, double upper);
    void handleClick(const QPointF &pixel);
    void showToolTip(const QPoint &pixel, const QPoint &globalPos);
    QString toolTipOf(int claim) const;
    QWidget *createHeader();
    /// The lane controls on the header's first row, or on a second one when narrow.
    void placeHeaderControls(bool oneRow);
    /// Marker indexes of a lane by time (then row): the order the arrow keys walk.
    const std::vector<int> &laneOrder(int lane) const;
    /// Makes a marker current: selects its claim and brings it into view.
    void goToMarker(int marker);
    /// What an exported chart shows, in words: the filter, the period, the counts.
    QString caption() const;
    template <typename Save> bool exportWhole(int width, int height, Save save);

    const FilterState &m_filter;
    SelectionState &m_selection;
    const Dataset &m_dataset;
    QCustomPlot *m_plot;
    TimelinePlottable *m_plottable;
    QToolButton *m_happenedButton = nullptr;
    QToolButton *m_reportedButton = nullptr;
    QScrollBar *m_laneScroll = nullptr;
    QComboBox *m_groupingBox = nullptr;
    QComboBox *m_orderBox = nullptr;
    TimelineOverview *m_overview = nullptr;
    QHBoxLayout *m_firstRow = nullptr;
    QHBoxLayout *m_secondRow = nullptr;
    QList<QWidget *> m_groupingWidgets; ///< the Lanes and Order labels and boxes, the lane count
    bool m_headerOneRow = true;
    QLabel *m_laneCount = nullptr;
    TimelineLayout m_layout;
    TimelineMode m_mode = TimelineMode::Happened;
    TimelineGrouping m_grouping = TimelineGrouping::Actor;
    TimelineLaneOrder m_laneOrder = TimelineLaneOrder::MostClaims;
    std::unique_ptr<TimelineIndex> m_index; ///< for m_mode; rebuilt when the mode changes
    bool m_keepZoom = false; ///< the next rebuild follows an edit: the user's dates stay
    /// The next rebuild follows an edit of claims alone: it stacks again only the lanes the
    /// edit touched (the keys of its claims' placements, before and after), renumbering the
    /// others' claims by m_editedClaims.
    bool m_restackTouched = false;
    TableDelta m_editedClaims;
    std::vector<int> m_touchedLanes;
    mutable std::vector<std::vector<int>> m_laneWalk; ///< per lane, built when first walked
    mutable QList<int> m_claimsByDate;                ///< built when first asked for
    mutable bool m_claimsByDateValid = false;
    int m_keyLane = 0; ///< the lane the arrow keys walk
    double m_laneScale = 1;
    QPoint m_pressPos;
    bool m_pressed = false;
};
