#include "models/viewmodels/DisputeSummary.h"

#include "models/data/Dataset.h"
#include "models/filter/ActorStatistics.h"
#include "models/filter/ClaimSpan.h"

#include <algorithm>
#include <vector>

QList<int> DisputeSummary::chronologicalOrder(const Dataset &dataset, QList<int> claims)
{
    std::stable_sort(claims.begin(), claims.end(), [&](int a, int b) {
        const auto order = dataset.claims[a].date <=> dataset.claims[b].date;
        return order != 0 ? order < 0 : a < b;
    });
    return claims;
}

DisputeSummary DisputeSummary::of(const Dataset &d, const QList<int> &claims)
{
    DisputeSummary s;
    s.claims = chronologicalOrder(d, claims);
    if (s.claims.isEmpty())
        return s;
    ClaimSpan span;
    std::vector<char> inside(size_t(d.claims.size()), 0);
    std::vector<char> cited(size_t(d.sources.size()), 0);
    for (const int c : std::as_const(s.claims)) {
        span.add(d, c);
        inside[size_t(c)] = 1;
        for (const int source : d.sourcesOfClaim(c))
            cited[size_t(source)] = 1;
        if (d.isSingleSource(c))
            s.singleSource << c;
    }
    s.firstClaim = span.firstClaim();
    s.lastClaim = span.lastClaim();
    for (int source = 0; source < d.sources.size(); ++source)
        if (cited[size_t(source)])
            s.sources << source;

    const ActorStatistics statistics(d, s.claims);
    for (int a = 0; a < d.actors.size(); ++a)
        if (const int count = statistics.claimCount(a); count > 0)
            s.parties << Party{a, count};
    std::stable_sort(s.parties.begin(), s.parties.end(), [&](const Party &a, const Party &b) {
        if (a.claims != b.claims)
            return a.claims > b.claims;
        return d.actors[a.actor].name.localeAwareCompare(d.actors[b.actor].name) < 0;
    });

    for (int k = 0; k < d.conflicts.size(); ++k) {
        ConflictPart part;
        part.conflict = k;
        for (const QString &id : d.conflicts[k].claims) {
            const int c = d.claimIndex(id);
            if (c >= 0 && inside[size_t(c)])
                part.shown << c;
            else if (c >= 0)
                part.outside << c;
        }
        if (part.shown.isEmpty())
            continue;
        part.shown = chronologicalOrder(d, part.shown);
        s.conflicts << part;
    }
    return s;
}
