#include "models/dossier/RecordReferences.h"

#include <QCoreApplication>

namespace RecordReferences {

QStringList toActor(const Dataset &dataset, int actor)
{
    const QString id = dataset.actors[actor].id;
    QStringList out;
    for (const Claim &c : dataset.claims) {
        const bool named = std::any_of(c.actors.begin(), c.actors.end(),
                                       [&](const ActorRef &ref) { return ref.actor == id; });
        if (named)
            out.append(QCoreApplication::translate("RecordReferences", "claim %1 names it as an "
                                                                       "actor")
                           .arg(c.id));
        if (c.claimant == id)
            out.append(
                QCoreApplication::translate("RecordReferences", "claim %1 names it as claimant")
                    .arg(c.id));
    }
    return out;
}

QStringList toSource(const Dataset &dataset, int source)
{
    const QString id = dataset.sources[source].id;
    QStringList out;
    for (const Claim &c : dataset.claims) {
        const auto cites = std::count_if(c.citations.begin(), c.citations.end(),
                                         [&](const Citation &ct) { return ct.source == id; });
        if (cites > 0)
            out.append(QCoreApplication::translate("RecordReferences",
                                                   "claim %1 cites it %n "
                                                   "time(s)",
                                                   nullptr, int(cites))
                           .arg(c.id));
    }
    return out;
}

} // namespace RecordReferences
