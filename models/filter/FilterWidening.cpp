#include "models/filter/FilterWidening.h"

#include "models/data/Dataset.h"
#include "models/filter/ClaimMatcher.h"
#include "models/markup/Markup.h"

namespace FilterWidening {

ClaimFilter toShow(const ClaimFilter &filter, const Dataset &dataset, int claim,
                   const Markup *markup)
{
    if (claim < 0 || claim >= dataset.claims.size())
        return filter;
    // Each part alone: the claim fails exactly the parts that hide it on their own.
    const auto fails = [&](const auto &narrowOnly, const Markup *with = nullptr) {
        ClaimFilter part;
        narrowOnly(part);
        return !ClaimMatcher(dataset, part, nullptr, nullptr, with).matches(claim);
    };
    const Claim &c = dataset.claims[claim];
    ClaimFilter out = filter;
    if (fails([&](ClaimFilter &p) { p.actors = filter.actors; })) {
        // Its claimant when it has one (whose claim it is), else its first actor.
        const QList<int> &actors = dataset.actorsOfClaim(claim);
        const int claimant = dataset.actorIndex(c.claimant);
        const int actor = claimant >= 0 ? claimant : actors.value(0, -1);
        if (actor >= 0)
            out.actors.append(dataset.actors[actor].id);
        else
            out.actors.clear();
    }
    const int year = c.date.year();
    if (filter.fromYear && year < filter.fromYear)
        out.fromYear = year;
    if (filter.toYear && year > filter.toYear)
        out.toYear = year;
    if (fails([&](ClaimFilter &p) { p.sources = filter.sources; })) {
        const QList<int> &sources = dataset.sourcesOfClaim(claim);
        if (sources.isEmpty())
            out.sources.clear();
        else
            out.sources.append(dataset.sources[sources.first()].id);
    }
    if (!filter.kinds.isEmpty() && !filter.kinds.contains(c.kind))
        out.kinds.append(c.kind);
    if (fails([&](ClaimFilter &p) { p.text = filter.text; }))
        out.text.clear();
    if (fails([&](ClaimFilter &p) { p.inConflict = filter.inConflict; }))
        out.inConflict = ClaimFilter::Side::Any;
    if (fails([&](ClaimFilter &p) { p.singleSource = filter.singleSource; }))
        out.singleSource = ClaimFilter::Side::Any;
    // A part the user's markup decides cannot be stretched to one claim: it goes.
    if (filter.keyOnly && !(markup && markup->of(c.id).key))
        out.keyOnly = false;
    if (fails([&](ClaimFilter &p) { p.tags = filter.tags; }, markup))
        out.tags.clear();
    if (fails([&](ClaimFilter &p) {
            p.claimants = filter.claimants;
            p.reportedAsFact = filter.reportedAsFact;
        })) {
        if (c.claimant.isEmpty())
            out.reportedAsFact = true;
        else
            out.claimants.append(c.claimant);
    }
    return out;
}

} // namespace FilterWidening
