#include "models/data/Dataset.h"

#include "models/data/TextUtil.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {

// From this many claims the id index is built on another thread of Qt's pool; below it a
// thread costs more.
constexpr qsizetype ParallelClaims = 20000;

void appendOnce(QList<int> &list, int value)
{
    if (value >= 0 && !list.contains(value))
        list.append(value);
}

/// After a source or actor was inserted (`by` +1) or removed (-1) at `index`, each claim's
/// resolved indexes of that table follow without a lookup: the removed one goes, those after
/// it move by one. Only claims naming the record's id can resolve otherwise; the caller
/// resolves those again.
void shiftIndexes(QList<QList<int>> &lists, int index, int by)
{
    for (QList<int> &list : lists) {
        if (std::none_of(list.cbegin(), list.cend(), [index](int v) { return v >= index; }))
            continue;
        if (by < 0)
            list.removeOne(index);
        for (int &v : list)
            if (by < 0 ? v > index : v >= index)
                v += by;
    }
}

} // namespace

void Dataset::reindex()
{
    m_sourceById.clear();
    m_actorById.clear();
    m_claimById.clear();
    for (int i = 0; i < sources.size(); ++i)
        m_sourceById.insert(sources[i].id, i);
    for (int i = 0; i < actors.size(); ++i)
        m_actorById.insert(actors[i].id, i);
    indexActorNames();

    // The id index and the per-claim lists are independent: a large dataset builds them at once.
    auto indexIds = [this] {
        m_claimById.reserve(claims.size());
        for (int i = 0; i < claims.size(); ++i)
            m_claimById.insert(claims[i].id, i);
    };
    QFuture<void> ids;
    if (claims.size() >= ParallelClaims)
        ids = QtConcurrent::run(indexIds);
    else
        indexIds();
    m_claimConflicts = QList<QList<int>>(claims.size());
    indexAllClaimReferences();
    m_respondersById.clear();
    for (const Claim &claim : std::as_const(claims))
        if (!claim.respondsTo.isEmpty())
            m_respondersById.insert(claim.respondsTo, claim.id);
    ids.waitForFinished();
    for (int k = 0; k < conflicts.size(); ++k)
        linkConflict(k);
}

void Dataset::indexActorNames()
{
    m_actorByFoldedName.clear();
    // Ids win over names and names over aliases: insert the weakest first.
    for (int i = 0; i < actors.size(); ++i)
        for (const QString &alias : actors[i].aliases)
            m_actorByFoldedName.insert(TextUtil::foldForSearch(alias), i);
    for (int i = 0; i < actors.size(); ++i)
        m_actorByFoldedName.insert(TextUtil::foldForSearch(actors[i].name), i);
    for (int i = 0; i < actors.size(); ++i)
        m_actorByFoldedName.insert(TextUtil::foldForSearch(actors[i].id), i);
}

void Dataset::indexClaimReferences(int i)
{
    const Claim &claim = claims[i];
    m_claimDays[size_t(i)] = {claim.date.firstDay(), claim.date.lastDay()};
    QList<int> &actorList = m_claimActors[i];
    actorList.clear();
    for (const ActorRef &ref : claim.actors)
        appendOnce(actorList, m_actorById.value(ref.actor, -1));
    if (!claim.claimant.isEmpty())
        appendOnce(actorList, m_actorById.value(claim.claimant, -1));
    QList<int> &sourceList = m_claimSources[i];
    sourceList.clear();
    for (const Citation &citation : claim.citations)
        appendOnce(sourceList, m_sourceById.value(citation.source, -1));
}

void Dataset::indexAllClaimReferences()
{
    m_claimActors = QList<QList<int>>(claims.size());
    m_claimSources = QList<QList<int>>(claims.size());
    m_claimDays.resize(size_t(claims.size()));
    for (int i = 0; i < claims.size(); ++i)
        indexClaimReferences(i);
}

