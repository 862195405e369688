#include "TimelineLayout.h"

#include "ClaimKinds.h"
#include "Dataset.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace {

constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr double SecondsPerDay = 86400.0;

int precisionGroup(PartialDate::Precision p)
{
    return p == PartialDate::Precision::Year ? 0 : p == PartialDate::Precision::Month ? 1 : 2;
}

constexpr PartialDate::Precision GroupPrecision[] = {
    PartialDate::Precision::Year, PartialDate::Precision::Month, PartialDate::Precision::Day};

/// Lanes of the actors with visible placements: most claims first, then earliest first,
/// then by name.
QList<TimelineLane> orderLanes(const TimelineIndex &index, const std::vector<bool> &visible)
{
    const Dataset &d = index.dataset();
    QList<TimelineLane> lanes;
    std::vector<qint64> firstDay;
    for (int a = -1; a < int(d.actors.size()); ++a) {
        TimelineLane lane{a, 0};
        qint64 first = 0;
        for (int i = index.begin(a); i < index.begin(a + 1); ++i) {
            const auto &p = index.placements()[size_t(i)];
            if (!visible[size_t(p.claim)])
                continue;
            first = lane.count == 0 ? p.firstDay : std::min(first, p.firstDay);
            ++lane.count;
        }
        if (lane.count > 0) {
            lanes.append(lane);
            firstDay.push_back(first);
        }
    }
    std::vector<int> order(size_t(lanes.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        const TimelineLane &a = lanes[x];
        const TimelineLane &b = lanes[y];
        if (a.count != b.count)
            return a.count > b.count;
        if (firstDay[size_t(x)] != firstDay[size_t(y)])
            return firstDay[size_t(x)] < firstDay[size_t(y)];
        const QString na = a.actor >= 0 ? d.actors[a.actor].name : QString();
        const QString nb = b.actor >= 0 ? d.actors[b.actor].name : QString();
        return na.compare(nb, Qt::CaseInsensitive) < 0;
    });
    QList<TimelineLane> sorted;
    sorted.reserve(lanes.size());
    for (int i : order)
        sorted.append(lanes[i]);
    return sorted;
}

} // namespace

TimelineIndex::TimelineIndex(const Dataset &d, TimelineMode mode) : m_dataset(d), m_mode(mode)
{
    QHash<QString, int> kindIds;
    m_claimKind.reserve(size_t(d.claims.size()));
    for (const Claim &claim : d.claims) {
        const auto it = kindIds.constFind(claim.kind);
        if (it != kindIds.constEnd()) {
            m_claimKind.push_back(*it);
            continue;
        }
        kindIds.insert(claim.kind, int(m_kinds.size()));
        m_claimKind.push_back(int(m_kinds.size()));
        m_kinds.append(claim.kind);
    }
    m_placements.reserve(size_t(d.claims.size()) * 3);
    for (int c = 0; c < d.claims.size(); ++c) {
        const PartialDate date = TimelineLayout::dateOf(d, c, mode);
        if (!date.isValid())
            continue;
        const Placement base{c,
                             -1,
                             precisionGroup(date.precision()),
                             date.firstDay(),
                             date.lastDay(),
                             ClaimKinds::order(d.claims[c].kind)};
        const QList<int> &actors = d.actorsOfClaim(c);
        if (actors.isEmpty())
            m_placements.push_back(base);
        for (int a : actors) {
            Placement p = base;
            p.actor = a;
            m_placements.push_back(p);
        }
    }
    std::sort(m_placements.begin(), m_placements.end(), [](const Placement &a, const Placement &b) {
        return std::tie(a.actor, a.group, a.firstDay, a.kindOrder, a.claim) <
               std::tie(b.actor, b.group, b.firstDay, b.kindOrder, b.claim);
    });
    m_actorBegin.assign(size_t(d.actors.size()) + 2, int(m_placements.size()));
    for (int i = int(m_placements.size()) - 1; i >= 0; --i)
        m_actorBegin[size_t(m_placements[size_t(i)].actor + 1)] = i;
    for (int a = int(m_actorBegin.size()) - 2; a >= 0; --a)
        m_actorBegin[size_t(a)] = std::min(m_actorBegin[size_t(a)], m_actorBegin[size_t(a) + 1]);
}

