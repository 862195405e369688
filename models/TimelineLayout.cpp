#include "TimelineLayout.h"

#include "ClaimKinds.h"
#include "Dataset.h"
#include "PositionBits.h"

#include <QHash>
#include <algorithm>
#include <numeric>
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

} // namespace

TimelineIndex::TimelineIndex(const Dataset &d, TimelineMode mode) : m_dataset(d), m_mode(mode)
{
    // Kinds by first use, then put in legend order (stable: unknown kinds keep first use).
    QHash<QString, int> kindIds;
    QStringList firstUse;
    m_claimKind.reserve(size_t(d.claims.size()));
    for (const Claim &claim : d.claims) {
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

    std::vector<int> byName(size_t(d.actors.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(), [&](int a, int b) {
        return d.actors[a].name.compare(d.actors[b].name, Qt::CaseInsensitive) < 0;
    });
    m_nameRank.resize(byName.size());
    for (size_t i = 0; i < byName.size(); ++i)
        m_nameRank[size_t(byName[i])] = int(i);

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
                             m_claimKind[size_t(c)],
                             !d.conflictsOfClaim(c).isEmpty(),
                             d.isSingleSource(c)};
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
        return std::tie(a.actor, a.group, a.firstDay, a.kind, a.claim) <
               std::tie(b.actor, b.group, b.firstDay, b.kind, b.claim);
    });
    m_actorBegin.assign(size_t(d.actors.size()) + 2, int(m_placements.size()));
    for (int i = int(m_placements.size()) - 1; i >= 0; --i)
        m_actorBegin[size_t(m_placements[size_t(i)].actor + 1)] = i;
    for (int a = int(m_actorBegin.size()) - 2; a >= 0; --a)
        m_actorBegin[size_t(a)] = std::min(m_actorBegin[size_t(a)], m_actorBegin[size_t(a) + 1]);

    // Each claim's placement positions as one run of a shared array: counted, then filled.
    m_claimBegin.assign(size_t(d.claims.size()) + 1, 0);
    for (const Placement &p : m_placements)
        ++m_claimBegin[size_t(p.claim) + 1];
    std::partial_sum(m_claimBegin.begin(), m_claimBegin.end(), m_claimBegin.begin());
    m_claimPlacements.resize(m_placements.size());
    std::vector<int> next(m_claimBegin.begin(), m_claimBegin.end() - 1);
    for (size_t i = 0; i < m_placements.size(); ++i)
        m_claimPlacements[size_t(next[size_t(m_placements[i].claim)]++)] = int(i);
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
    return build(TimelineIndex(d, mode), std::span<const int>(claims.constData(), claims.size()));
}

TimelineLayout TimelineLayout::build(const TimelineIndex &index, std::span<const int> claims)
{
    const Dataset &d = index.dataset();
    const auto &all = index.placements();
    // The shown placements, in the index's order.
    PositionBits marked(all.size());
    size_t shownCount = 0;
    for (const int c : claims) {
        if (c < 0 || c >= d.claims.size())
            continue;
        for (const int p : index.placementsOf(c))
            shownCount += marked.set(size_t(p)) ? 1 : 0;
    }
    std::vector<int> shown;
    shown.reserve(shownCount);
    marked.forEachAscending([&](size_t p) { shown.push_back(int(p)); });

    // One lane per actor with shown placements (runs of `shown`, which is by actor): most
    // claims first, then earliest first, then by name.
    struct Run
    {
        TimelineLane lane;
        qint64 firstDay;
        int begin; ///< into shown
    };
    std::vector<Run> runs;
    for (size_t i = 0; i < shown.size();) {
        const int actor = all[size_t(shown[i])].actor;
        Run run{{actor, 0}, all[size_t(shown[i])].firstDay, int(i)};
        for (; i < shown.size() && all[size_t(shown[i])].actor == actor; ++i) {
            run.firstDay = std::min(run.firstDay, all[size_t(shown[i])].firstDay);
            ++run.lane.count;
        }
        runs.push_back(run);
    }
    std::sort(runs.begin(), runs.end(), [&](const Run &a, const Run &b) {
        if (a.lane.count != b.lane.count)
            return a.lane.count > b.lane.count;
        if (a.firstDay != b.firstDay)
            return a.firstDay < b.firstDay;
        return index.nameRank(a.lane.actor) < index.nameRank(b.lane.actor);
    });

    TimelineLayout layout;
    layout.kinds = index.kinds();
    layout.lanes.reserve(qsizetype(runs.size()));
    layout.markers.reserve(shown.size());
    for (const Run &run : runs) {
        const int lane = int(layout.lanes.size());
        layout.lanes.append(run.lane);
        const int end = run.begin + run.lane.count;
        // Runs of one precision group and first day form a period, cut into one slice per claim.
        for (int i = run.begin; i < end;) {
            const auto &head = all[size_t(shown[size_t(i)])];
            int j = i + 1;
            while (j < end && all[size_t(shown[size_t(j)])].group == head.group &&
                   all[size_t(shown[size_t(j)])].firstDay == head.firstDay)
                ++j;
            const double spanStart = keyOfDay(head.firstDay);
            const double spanEnd = keyOfDay(head.lastDay + 1);
            const bool point = head.group == 2;
            const double width = (spanEnd - spanStart) / double(j - i);
            for (int k = i; k < j; ++k) {
                const auto &p = all[size_t(shown[size_t(k)])];
                TimelineMarker m;
                m.claim = p.claim;
                m.lane = lane;
                m.kind = p.kind;
                m.spanStart = spanStart;
                m.spanEnd = spanEnd;
                m.start = point ? (spanStart + spanEnd) / 2 : spanStart + width * double(k - i);
                m.end = point ? m.start : m.start + width;
                m.precision = GroupPrecision[head.group];
                m.conflict = p.conflict;
                m.singleSource = p.singleSource;
                layout.markers.push_back(m);
            }
            i = j;
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
