#pragma once

#include "models/data/PartialDate.h"

#include <QList>
#include <QStringList>
#include <span>
#include <vector>

class Dataset;
struct TableDelta;

/// Which date places a claim on the timeline.
enum class TimelineMode
{
    Happened, ///< the claim's own date
    Reported, ///< the earliest publication date among the sources that cite it
};

/// What a lane holds: an actor's claims (a claim appears in the lane of each actor it
/// involves), a source's (in each source it cites), a kind's, or every claim in one lane.
enum class TimelineGrouping
{
    Actor,
    Source,
    Kind,
    None,
};

/// Which lane comes first.
enum class TimelineLaneOrder
{
    MostClaims,      ///< the busiest lane first (then the earliest, then by name)
    FirstAppearance, ///< the lane whose first claim is earliest first (then the busiest)
    Name,            ///< by name (a kind's lanes in legend order)
};

struct TimelineLane
{
    /// Actor, source or kind index by the grouping; -1 for claims with no actor (or no
    /// source); 0 for the one lane of TimelineGrouping::None.
    int actor = -1;
    int count = 0; ///< claims in the lane
    int rows = 1;  ///< rows its claims stack into, so that none overlaps another
};

/// One claim on one lane. Keys are seconds since 1970-01-01 UTC (QCustomPlot's date keys).
/// A claim covers exactly its date's period, never less: a year-precise claim its whole year,
/// a month-precise one its month, a day-precise one is a point on its day. Claims whose
/// periods overlap in a lane go to different rows of it (first fit, in date order), as a
/// Gantt chart stacks them: none is cut to a slice it does not span, none hides another.
struct TimelineMarker
{
    int claim = -1;
    int lane = 0;
    int row = 0;      ///< within its lane, from 0
    int kind = 0;     ///< index into TimelineLayout::kinds
    double start = 0; ///< the period drawn (a point, for a day-precise claim: start == end)
    double end = 0;
    double spanStart = 0; ///< the whole period the date covers
    double spanEnd = 0;
    PartialDate::Precision precision = PartialDate::Precision::Day;
    bool conflict = false;
    bool singleSource = false;
    bool reported = false; ///< dated only by when it was reported
    bool isPoint() const { return precision == PartialDate::Precision::Day; }
    double center() const { return (start + end) / 2; }
};

/// Every (claim, actor) placement of a dataset in one mode, sorted once by actor, precision
/// group, first day, kind and claim, with where each claim's placements are in that order: a
/// filter change marks the placements of the matching claims and reads them back in order,
/// with no sorting and no date arithmetic, so the timeline's share of a filter change grows
/// with the claims shown rather than with the dataset.
class TimelineIndex
{
public:
    TimelineIndex(const Dataset &dataset, TimelineMode mode,
                  TimelineGrouping grouping = TimelineGrouping::Actor);

    struct Placement
    {
        int claim;
        int actor; ///< -1 for a claim that involves no actor
        int group; ///< 0 year, 1 month, 2 day
        qint64 firstDay;
        double spanStart; ///< date keys of the period the date covers
        double spanEnd;
        int kind; ///< position in kinds()
        bool conflict;
        bool singleSource;
        bool reported;

        /// The index's order: by actor, precision group, first day, kind and claim.
        bool operator<(const Placement &other) const;
    };
    const Dataset &dataset() const { return m_dataset; }
    /// Follows a change to the claims alone (no source, actor or conflict changed): the
    /// placements of the edited claims are taken again and merged into the others', without
    /// sorting them all again. False, leaving the index unusable, when the change needs a new
    /// index (a kind the legend does not have yet). `touchedKeys`, when given, receives the
    /// lane keys of the edited claims' placements before and after (with repeats): the lanes
    /// TimelineLayout::update() stacks again.
    bool applyClaimDelta(const TableDelta &claims, std::vector<int> *touchedKeys = nullptr);
    TimelineMode mode() const { return m_mode; }
    TimelineGrouping grouping() const { return m_grouping; }
    /// By actor (-1, the no-actor lane, first), precision group, first day, kind and claim.
    const std::vector<Placement> &placements() const { return m_placements; }
    /// Positions in placements() of one claim's placements (none when it has no date).
    std::span<const int> placementsOf(int claim) const
    {
        const int from = m_claimBegin[size_t(claim)];
        return {m_claimPlacements.data() + from, size_t(m_claimBegin[size_t(claim) + 1] - from)};
    }
    /// The kinds the dataset uses, in legend order (ClaimKinds' order, then others by first
    /// use), and each claim's kind as a position in it: a filter change compares numbers.
    const QStringList &kinds() const { return m_kinds; }
    int kindOf(int claim) const { return m_claimKind[size_t(claim)]; }
    /// A lane key's place in name order (an actor's or source's name, case-insensitive, then
    /// dataset order; a kind's legend order); -1 for no key.
    int nameRank(int key) const { return key < 0 ? -1 : m_nameRank[size_t(key)]; }

private:
    void numberKinds();
    void rankNames();
    void placeClaims();
    /// Appends the claim's placements, one per lane it appears in (none without a date).
    void placeClaim(int claim, std::vector<Placement> &into) const;
    void findClaimPlacements();