double TimelineLayout::keyOfDay(qint64 julianDay)
{
    return double(julianDay - UnixEpochJulianDay) * SecondsPerDay;
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

TimelineLayout TimelineLayout::build(const Dataset &d, const QList<int> &claims, TimelineMode mode)
{
    std::vector<bool> visible(size_t(d.claims.size()), false);
    for (int c : claims)
        visible[size_t(c)] = true;
    return build(TimelineIndex(d, mode), visible);
}

TimelineLayout TimelineLayout::build(const TimelineIndex &index, const std::vector<bool> &visible)
{
    const Dataset &d = index.dataset();
    TimelineLayout layout;
    layout.lanes = orderLanes(index, visible);
    // Kinds in order of first use by a visible claim, as the legend lists them.
    std::vector<bool> kindUsed(size_t(index.kinds().size()), false);
    QStringList used;
    for (int c = 0; c < d.claims.size(); ++c) {
        const int k = index.kindOf(c);
        if (visible[size_t(c)] && !kindUsed[size_t(k)]) {
            kindUsed[size_t(k)] = true;
            used.append(index.kinds()[k]);
        }
    }
    layout.kinds = ClaimKinds::ofDataset(used);
    std::vector<int> kindInLayout(size_t(index.kinds().size()), 0);
    for (int k = 0; k < index.kinds().size(); ++k)
        kindInLayout[size_t(k)] = std::max(0, int(layout.kinds.indexOf(index.kinds()[k])));
    size_t visiblePlacements = 0;
    for (const TimelineLane &lane : std::as_const(layout.lanes))
        visiblePlacements += size_t(lane.count);
    layout.markers.reserve(visiblePlacements);

    const auto &all = index.placements();
    std::vector<const TimelineIndex::Placement *> members;
    for (int lane = 0; lane < layout.lanes.size(); ++lane) {
        const int actor = layout.lanes[lane].actor;
        const int end = index.begin(actor + 1);
        // Runs of one precision group and first day form a period, cut into one slice per claim.
        for (int i = index.begin(actor); i < end;) {
            const auto &head = all[size_t(i)];
            members.clear();
            int j = i;
            for (; j < end && all[size_t(j)].group == head.group &&
                   all[size_t(j)].firstDay == head.firstDay;
                 ++j)
                if (visible[size_t(all[size_t(j)].claim)])
                    members.push_back(&all[size_t(j)]);
            i = j;
            if (members.empty())
                continue;
            const double spanStart = keyOfDay(head.firstDay);
            const double spanEnd = keyOfDay(head.lastDay + 1);
            const bool point = head.group == 2;
            const double width = (spanEnd - spanStart) / double(members.size());
            for (size_t k = 0; k < members.size(); ++k) {
                const int c = members[k]->claim;
                TimelineMarker m;
                m.claim = c;
                m.lane = lane;
                m.kind = kindInLayout[size_t(index.kindOf(c))];
                m.spanStart = spanStart;
                m.spanEnd = spanEnd;
                m.start = point ? (spanStart + spanEnd) / 2 : spanStart + width * double(k);
                m.end = point ? m.start : m.start + width;
                m.precision = GroupPrecision[head.group];
                m.conflict = !d.conflictsOfClaim(c).isEmpty();
                m.singleSource = d.isSingleSource(c);
                layout.markers.push_back(m);
            }
        }
    }
    // Markers are in drawing order: by lane, precision group, first day.
    const int groupCount = int(layout.lanes.size()) * PrecisionGroups;
    layout.m_groupBegin.assign(size_t(groupCount) + 1, int(layout.markers.size()));
    layout.m_groupMaxWidth.assign(size_t(groupCount), 0.0);
    for (int i = int(layout.markers.size()) - 1; i >= 0; --i) {
        const TimelineMarker &m = layout.markers[size_t(i)];
        const int g = m.lane * PrecisionGroups + precisionGroup(m.precision);
        layout.m_groupBegin[size_t(g)] = i;
        layout.m_groupMaxWidth[size_t(g)] =
            std::max(layout.m_groupMaxWidth[size_t(g)], m.end - m.start);
    }
    for (int g = groupCount - 1; g >= 0; --g)
        layout.m_groupBegin[size_t(g)] =
            std::min(layout.m_groupBegin[size_t(g)], layout.m_groupBegin[size_t(g) + 1]);
    if (!layout.markers.empty()) {
        layout.minKey = layout.markers.front().spanStart;
        layout.maxKey = layout.markers.front().spanEnd;
        for (const TimelineMarker &m : layout.markers) {
            layout.minKey = std::min(layout.minKey, m.spanStart);
            layout.maxKey = std::max(layout.maxKey, m.spanEnd);
        }
    }
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
    for (int i = 0; i < lanes.size(); ++i)
        if (lanes[i].actor == actor)
            return i;
    return -1;
}
