#include "models/viewmodels/TimelineLayout.h"

#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/viewmodels/DateKey.h"
#include "models/viewmodels/PositionBits.h"

#include <QHash>
#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <queue>
#include <tuple>

namespace {

int precisionGroup(PartialDate::Precision p)
{
    return p == PartialDate::Precision::Year ? 0 : p == PartialDate::Precision::Month ? 1 : 2;
}

constexpr PartialDate::Precision GroupPrecision[] = {
    PartialDate::Precision::Year, PartialDate::Precision::Month, PartialDate::Precision::Day};

/// The given claims' placements, in the index's order (so by actor, then as drawn); claims out of
/// range are ignored, repeated ones count once.
std::vector<const TimelineIndex::Placement *> shownPlacements(const TimelineIndex &index,
                                                              std::span<const int> claims)
{
    const qsizetype claimCount = index.dataset().claims.size();
    PositionBits marked(index.placements().size());
    size_t count = 0;
    for (const int c : claims) {
        if (c < 0 || c >= claimCount)
            continue;
        for (const int p : index.placementsOf(c))
            count += marked.set(size_t(p)) ? 1 : 0;
    }
    std::vector<const TimelineIndex::Placement *> shown;
    shown.reserve(count);
    const TimelineIndex::Placement *all = index.placements().data();
    marked.forEachAscending([&](size_t p) { shown.push_back(all + p); });
    return shown;
}

/// Markers [begin, end) by start, then the longer first, then by claim: the order stack() takes
/// them in. The runs already in that order are merged, which gives it whatever the runs. A lane
/// comes in the index's order, where each precision group is by start already and only markers
/// sharing a period are by kind rather than by claim: with those put right first, a lane is
/// three runs, merged in linear time instead of sorted. Many runs are sorted.
std::vector<size_t> stackingOrder(const std::vector<TimelineMarker> &markers, size_t begin,
                                  size_t end)
{
    const auto before = [&markers](size_t a, size_t b) {
        const TimelineMarker &x = markers[a];
        const TimelineMarker &y = markers[b];
        return std::tie(x.spanStart, y.spanEnd, x.claim) <
               std::tie(y.spanStart, x.spanEnd, y.claim);
    };
    std::vector<size_t> order(end - begin);
    std::iota(order.begin(), order.end(), begin);
    const auto samePeriod = [&markers](size_t a, size_t b) {
        return markers[a].spanStart == markers[b].spanStart &&
               markers[a].spanEnd == markers[b].spanEnd;
    };
    for (auto i = order.begin(); i != order.end();) {
        auto j = std::next(i);
        while (j != order.end() && samePeriod(*i, *j))
            ++j;
        if (std::distance(i, j) > 1)
            std::sort(i, j, before);
        i = j;
    }
    std::vector<size_t> runs{0};
    for (size_t i = 1; i < order.size(); ++i)
        if (before(order[i], order[i - 1]))
            runs.push_back(i);
    constexpr size_t FewRuns = 4; // a lane's three precision groups, with room to spare
    if (runs.size() > FewRuns) {
        std::sort(order.begin(), order.end(), before);
        return order;
    }
    runs.push_back(order.size());
    for (size_t r = 1; r + 1 < runs.size(); ++r)
        std::inplace_merge(order.begin(), order.begin() + std::ptrdiff_t(runs[r]),
                           order.begin() + std::ptrdiff_t(runs[r + 1]), before);
    return order;
}

/// Gives each of markers [begin, end) (one lane's) the first row where its period overlaps no
/// other's, taking them by start and then the longer first; the rows it took. First fit
/// through a heap of rows by when they come free, so a lane of n claims costs n log n.
int stack(std::vector<TimelineMarker> &markers, size_t begin, size_t end)
{
    const std::vector<size_t> order = stackingOrder(markers, begin, end);
    using Busy = std::pair<double, int>; // when the row comes free, the row
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    int rows = 0;
    for (const size_t i : order) {
        TimelineMarker &m = markers[i];
        while (!busy.empty() && busy.top().first <= m.spanStart) {
            free.push(busy.top().second);
            busy.pop();
        }
        if (free.empty()) {
            m.row = rows++;
        } else {
            m.row = free.top();
            free.pop();
        }
        busy.push({m.spanEnd, m.row});
    }
    return std::max(rows, 1);
}

/// One lane's run of shown placements.
struct LaneRun
{
    TimelineLane lane;
    qint64 firstDay; ///< the earliest shown
    int begin;       ///< into the shown placements
};

/// Whether lane a comes before lane b. Ties go to the busier, then the earlier, then by
/// name, so the order is always total.
bool laneBefore(const TimelineIndex &index, TimelineLaneOrder order, const TimelineLane &a,
                qint64 aFirstDay, const TimelineLane &b, qint64 bFirstDay)
{
    // By name, the lane of claims with no actor (or source) comes last.
    const auto rank = [&index](int key) {
        return key < 0 ? std::numeric_limits<int>::max() : index.nameRank(key);
    };
    if (order == TimelineLaneOrder::Name && a.actor != b.actor)
        return rank(a.actor) < rank(b.actor);
    if (order == TimelineLaneOrder::FirstAppearance && aFirstDay != bFirstDay)
        return aFirstDay < bFirstDay;
    if (a.count != b.count)
        return a.count > b.count;
    if (aFirstDay != bFirstDay)
        return aFirstDay < bFirstDay;
    return index.nameRank(a.actor) < index.nameRank(b.actor);
}

/// A lane per actor with shown placements (runs of `shown`, which is by actor), in `order`;
/// ties go to the busier, then the earlier, then by name, so the order is always total.
std::vector<LaneRun> orderedLanes(const TimelineIndex &index,
                                  const std::vector<const TimelineIndex::Placement *> &shown,
                                  TimelineLaneOrder order)
{
    std::vector<LaneRun> runs;
    for (size_t i = 0; i < shown.size();) {
        const int actor = shown[i]->actor;
        LaneRun run{{actor, 0}, shown[i]->firstDay, int(i)};
        for (; i < shown.size() && shown[i]->actor == actor; ++i) {
            run.firstDay = std::min(run.firstDay, shown[i]->firstDay);
            ++run.lane.count;
        }
        runs.push_back(run);
    }
    std::sort(runs.begin(), runs.end(), [&](const LaneRun &a, const LaneRun &b) {
        return laneBefore(index, order, a.lane, a.firstDay, b.lane, b.firstDay);
    });
    return runs;
}

TimelineMarker markerOf(const TimelineIndex::Placement &p, int lane)
{
    const bool point = p.group == 2;
    const double middle = (p.spanStart + p.spanEnd) / 2;
    return {.claim = p.claim,
            .lane = lane,
            .row = 0,
            .kind = p.kind,
            .start = point ? middle : p.spanStart,
            .end = point ? middle : p.spanEnd,
            .spanStart = p.spanStart,
            .spanEnd = p.spanEnd,
            .precision = GroupPrecision[p.group],
            .conflict = p.conflict,
            .singleSource = p.singleSource,
            .reported = p.reported};
}

} // namespace