    const Dataset &m_dataset;
    TimelineMode m_mode;
    TimelineGrouping m_grouping;
    std::vector<Placement> m_placements;
    /// Up to this many new placements go into m_placements one by one (each a move of the
    /// rest); more merge in through m_sparePlacements.
    static constexpr size_t FewPlacements = 64;
    std::vector<Placement> m_sparePlacements; ///< reused by applyClaimDelta, as m_spareMarkers
    std::vector<int> m_claimBegin;            ///< claims + 1 entries into m_claimPlacements
    std::vector<int> m_claimPlacements;
    QStringList m_kinds;
    std::vector<int> m_claimKind;
    std::vector<int> m_nameRank;
};

/// The pure part of the timeline: which lanes, in which order, and where each marker goes.
/// Built once per filter change; drawing and hit-testing read it.
class TimelineLayout
{
public:
    static constexpr int PrecisionGroups = 3; ///< year, month, day: drawn in this order

    static TimelineLayout build(const Dataset &dataset, const QList<int> &claims, TimelineMode mode,
                                TimelineGrouping grouping = TimelineGrouping::Actor,
                                TimelineLaneOrder order = TimelineLaneOrder::MostClaims);
    /// The same from a prepared index and the claims (dataset indexes) to show; indexes out
    /// of range are ignored, repeated ones count once.
    static TimelineLayout build(const TimelineIndex &index, std::span<const int> claims,
                                TimelineLaneOrder order = TimelineLaneOrder::MostClaims);

    /// The layout after a change to the claims alone, from the one before it: the lanes of
    /// `touched` (the keys of the edited claims' placements, before and after the change) are
    /// stacked again from the index, which already follows the change; the others keep their
    /// rows, their claims renumbered by `claims`. The same as build() with the same order,
    /// for the claims flagged in `shown` (one flag per claim, after the change).
    static TimelineLayout update(TimelineLayout previous, const TimelineIndex &index,
                                 const std::vector<char> &shown, const TableDelta &claims,
                                 const std::vector<int> &touched);

    /// The date the claim is placed at in the mode; invalid when it has none.
    static PartialDate dateOf(const Dataset &dataset, int claim, TimelineMode mode);

    TimelineGrouping grouping = TimelineGrouping::Actor;
    TimelineLaneOrder laneOrder = TimelineLaneOrder::MostClaims;
    QList<TimelineLane> lanes;           ///< in laneOrder
    std::vector<TimelineMarker> markers; ///< by lane, then precision group, then start
    QStringList kinds;                   ///< the dataset's kinds, in legend order
    double minKey = 0;                   ///< range of every marker's span; equal when empty
    double maxKey = 0;

    bool isEmpty() const { return markers.empty(); }
    /// Markers [begin, end) of one lane's precision group (0 year, 1 month, 2 day).
    std::pair<int, int> group(int lane, int precisionGroup) const;
    /// The widest marker of a group, to bound range searches.
    double groupMaxWidth(int lane, int precisionGroup) const;
    /// Distinct claims plotted, ascending.
    QList<int> plottedClaims() const;
    /// Indexes into markers of every marker of a claim.
    QList<int> markersOfClaim(int claim) const;
    int laneOfActor(int actor) const;

private:
    std::vector<int> m_groupBegin; ///< lanes * PrecisionGroups + 1 entries
    std::vector<double> m_groupMaxWidth;
    std::vector<qint64> m_laneFirstDay; ///< per lane, its earliest shown placement's first day
    /// Per lane, the range of its markers' spans: a lane kept by update() brings it along.
    std::vector<std::pair<double, double>> m_laneKeys;
    /// The markers' buffer of the layout before this one, which the next update() fills: a
    /// fresh one of 100,000 markers costs more in page faults than copying the markers into it.
    std::vector<TimelineMarker> m_spareMarkers;
};
