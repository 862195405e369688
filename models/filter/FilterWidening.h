#pragma once

#include "models/filter/ClaimFilter.h"

class Dataset;
class Markup;

/// How the filter grows so that one claim it hides shows, for "Show it" when a hidden claim
/// becomes current (a conflict link, Back). Each part of the filter the claim fails is relaxed
/// as little as it can be, and the parts it passes stay: an actor, source or claimant list
/// gains one of the claim's own, a year range stretches to its year, a kind list gains its
/// kind, a yes-or-no question goes back to either. Only the search cannot be stretched to one
/// claim, so it is dropped when the claim does not match it. Widening rather than an "also
/// show" list keeps the filter one thing a user can read, edit and save.
namespace FilterWidening {

/// The filter with its narrowing relaxed until `claim` (a dataset index) matches; `filter`
/// itself when it already does.
/// Without `markup`, the key and tag parts are dropped.
ClaimFilter toShow(const ClaimFilter &filter, const Dataset &dataset, int claim,
                   const Markup *markup = nullptr);

} // namespace FilterWidening