void Dataset::reindexClaimsNaming(const QString &actorId)
{
    for (int i = 0; i < claims.size(); ++i) {
        const Claim &c = claims[i];
        if (c.claimant == actorId ||
            std::any_of(c.actors.cbegin(), c.actors.cend(),
                        [&actorId](const ActorRef &ref) { return ref.actor == actorId; }))
            indexClaimReferences(i);
    }
}

void Dataset::reindexClaimsCiting(const QString &sourceId)
{
    for (int i = 0; i < claims.size(); ++i) {
        const QList<Citation> &citations = claims[i].citations;
        if (std::any_of(citations.cbegin(), citations.cend(),
                        [&sourceId](const Citation &c) { return c.source == sourceId; }))
            indexClaimReferences(i);
    }
}

// A claim's conflicts stay in ascending order, as reindex() lists them.
void Dataset::linkConflict(int k)
{
    for (const QString &id : std::as_const(conflicts[k].claims)) {
        const int c = m_claimById.value(id, -1);
        if (c < 0)
            continue;
        QList<int> &list = m_claimConflicts[c];
        const auto at = std::lower_bound(list.begin(), list.end(), k);
        if (at == list.end() || *at != k)
            list.insert(at, k);
    }
}

void Dataset::unlinkConflict(int k)
{
    for (const QString &id : std::as_const(conflicts[k].claims))
        if (const int c = m_claimById.value(id, -1); c >= 0)
            m_claimConflicts[c].removeOne(k);
}

void Dataset::insertSource(int index, const Source &source)
{
    sources.insert(index, source);
    for (int i = index; i < sources.size(); ++i)
        m_sourceById.insert(sources[i].id, i);
    shiftIndexes(m_claimSources, index, +1);
    reindexClaimsCiting(source.id);
}

void Dataset::replaceSource(int index, const Source &source)
{
    Q_ASSERT(sources[index].id == source.id);
    sources[index] = source;
}

void Dataset::removeSource(int index)
{
    const QString id = sources[index].id;
    m_sourceById.remove(id);
    sources.removeAt(index);
    for (int i = index; i < sources.size(); ++i)
        m_sourceById.insert(sources[i].id, i);
    shiftIndexes(m_claimSources, index, -1); // as removeActor()
}

void Dataset::insertActor(int index, const Actor &actor)
{
    actors.insert(index, actor);
    for (int i = index; i < actors.size(); ++i)
        m_actorById.insert(actors[i].id, i);
    indexActorNames();
    shiftIndexes(m_claimActors, index, +1);
    reindexClaimsNaming(actor.id);
}

void Dataset::replaceActor(int index, const Actor &actor)
{
    Q_ASSERT(actors[index].id == actor.id);
    actors[index] = actor;
    indexActorNames();
}

void Dataset::removeActor(int index)
{
    const QString id = actors[index].id;
    m_actorById.remove(id);
    actors.removeAt(index);
    for (int i = index; i < actors.size(); ++i)
        m_actorById.insert(actors[i].id, i);
    indexActorNames();
    // Dropping the index from each claim's list is all a claim naming the actor needs (its
    // reference no longer resolves), without comparing every claim's ids with the actor's.
    shiftIndexes(m_claimActors, index, -1);
}

void Dataset::insertClaim(int index, const Claim &claim)
{
    claims.insert(index, claim);
    for (int i = index; i < claims.size(); ++i)
        m_claimById.insert(claims[i].id, i);
    m_claimActors.insert(index, QList<int>());
    m_claimSources.insert(index, QList<int>());
    m_claimConflicts.insert(index, QList<int>());
    m_claimDays.emplace(m_claimDays.begin() + index);
    indexClaimReferences(index);
    if (!claim.respondsTo.isEmpty())
        m_respondersById.insert(claim.respondsTo, claim.id);
    // A conflict may name the claim before it exists, within one change.
    for (int k = 0; k < conflicts.size(); ++k)
        if (conflicts[k].claims.contains(claim.id))
            m_claimConflicts[index].append(k);
}

