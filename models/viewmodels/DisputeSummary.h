#pragma once

#include <QList>
#include <vector>

class Dataset;

/// What a set of claims says about the dispute, before any wording: the claims in date order,
/// their span, the parties with their counts, the conflicts they take part in, the sources
/// they cite and those resting on one source. The printed report's overview and points of
/// conflict and the window's overview and conflicts view all read it, so they cannot disagree.
struct DisputeSummary
{
    struct Party
    {
        int actor = -1;
        int claims = 0; ///< among the summary's claims
    };
    struct ConflictPart
    {
        int conflict = -1;  ///< dataset index
        QList<int> shown;   ///< its claims among the summary's, in date order
        QList<int> outside; ///< its other claims, in the conflict's order
    };

    QList<int> claims;   ///< dataset indexes, in date order
    int firstClaim = -1; ///< whose date starts the span (ClaimSpan); -1 when no claim
    int lastClaim = -1;
    QList<Party> parties;          ///< actors with claims, the busiest first, then by name
    QList<ConflictPart> conflicts; ///< those with a claim among the summary's, in dataset order
    QList<int> sources;            ///< source indexes the claims cite, ascending
    QList<int> singleSource;       ///< the claims resting on one source, in date order

    /// The summary of these claims (dataset indexes, any order, no repeats).
    static DisputeSummary of(const Dataset &dataset, const QList<int> &claims);
    /// The same from claims already in date order (ClaimDateOrder), which saves the sort.
    static DisputeSummary ofOrdered(const Dataset &dataset, QList<int> claimsInDateOrder);
    /// The conflicts with a claim among those flagged in `inside` (one flag per claim), in
    /// dataset order: what `conflicts` holds for those claims.
    static QList<ConflictPart> conflictParts(const Dataset &dataset,
                                             const std::vector<char> &inside);
    /// By date (coarser first, as PartialDate sorts), then dataset order.
    static QList<int> chronologicalOrder(const Dataset &dataset, QList<int> claims);
};