TimelineIndex::TimelineIndex(const Dataset &d, TimelineMode mode, TimelineGrouping grouping)
    : m_dataset(d), m_mode(mode), m_grouping(grouping)
{
    numberKinds();
    rankNames();
    placeClaims();
}

void TimelineIndex::numberKinds()
{
    // Kinds by first use, then put in legend order (stable: unknown kinds keep first use).
    QHash<QString, int> kindIds;
    QStringList firstUse;
    m_claimKind.reserve(size_t(m_dataset.claims.size()));
    for (const Claim &claim : m_dataset.claims) {
        const auto it = kindIds.constFind(claim.kind);
        if (it != kindIds.constEnd()) {
            m_claimKind.push_back(*it);
            continue;
        }
        kindIds.insert(claim.kind, int(firstUse.size()));
        m_claimKind.push_back(int(firstUse.size()));
        firstUse.append(claim.kind);
    }
    std::vector<int> byLegend(size_t(firstUse.size()));
    std::iota(byLegend.begin(), byLegend.end(), 0);
    std::stable_sort(byLegend.begin(), byLegend.end(), [&](int a, int b) {
        return ClaimKinds::order(firstUse[a]) < ClaimKinds::order(firstUse[b]);
    });
    std::vector<int> legendPosition(byLegend.size());
    for (size_t i = 0; i < byLegend.size(); ++i) {
        legendPosition[size_t(byLegend[i])] = int(i);
        m_kinds.append(firstUse[byLegend[i]]);
    }
    for (int &k : m_claimKind)
        k = legendPosition[size_t(k)];
}