void Dataset::replaceClaim(int index, const Claim &claim)
{
    Q_ASSERT(claims[index].id == claim.id);
    if (claims[index].respondsTo != claim.respondsTo) {
        m_respondersById.remove(claims[index].respondsTo, claim.id);
        if (!claim.respondsTo.isEmpty())
            m_respondersById.insert(claim.respondsTo, claim.id);
    }
    claims[index] = claim;
    indexClaimReferences(index);
}

void Dataset::removeClaim(int index)
{
    m_claimById.remove(claims[index].id);
    m_respondersById.remove(claims[index].respondsTo, claims[index].id);
    claims.removeAt(index);
    m_claimActors.removeAt(index);
    m_claimSources.removeAt(index);
    m_claimConflicts.removeAt(index);
    m_claimDays.erase(m_claimDays.begin() + index);
    for (int i = index; i < claims.size(); ++i)
        m_claimById.insert(claims[i].id, i);
}

// The conflicts from `index` on move: unlinked before, linked again after, in their new places.
void Dataset::insertConflict(int index, const Conflict &conflict)
{
    for (int k = index; k < conflicts.size(); ++k)
        unlinkConflict(k);
    conflicts.insert(index, conflict);
    for (int k = index; k < conflicts.size(); ++k)
        linkConflict(k);
}

void Dataset::replaceConflict(int index, const Conflict &conflict)
{
    Q_ASSERT(conflicts[index].id == conflict.id);
    unlinkConflict(index);
    conflicts[index] = conflict;
    linkConflict(index);
}

void Dataset::removeConflict(int index)
{
    for (int k = index; k < conflicts.size(); ++k)
        unlinkConflict(k);
    conflicts.removeAt(index);
    for (int k = index; k < conflicts.size(); ++k)
        linkConflict(k);
}

int Dataset::conflictIndex(const QString &id) const
{
    for (int k = 0; k < conflicts.size(); ++k)
        if (conflicts[k].id == id)
            return k;
    return -1;
}

namespace {

// QList's own == hands an empty list's null data to memcmp, which UBSan rightly reports.
bool sameLists(const QList<QList<int>> &a, const QList<QList<int>> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const QList<int> &x, const QList<int> &y) {
                          return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend());
                      });
}

} // namespace

bool Dataset::sameLookups(const Dataset &other) const
{
    return m_sourceById == other.m_sourceById && m_actorById == other.m_actorById &&
           m_claimById == other.m_claimById && m_actorByFoldedName == other.m_actorByFoldedName &&
           sameLists(m_claimActors, other.m_claimActors) &&
           sameLists(m_claimSources, other.m_claimSources) &&
           sameLists(m_claimConflicts, other.m_claimConflicts) &&
           m_claimDays == other.m_claimDays && m_respondersById == other.m_respondersById;
}

QString Dataset::actorName(const QString &id) const
{
    const int a = actorIndex(id);
    return a >= 0 ? actors[a].name : id;
}

QString Dataset::sourceLabel(const QString &id) const
{
    const int s = sourceIndex(id);
    return s >= 0 ? sources[s].label : id;
}

QString Source::fallbackLabel() const
{
    const QString tail =
        published.isValid() ? QStringLiteral(", ") + QString::number(published.year()) : QString();
    QString name = outlet.simplified();
    if (name.size() + tail.size() > MaxLabelLength)
        name = name.left(MaxLabelLength - tail.size() - 1).trimmed() + QChar(0x2026);
    return name + tail;
}

void Dataset::labelUnlabelledSources()
{
    QSet<QString> taken;
    for (const Source &s : std::as_const(sources))
        if (!s.label.isEmpty())
            taken.insert(s.label);
    for (Source &s : sources) {
        if (!s.label.isEmpty())
            continue;
        const QString fallback = s.fallbackLabel();
        s.label = taken.contains(fallback) || fallback.isEmpty() ? s.id.left(Source::MaxLabelLength)
                                                                 : fallback;
        taken.insert(s.label);
    }
}

int Dataset::findActor(const QString &idNameOrAlias) const
{
    return m_actorByFoldedName.value(TextUtil::foldForSearch(idNameOrAlias.trimmed()), -1);
}
