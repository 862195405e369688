#include "models/dossier/ActorMerge.h"

#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ActorMerge", text);
}

// A name joins the aliases unless the kept actor already goes by it, folded as
// Dataset::findActor() folds, so that "ACME" does not sit beside "Acme".
void addAlias(Actor &kept, QSet<QString> &known, const QString &name)
{
    const QString folded = TextUtil::foldForSearch(name.trimmed());
    if (folded.isEmpty() || known.contains(folded))
        return;
    known.insert(folded);
    kept.aliases.append(name);
}

// The claim with every merged actor named as the kept one. A claim naming both in one role
// would name the kept actor twice in that role: the repeat is dropped, the first place kept.
Claim rewritten(const Claim &claim, const QString &kept, const QSet<QString> &merged)
{
    Claim after = claim;
    after.actors.clear();
    for (ActorRef ref : claim.actors) {
        if (merged.contains(ref.actor))
            ref.actor = kept;
        if (!after.actors.contains(ref))
            after.actors.append(ref);
    }
    if (merged.contains(after.claimant))
        after.claimant = kept;
    return after;
}

} // namespace

ActorMerge ActorMerge::of(const Dataset &dataset, const QString &kept, const QStringList &merged)
{
    ActorMerge merge;
    const int keptIndex = dataset.actorIndex(kept);
    if (keptIndex < 0) {
        merge.refusal = tr("There is no actor %1.").arg(kept);
        return merge;
    }
    QSet<QString> gone;
    for (const QString &id : merged) {
        if (id == kept) {
            merge.refusal = tr("An actor cannot be merged into itself.");
            return merge;
        }
        if (dataset.actorIndex(id) < 0) {
            merge.refusal = tr("There is no actor %1.").arg(id);
            return merge;
        }
        gone.insert(id);
    }
    if (gone.isEmpty()) {
        merge.refusal = tr("Choose at least one actor to merge into %1.").arg(kept);
        return merge;
    }

    for (const Claim &claim : dataset.claims) {
        bool names = gone.contains(claim.claimant);
        for (const ActorRef &ref : claim.actors)
            names = names || gone.contains(ref.actor);
        if (!names)
            continue;
        merge.change.operations.append({claim.id, claim, rewritten(claim, kept, gone)});
        ++merge.claims;
    }

    const Actor &before = dataset.actors[keptIndex];
    Actor after = before;
    QSet<QString> known{TextUtil::foldForSearch(before.name.trimmed())};
    for (const QString &alias : before.aliases)
        known.insert(TextUtil::foldForSearch(alias.trimmed()));
    // In the order the user listed them, each actor's name before its aliases.
    QStringList order;
    for (const QString &id : merged)
        if (!order.contains(id))
            order.append(id);
    for (const QString &id : std::as_const(order)) {
        const Actor &actor = dataset.actors[dataset.actorIndex(id)];
        addAlias(after, known, actor.name);
        for (const QString &alias : actor.aliases)
            addAlias(after, known, alias);
    }
    if (after != before)
        merge.change.operations.append({before.id, before, after});
    // Removed last: the claims no longer name them by then.
    for (const QString &id : std::as_const(order))
        merge.change.operations.append({id, dataset.actors[dataset.actorIndex(id)], std::nullopt});
    merge.change.description =
        order.size() == 1 ? tr("Merge actor %1 into %2").arg(order.first(), kept)
                          : QCoreApplication::translate("ActorMerge", "Merge %n actors into %1",
                                                        nullptr, int(order.size()))
                                .arg(kept);
    return merge;
}