void TimelineIndex::rankNames()
{
    QStringList names;
    switch (m_grouping) {
    case TimelineGrouping::Actor:
        for (const Actor &a : m_dataset.actors)
            names << a.name;
        break;
    case TimelineGrouping::Source:
        for (const Source &s : m_dataset.sources)
            names << s.label;
        break;
    case TimelineGrouping::Kind: // legend order
        m_nameRank.resize(size_t(m_kinds.size()));
        std::iota(m_nameRank.begin(), m_nameRank.end(), 0);
        return;
    case TimelineGrouping::None:
        m_nameRank = {0};
        return;
    }
    std::vector<int> byName(size_t(names.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(), [&](int a, int b) {
        return names[a].compare(names[b], Qt::CaseInsensitive) < 0;
    });
    m_nameRank.resize(byName.size());
    for (size_t i = 0; i < byName.size(); ++i)
        m_nameRank[size_t(byName[i])] = int(i);
}

void TimelineIndex::placeClaim(int c, std::vector<Placement> &into) const
{
    const Dataset &d = m_dataset;
    const PartialDate date = TimelineLayout::dateOf(d, c, m_mode);
    if (!date.isValid())
        return;
    const Placement base{c,
                         -1,
                         precisionGroup(date.precision()),
                         date.firstDay(),
                         DateKey::ofDay(date.firstDay()),
                         DateKey::ofDay(date.lastDay() + 1),
                         m_claimKind[size_t(c)],
                         !d.conflictsOfClaim(c).isEmpty(),
                         d.isSingleSource(c),
                         d.claims[c].datedByReport};
    // The lanes the claim appears in: each of its actors (or sources), its kind, or the
    // one lane.
    QList<int> keys;
    switch (m_grouping) {
    case TimelineGrouping::Actor:
        keys = d.actorsOfClaim(c);
        break;
    case TimelineGrouping::Source:
        keys = d.sourcesOfClaim(c);
        break;
    case TimelineGrouping::Kind:
        keys = {m_claimKind[size_t(c)]};
        break;
    case TimelineGrouping::None:
        keys = {0};
        break;
    }
    if (keys.isEmpty())
        into.push_back(base);
    for (int key : std::as_const(keys)) {
        Placement p = base;
        p.actor = key;
        into.push_back(p);
    }
}

bool TimelineIndex::Placement::operator<(const Placement &o) const
{
    return std::tie(actor, group, firstDay, kind, claim) <
           std::tie(o.actor, o.group, o.firstDay, o.kind, o.claim);
}

void TimelineIndex::placeClaims()
{
    m_placements.reserve(size_t(m_dataset.claims.size()) * 3);
    for (int c = 0; c < m_dataset.claims.size(); ++c)
        placeClaim(c, m_placements);
    std::sort(m_placements.begin(), m_placements.end());
    findClaimPlacements();
}

bool TimelineIndex::applyClaimDelta(const TableDelta &claims, std::vector<int> *touchedKeys)
{
    const Dataset &d = m_dataset;
    // A kind the legend does not have yet reorders the legend: that takes a new index.
    for (const QList<int> *list : {&claims.added, &claims.changed})
        for (const int c : *list)
            if (!m_kinds.contains(d.claims[c].kind))
                return false;
    const auto touch = [this, touchedKeys](int claim) {
        for (const int p : placementsOf(claim))
            touchedKeys->push_back(m_placements[size_t(p)].actor);
    };
    if (touchedKeys) {
        // The lanes the edited claims were in, before the placements follow the change.
        for (const int c : claims.removed)
            touch(c);
        for (const int c : claims.changed)
            touch(claims.oldIndexOf(c));
    }
    const int oldCount = int(m_claimKind.size());
    claims.applyTo(m_claimKind,
                   [this, &d](int c) { return int(m_kinds.indexOf(d.claims[c].kind)); });
    // The placements of the claims that stayed keep their order (a claim's number only moves
    // with those before it), and the edited claims' new ones merge into it.
    std::vector<char> replaced(size_t(d.claims.size()), 0);
    for (const int c : claims.changed)
        replaced[size_t(c)] = 1;
    // Kept in place, renumbered from the first claim that moved; the edited claims' new
    // placements are few after most edits and go in one by one, or merge in through the spare
    // buffer after a large one (a merge). When no claim that stays is renumbered (a claim
    // added or removed at the end), the placements before the first that goes stay as they are.
    const int firstMoved = claims.firstMovedRow();
    size_t from = 0;
    if (!claims.renumbersKept(oldCount)) {
        from = m_placements.size();
        const auto lowest = [this, &from](int oldClaim) {
            for (const int p : placementsOf(oldClaim))
                from = std::min(from, size_t(p));
        };
        for (const int c : claims.removed)
            lowest(c);
        for (const int c : claims.changed)
            lowest(claims.oldIndexOf(c));
    }
    size_t kept = from;
    for (size_t i = from; i < m_placements.size(); ++i) {
        Placement p = m_placements[i];
        p.claim = p.claim >= firstMoved ? claims.newIndexOf(p.claim) : p.claim;
        if (p.claim >= 0 && !replaced[size_t(p.claim)])
            m_placements[kept++] = p;
    }
    m_placements.resize(kept);
    std::vector<Placement> fresh;
    for (const QList<int> *list : {&claims.added, &claims.changed})
        for (const int c : *list)
            placeClaim(c, fresh);
    std::sort(fresh.begin(), fresh.end());
    if (fresh.size() <= FewPlacements) {
        for (const Placement &p : fresh)
            m_placements.insert(std::upper_bound(m_placements.begin(), m_placements.end(), p), p);
    } else {
        m_sparePlacements.clear();
        m_sparePlacements.reserve(m_placements.size() + fresh.size());
        std::merge(m_placements.begin(), m_placements.end(), fresh.begin(), fresh.end(),
                   std::back_inserter(m_sparePlacements));
        std::swap(m_placements, m_sparePlacements);
    }
    findClaimPlacements();
    if (touchedKeys)
        for (const QList<int> *list : {&claims.added, &claims.changed})
            for (const int c : *list)
                touch(c);
    return true;
}

void TimelineIndex::findClaimPlacements()
{
    const Dataset &d = m_dataset;
    // Each claim's placement positions as one run of a shared array: counted, then filled.
    m_claimBegin.assign(size_t(d.claims.size()) + 1, 0);
    for (const Placement &p : m_placements)
        ++m_claimBegin[size_t(p.claim) + 1];
    std::partial_sum(m_claimBegin.begin(), m_claimBegin.end(), m_claimBegin.begin());
    m_claimPlacements.resize(m_placements.size());
    // Each claim's begin moves on as its run fills, ending at the next claim's begin; moved
    // back by one entry after, without a second array of cursors.
    for (size_t i = 0; i < m_placements.size(); ++i)
        m_claimPlacements[size_t(m_claimBegin[size_t(m_placements[i].claim)]++)] = int(i);
    for (size_t c = m_claimBegin.size() - 1; c-- > 1;)
        m_claimBegin[c] = m_claimBegin[c - 1];
    m_claimBegin[0] = 0;
}

PartialDate TimelineLayout::dateOf(const Dataset &dataset, int claim, TimelineMode mode)
{
    if (mode == TimelineMode::Happened)
        return dataset.claims[claim].date;
    PartialDate earliest;
    for (int s : dataset.sourcesOfClaim(claim)) {
        const PartialDate &p = dataset.sources[s].published;
        if (p.isValid() && (!earliest.isValid() || p < earliest))
            earliest = p;
    }
    return earliest;
}

TimelineLayout TimelineLayout::build(const Dataset &d, const QList<int> &claims, TimelineMode mode,
                                     TimelineGrouping grouping, TimelineLaneOrder order)
{
    return build(TimelineIndex(d, mode, grouping),
                 std::span<const int>(claims.constData(), claims.size()), order);
}

TimelineLayout TimelineLayout::build(const TimelineIndex &index, std::span<const int> claims,
                                     TimelineLaneOrder order)
{
    const auto shown = shownPlacements(index, claims);
    const std::vector<LaneRun> runs = orderedLanes(index, shown, order);

    TimelineLayout layout;
    layout.grouping = index.grouping();
    layout.laneOrder = order;
    layout.kinds = index.kinds();
    layout.lanes.reserve(qsizetype(runs.size()));
    layout.markers.reserve(shown.size());
    // Markers come out in drawing order (by lane, precision group, first day), so each
    // group's first marker and widest slice are known as they are made.
    const int groupCount = int(runs.size()) * PrecisionGroups;
    layout.m_groupBegin.assign(size_t(groupCount) + 1, int(shown.size()));
    layout.m_groupMaxWidth.assign(size_t(groupCount), 0.0);
    layout.minKey = std::numeric_limits<double>::max();
    layout.maxKey = std::numeric_limits<double>::lowest();
    for (const LaneRun &run : runs) {
        const int lane = int(layout.lanes.size());
        layout.lanes.append(run.lane);
        layout.m_laneFirstDay.push_back(run.firstDay);
        const int end = run.begin + run.lane.count;
        const size_t laneBegin = layout.markers.size();
        double low = std::numeric_limits<double>::max();
        double high = std::numeric_limits<double>::lowest();
        for (int i = run.begin; i < end; ++i) {
            const auto &p = *shown[size_t(i)];
            const bool point = p.group == 2;
            const size_t g = size_t(lane * PrecisionGroups + p.group);
            layout.m_groupBegin[g] = std::min(layout.m_groupBegin[g], int(layout.markers.size()));
            layout.m_groupMaxWidth[g] =
                std::max(layout.m_groupMaxWidth[g], point ? 0.0 : p.spanEnd - p.spanStart);
            low = std::min(low, p.spanStart);
            high = std::max(high, p.spanEnd);
            layout.markers.push_back(markerOf(p, lane));
        }
        layout.m_laneKeys.emplace_back(low, high);
        layout.minKey = std::min(layout.minKey, low);
        layout.maxKey = std::max(layout.maxKey, high);
        layout.lanes.last().rows = stack(layout.markers, laneBegin, layout.markers.size());
    }
    // An empty group begins where the next one does.
    for (int g = groupCount - 1; g >= 0; --g)
        layout.m_groupBegin[size_t(g)] =
            std::min(layout.m_groupBegin[size_t(g)], layout.m_groupBegin[size_t(g) + 1]);
    if (layout.markers.empty())
        layout.minKey = layout.maxKey = 0;
    return layout;
}

TimelineLayout TimelineLayout::update(TimelineLayout previous, const TimelineIndex &index,
                                      const std::vector<char> &shown, const TableDelta &claims,
                                      const std::vector<int> &touched)
{
    // A lane kept from the previous layout (its markers there), or one stacked again here.
    struct Lane
    {
        TimelineLane lane;
        qint64 firstDay = std::numeric_limits<qint64>::max();
        int previous = -1;
        std::vector<TimelineMarker> fresh;
    };
    std::vector<int> keys = touched;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<Lane> lanes;
    lanes.reserve(size_t(previous.lanes.size()) + keys.size());
    for (int i = 0; i < previous.lanes.size(); ++i)
        if (!std::binary_search(keys.begin(), keys.end(), previous.lanes[i].actor))
            lanes.push_back({previous.lanes[i], previous.m_laneFirstDay[size_t(i)], i, {}});
    // A key's placements are one run of the index, which is by key first.
    const std::vector<TimelineIndex::Placement> &all = index.placements();
    for (const int key : keys) {
        Lane lane{{key, 0}, std::numeric_limits<qint64>::max(), -1, {}};
        auto it =
            std::partition_point(all.begin(), all.end(), [key](const TimelineIndex::Placement &p) {
                return p.actor < key;
            });
        for (; it != all.end() && it->actor == key; ++it)
            if (size_t(it->claim) < shown.size() && shown[size_t(it->claim)]) {
                lane.firstDay = std::min(lane.firstDay, it->firstDay);
                lane.fresh.push_back(markerOf(*it, 0));
            }
        if (lane.fresh.empty())
            continue;
        lane.lane.count = int(lane.fresh.size());
        lane.lane.rows = stack(lane.fresh, 0, lane.fresh.size());
        lanes.push_back(std::move(lane));
    }
    std::sort(lanes.begin(), lanes.end(), [&](const Lane &a, const Lane &b) {
        return laneBefore(index, previous.laneOrder, a.lane, a.firstDay, b.lane, b.firstDay);
    });

    TimelineLayout layout;
    layout.grouping = index.grouping();
    layout.laneOrder = previous.laneOrder;
    layout.kinds = index.kinds();
    layout.markers = std::move(previous.m_spareMarkers);
    layout.markers.clear();
    size_t total = 0;
    for (const Lane &lane : lanes)
        total += size_t(lane.lane.count);
    layout.lanes.reserve(qsizetype(lanes.size()));
    layout.markers.reserve(total);
    const int groupCount = int(lanes.size()) * PrecisionGroups;
    layout.m_groupBegin.assign(size_t(groupCount) + 1, int(total));
    layout.m_groupMaxWidth.assign(size_t(groupCount), 0.0);
    layout.minKey = std::numeric_limits<double>::max();
    layout.maxKey = std::numeric_limits<double>::lowest();
    const int firstMoved = claims.firstMovedRow();
    const int oldCount = int(shown.size()) + int(claims.removed.size()) - int(claims.added.size());
    const bool renumber = claims.renumbersKept(oldCount);
    for (const Lane &lane : lanes) {
        const int n = int(layout.lanes.size());
        layout.lanes.append(lane.lane);
        layout.m_laneFirstDay.push_back(lane.firstDay);
        const int base = int(layout.markers.size());
        if (lane.previous >= 0) {
            // The kept lane's markers and groups as they were, moved to their new place.
            const int i = lane.previous;
            const int begin = previous.group(i, 0).first;
            const int end = previous.group(i, PrecisionGroups - 1).second;
            for (int g = 0; g < PrecisionGroups; ++g) {
                const size_t from = size_t(i * PrecisionGroups + g);
                const size_t to = size_t(n * PrecisionGroups + g);
                layout.m_groupBegin[to] = base + previous.m_groupBegin[from] - begin;
                layout.m_groupMaxWidth[to] = previous.m_groupMaxWidth[from];
            }
            // Copied whole, then only what moved is written: most lanes keep their place, and
            // a claim added or removed at the end renumbers no other.
            layout.markers.insert(layout.markers.end(), previous.markers.begin() + begin,
                                  previous.markers.begin() + end);
            const auto [low, high] = previous.m_laneKeys[size_t(i)];
            layout.m_laneKeys.emplace_back(low, high);
            layout.minKey = std::min(layout.minKey, low);
            layout.maxKey = std::max(layout.maxKey, high);
            if (n != i || renumber)
                for (auto m = layout.markers.begin() + base; m != layout.markers.end(); ++m) {
                    m->lane = n;
                    if (renumber && m->claim >= firstMoved)
                        m->claim = claims.newIndexOf(m->claim);
                }
            continue;
        }
        double low = std::numeric_limits<double>::max();
        double high = std::numeric_limits<double>::lowest();
        for (TimelineMarker marker : lane.fresh) {
            low = std::min(low, marker.spanStart);
            high = std::max(high, marker.spanEnd);
            const bool point = marker.isPoint();
            const size_t g = size_t(n * PrecisionGroups + precisionGroup(marker.precision));
            layout.m_groupBegin[g] = std::min(layout.m_groupBegin[g], int(layout.markers.size()));
            layout.m_groupMaxWidth[g] = std::max(layout.m_groupMaxWidth[g],
                                                 point ? 0.0 : marker.spanEnd - marker.spanStart);
            marker.lane = n;
            layout.markers.push_back(marker);
        }
        layout.m_laneKeys.emplace_back(low, high);
        layout.minKey = std::min(layout.minKey, low);
        layout.maxKey = std::max(layout.maxKey, high);
        // A group with no marker begins where the lane's next one does.
        const int laneEnd = int(layout.markers.size());
        for (int g = PrecisionGroups - 1; g >= 0; --g) {
            int &begin = layout.m_groupBegin[size_t(n * PrecisionGroups + g)];
            const int next = g + 1 < PrecisionGroups
                                 ? layout.m_groupBegin[size_t(n * PrecisionGroups + g + 1)]
                                 : laneEnd;
            begin = std::min(begin, next);
        }
    }
    if (layout.markers.empty())
        layout.minKey = layout.maxKey = 0;
    layout.m_spareMarkers = std::move(previous.markers);
    return layout;
}

std::pair<int, int> TimelineLayout::group(int lane, int precisionGroup) const
{
    const size_t g = size_t(lane * PrecisionGroups + precisionGroup);
    if (g + 1 >= m_groupBegin.size())
        return {0, 0};
    return {m_groupBegin[g], m_groupBegin[g + 1]};
}

double TimelineLayout::groupMaxWidth(int lane, int precisionGroup) const
{
    const size_t g = size_t(lane * PrecisionGroups + precisionGroup);
    return g < m_groupMaxWidth.size() ? m_groupMaxWidth[g] : 0.0;
}

QList<int> TimelineLayout::plottedClaims() const
{
    QList<int> out;
    for (const TimelineMarker &m : markers)
        out.append(m.claim);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<int> TimelineLayout::markersOfClaim(int claim) const
{
    QList<int> out;
    for (size_t i = 0; i < markers.size(); ++i)
        if (markers[i].claim == claim)
            out.append(int(i));
    return out;
}

int TimelineLayout::laneOfActor(int actor) const
{
    if (grouping != TimelineGrouping::Actor)
        return -1;
    for (int i = 0; i < lanes.size(); ++i)
        if (lanes[i].actor == actor)
            return i;
    return -1;
}
