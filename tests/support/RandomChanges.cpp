#include "tests/support/RandomChanges.h"
#include "models/dossier/ClaimRemoval.h"

#include <QDate>

namespace {

// What a deletion would have to change too: ClaimRemoval's one definition of it.
bool claimReferenced(const Dataset &d, const QString &id)
{
    return !ClaimRemoval::of(d, d.claimIndex(id)).references.isEmpty();
}

} // namespace

std::optional<Change> RandomChanges::next(const Dataset &d)
{
    const int c = m_random.bounded(int(d.claims.size()));
    Change change;
    switch (m_random.bounded(8)) {
    case 0: { // a new claim, copied
        Claim claim = d.claims[c];
        claim.id = QStringLiteral("r%1").arg(++m_created);
        return Change::create(claim, QStringLiteral("Add"));
    }
    case 1: // a removal, of a claim nothing refers to
        if (claimReferenced(d, d.claims[c].id))
            return std::nullopt;
        return Change::remove(d.claims[c], QStringLiteral("Delete"));
    case 2: { // a new actor, and a claim naming it
        Actor actor;
        actor.id = QStringLiteral("ra%1").arg(++m_created);
        actor.name = QStringLiteral("Acteur %1").arg(m_created);
        actor.kind = d.actors.first().kind;
        Claim claim = d.claims[c];
        claim.actors.append({actor.id, QStringLiteral("witness")});
        change.operations = {{actor.id, std::nullopt, actor, 0}, {claim.id, d.claims[c], claim, 0}};
        change.description = QStringLiteral("Add actor");
        return change;
    }
    case 3: { // a conflict between two claims
        const int other = (c + 1) % int(d.claims.size());
        if (other == c)
            return std::nullopt;
        Conflict k;
        k.id = QStringLiteral("rk%1").arg(++m_created);
        k.claims = {d.claims[c].id, d.claims[other].id};
        k.about = QStringLiteral("They differ.");
        return Change::create(k, QStringLiteral("Record"));
    }
    case 4: // a conflict gone
        if (d.conflicts.isEmpty())
            return std::nullopt;
        return Change::remove(d.conflicts.last(), QStringLiteral("Delete"));
    case 5: { // an actor's description
        const int a = m_random.bounded(int(d.actors.size()));
        Actor after = d.actors[a];
        after.description = QStringLiteral("Seen %1 times.").arg(m_random.bounded(100));
        return Change::edit(d.actors[a], after, QStringLiteral("Edit"));
    }
    case 6: { // a source's notes
        const int s = m_random.bounded(int(d.sources.size()));
        Source after = d.sources[s];
        after.notes = QStringLiteral("Note %1.").arg(m_random.bounded(100));
        return Change::edit(d.sources[s], after, QStringLiteral("Edit"));
    }
    default: { // a claim's date and statement
        Claim after = d.claims[c];
        after.statement += QStringLiteral(" (edited)");
        after.date = PartialDate::fromDate(QDate(1990 + m_random.bounded(40), 2, 3));
        after.datedByReport = false; // a date of its own now
        return Change::edit(d.claims[c], after, QStringLiteral("Edit"));
    }
    }
}
