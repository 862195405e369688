#include "models/filter/ActorStatistics.h"

#include "models/data/Dataset.h"

ActorStatistics::ActorStatistics(const Dataset &dataset, std::span<const int> claims)
    : m_dataset(&dataset), m_actors(size_t(dataset.actors.size()))
{
    for (const int c : claims)
        for (const int a : dataset.actorsOfClaim(c)) {
            Actor &actor = m_actors[size_t(a)];
            ++actor.claims;
            actor.span.add(dataset, c);
        }
}

QString ActorStatistics::firstDate(int actor) const
{
    const int c = of(actor).span.firstClaim();
    return c < 0 ? QString() : m_dataset->claims[c].date.toIsoString();
}

QString ActorStatistics::lastDate(int actor) const
{
    const int c = of(actor).span.lastClaim();
    return c < 0 ? QString() : m_dataset->claims[c].date.toIsoString();
}
