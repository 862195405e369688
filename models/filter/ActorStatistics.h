#pragma once

#include "models/filter/ClaimSpan.h"

#include <QString>
#include <span>
#include <vector>

class Dataset;

/// What a set of claims says of each actor: how many of them involve it (as an actor or as the
/// claimant, Dataset::actorsOfClaim) and their first and last dates (ClaimSpan). The actor list
/// and the report's cast both show these figures, from here.
class ActorStatistics
{
public:
    struct Actor
    {
        int claims = 0;
        ClaimSpan span;
    };

    ActorStatistics() = default;
    /// `claims` are dataset indexes, in any order: the figures do not depend on it.
    ActorStatistics(const Dataset &dataset, std::span<const int> claims);

    const Actor &of(int actor) const { return m_actors[size_t(actor)]; }
    int claimCount(int actor) const { return of(actor).claims; }
    /// The first and last dates as the dataset writes them ("2024", "2024-03", "2024-03-05");
    /// empty for an actor without claims.
    QString firstDate(int actor) const;
    QString lastDate(int actor) const;

private:
    const Dataset *m_dataset = nullptr;
    std::vector<Actor> m_actors;
};
