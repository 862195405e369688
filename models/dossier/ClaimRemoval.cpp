#include "models/dossier/ClaimRemoval.h"

#include "models/dossier/ChangeDescription.h"

#include <QCoreApplication>

ClaimRemoval ClaimRemoval::of(const Dataset &dataset, int claim)
{
    ClaimRemoval removal;
    const Claim &gone = dataset.claims[claim];
    for (const Claim &c : dataset.claims) {
        if (c.respondsTo != gone.id)
            continue;
        Claim after = c;
        after.respondsTo.clear();
        removal.change.operations.append({c.id, c, after});
        removal.references.append(
            QCoreApplication::translate("ClaimRemoval", "claim %1 responds to it: it will respond "
                                                        "to nothing")
                .arg(c.id));
    }
    for (const int k : dataset.conflictsOfClaim(claim)) {
        const Conflict &conflict = dataset.conflicts[k];
        Conflict after = conflict;
        after.claims.removeAll(gone.id);
        if (after.claims.size() < 2) {
            removal.change.operations.append({conflict.id, conflict, std::nullopt});
            removal.references.append(
                QCoreApplication::translate("ClaimRemoval",
                                            "conflict %1 is between it and one other claim: "
                                            "it will be deleted")
                    .arg(conflict.id));
        } else {
            removal.change.operations.append({conflict.id, conflict, after});
            removal.references.append(
                QCoreApplication::translate("ClaimRemoval",
                                            "conflict %1 names it: it will name the others")
                    .arg(conflict.id));
        }
    }
    removal.change.operations.append({gone.id, gone, std::nullopt});
    removal.change.description = ChangeDescription::ofRemove(gone);
    return removal;
}
