#pragma once

#include "models/dossier/Change.h"

#include <QString>
#include <QStringList>

/// Merging actors into one, as one change: every claim naming a merged actor (among its actors
/// or as its claimant) names the kept one instead, the kept actor takes the merged ones' names
/// and aliases as aliases, and the merged actors go. Undo applies the inverse, which puts back
/// every record as it was.
struct ActorMerge
{
    Change change;   ///< empty when refused
    int claims = 0;  ///< how many claims change, for the confirmation
    QString refusal; ///< why nothing can be merged; empty when the change may apply

    bool ok() const { return refusal.isEmpty(); }

    /// `merged` go into `kept` (actor ids). Refused: an unknown id, nothing to merge, or the
    /// kept actor among the merged.
    static ActorMerge of(const Dataset &dataset, const QString &kept, const QStringList &merged);
};
