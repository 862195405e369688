#pragma once

#include "models/dossier/Change.h"

#include <QStringList>

/// Deleting a claim with what refers to it, as one change: claims that respond to it respond
/// to nothing, conflicts naming it name it no more, and a conflict left with fewer than two
/// claims goes too. `references` lists those records for the confirmation the user reads
/// before anything is deleted.
struct ClaimRemoval
{
    Change change;
    QStringList references; ///< "claim c053 responds to it", "conflict k2 names it"

    static ClaimRemoval of(const Dataset &dataset, int claim);
};
