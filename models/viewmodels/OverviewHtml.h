#pragma once

#include <QString>

class Dataset;
struct ClaimFilter;
struct DisputeSummary;

/// The window's overview as HTML for a text browser: the dataset's title and description, the
/// span, the counts, the parties, the points of conflict and the claims resting on one source,
/// each a link into the dashboard. Dataset text is escaped and isolated for direction.
namespace OverviewHtml {

/// Where its links lead; the target's index follows a slash ("overview:actor/3").
inline constexpr char Scheme[] = "overview";
inline constexpr char ActorLink[] = "actor";       ///< include or drop the actor in the filter
inline constexpr char ConflictLink[] = "conflict"; ///< select the conflict's claims shown
inline constexpr char SingleSourceLink[] = "single-source"; ///< filter to single-source claims
inline constexpr char ClearLink[] = "clear";                ///< clear the filter

/// How many parties are listed; the Actors dock lists everyone.
inline constexpr int MaxParties = 8;
/// How many points of conflict are listed, in dataset order; the Conflicts view lists them all,
/// and a dossier of thousands would bury the rest of the overview under them.
inline constexpr int MaxConflicts = 8;

/// `shown` summarises the claims the filter shows, `all` every claim of the dataset.
QString html(const Dataset &dataset, const ClaimFilter &filter, const DisputeSummary &shown,
             const DisputeSummary &all);

} // namespace OverviewHtml
