#include "models/viewmodels/DisputeSummary.h"

#include "models/data/Dataset.h"
#include "models/filter/ClaimDateOrder.h"
#include "models/filter/ClaimSpan.h"

#include <algorithm>
#include <vector>

QList<int> DisputeSummary::chronologicalOrder(const Dataset &dataset, QList<int> claims)
{
    std::sort(claims.begin(), claims.end(),
              [&](int a, int b) { return ClaimDateOrder::before(dataset, a, b); });
    return claims;
}

DisputeSummary DisputeSummary::of(const Dataset &d, const QList<int> &claims)
{
    return ofOrdered(d, chronologicalOrder(d, claims));
}

DisputeSummary DisputeSummary::ofOrdered(const Dataset &d, QList<int> claimsInDateOrder)
{
    DisputeSummary s;
    s.claims = std::move(claimsInDateOrder);
    if (s.claims.isEmpty())
        return s;
    std::vector<char> inside(size_t(d.claims.size()), 0);
    for (const int c : std::as_const(s.claims))
        inside[size_t(c)] = 1;
    // The passes over the claims' references go in dataset order, which is the order of their
    // lists in memory: in date order, at 100,000 claims, each claim's lists are a cache miss.
    // Only the single-source list keeps the date order.
    ClaimSpan span;
    std::vector<char> cited(size_t(d.sources.size()), 0);
    std::vector<int> counts(size_t(d.actors.size()), 0);
    std::vector<char> single(inside.size(), 0);
    for (int c = 0; c < int(inside.size()); ++c) {
        if (!inside[size_t(c)])
            continue;
        span.add(d, c);
        const QList<int> &sources = d.sourcesOfClaim(c);
        for (const int source : sources)
            cited[size_t(source)] = 1;
        single[size_t(c)] = sources.size() == 1;
        for (const int a : d.actorsOfClaim(c))
            ++counts[size_t(a)];
    }
    for (const int c : std::as_const(s.claims))
        if (single[size_t(c)])
            s.singleSource << c;
    s.firstClaim = span.firstClaim();
    s.lastClaim = span.lastClaim();
    for (int source = 0; source < d.sources.size(); ++source)
        if (cited[size_t(source)])
            s.sources << source;

    // Counts alone: the actors' spans (ActorStatistics) would double the cost of this pass,
    // which runs on every filter change and every edit.
    for (int a = 0; a < d.actors.size(); ++a)
        if (const int count = counts[size_t(a)]; count > 0)
            s.parties << Party{a, count};
    std::stable_sort(s.parties.begin(), s.parties.end(), [&](const Party &a, const Party &b) {
        if (a.claims != b.claims)
            return a.claims > b.claims;
        return d.actors[a.actor].name.localeAwareCompare(d.actors[b.actor].name) < 0;
    });

    s.conflicts = conflictParts(d, inside);
    return s;
}

QList<DisputeSummary::ConflictPart> DisputeSummary::conflictParts(const Dataset &d,
                                                                  const std::vector<char> &inside)
{
    // From each claim to its conflicts (the dataset's index) rather than from each conflict's
    // claim ids: at 100,000 claims, looking the ids up by hash was most of this pass's cost.
    std::vector<ConflictPart> all(size_t(d.conflicts.size()));
    for (int c = 0; c < d.claims.size(); ++c)
        for (const int k : d.conflictsOfClaim(c)) {
            ConflictPart &part = all[size_t(k)];
            (size_t(c) < inside.size() && inside[size_t(c)] ? part.shown : part.outside) << c;
        }
    QList<ConflictPart> parts;
    for (int k = 0; k < d.conflicts.size(); ++k) {
        ConflictPart &part = all[size_t(k)];
        if (part.shown.isEmpty())
            continue;
        part.conflict = k;
        part.shown = chronologicalOrder(d, part.shown);
        if (part.outside.size() > 1) {
            const QStringList &ids = d.conflicts[k].claims;
            std::stable_sort(part.outside.begin(), part.outside.end(), [&](int a, int b) {
                return ids.indexOf(d.claims[a].id) < ids.indexOf(d.claims[b].id);
            });
        }
        parts << std::move(part);
    }
    return parts;
}
