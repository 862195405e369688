#include "TimelineLayout.h"

#include "ClaimKinds.h"
#include "Dataset.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <tuple>

namespace {

constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr double SecondsPerDay = 86400.0;

int precisionGroup(PartialDate::Precision p)
{
    return p == PartialDate::Precision::Year ? 0 : p == PartialDate::Precision::Month ? 1 : 2;
}

struct Placed
{
    int claim;
    int actor;
    PartialDate date;
};

/// Lanes ordered by count, then earliest claim, then name; returns actor → lane.
QHash<int, int> orderLanes(const Dataset &d, const std::vector<Placed> &placed,
                           QList<TimelineLane> *lanes)
{
    QHash<int, TimelineLane> byActor;
    QHash<int, qint64> firstDay;
    for (const Placed &p : placed) {
        TimelineLane &lane = byActor[p.actor];
        lane.actor = p.actor;
        ++lane.count;
        const qint64 day = p.date.firstDay();
        firstDay[p.actor] = lane.count == 1 ? day : std::min(firstDay[p.actor], day);
    }
    *lanes = byActor.values();
    std::sort(lanes->begin(), lanes->end(), [&](const TimelineLane &a, const TimelineLane &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (firstDay[a.actor] != firstDay[b.actor])
            return firstDay[a.actor] < firstDay[b.actor];
        const QString na = a.actor >= 0 ? d.actors[a.actor].name : QString();
        const QString nb = b.actor >= 0 ? d.actors[b.actor].name : QString();
        return na.compare(nb, Qt::CaseInsensitive) < 0;
    });
    QHash<int, int> laneOf;
    for (int i = 0; i < lanes->size(); ++i)
        laneOf.insert((*lanes)[i].actor, i);
    return laneOf;
}

} // namespace

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
    TimelineLayout layout;
    QStringList used;
    std::vector<Placed> placed;
    for (int c : claims) {
        const PartialDate date = dateOf(d, c, mode);
        if (!date.isValid())
            continue;
        if (!used.contains(d.claims[c].kind))
            used.append(d.claims[c].kind);
        const QList<int> &actors = d.actorsOfClaim(c);
        if (actors.isEmpty())
            placed.push_back({c, -1, date});
        for (int a : actors)
            placed.push_back({c, a, date});
    }
    layout.kinds = ClaimKinds::ofDataset(used);
    const QHash<int, int> laneOf = orderLanes(d, placed, &layout.lanes);

    // Group by lane, precision and period; each group is cut into one slice per claim.
    using Key = std::tuple<int, int, qint64>;
    std::map<Key, std::vector<const Placed *>> groups;
    for (const Placed &p : placed)
        groups[{laneOf.value(p.actor), precisionGroup(p.date.precision()), p.date.firstDay()}]
            .push_back(&p);

    for (auto &[key, members] : groups) {
        std::sort(members.begin(), members.end(), [&](const Placed *a, const Placed *b) {
            const int ka = ClaimKinds::order(d.claims[a->claim].kind);
            const int kb = ClaimKinds::order(d.claims[b->claim].kind);
            return std::tie(ka, a->claim) < std::tie(kb, b->claim);
        });
        const PartialDate &date = members.front()->date;
        const double spanStart = keyOfDay(date.firstDay());
        const double spanEnd = keyOfDay(date.lastDay() + 1);
        const bool point = date.precision() == PartialDate::Precision::Day;
        const double width = (spanEnd - spanStart) / double(members.size());
        for (size_t i = 0; i < members.size(); ++i) {
            const int c = members[i]->claim;
            TimelineMarker m;
            m.claim = c;
            m.lane = std::get<0>(key);
            m.kind = int(layout.kinds.indexOf(d.claims[c].kind));
            m.spanStart = spanStart;
            m.spanEnd = spanEnd;
            m.start = point ? (spanStart + spanEnd) / 2 : spanStart + width * double(i);
            m.end = point ? m.start : m.start + width;
            m.precision = date.precision();
            m.conflict = !d.conflictsOfClaim(c).isEmpty();
            m.singleSource = d.isSingleSource(c);
            layout.markers.push_back(m);
        }
    }
    // std::map iterates by (lane, group, first day): markers are already in drawing order.
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
