#include "models/data/Dataset.h"

#include "models/data/TextUtil.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// From this many claims the id index is built on another thread of Qt's pool; below it a
// thread costs more.
constexpr qsizetype ParallelClaims = 20000;

void appendOnce(QList<int> &list, int value)
{
    if (value >= 0 && !list.contains(value))
        list.append(value);
}

} // namespace

void Dataset::reindex()
{
    m_sourceById.clear();
    m_actorById.clear();
    m_claimById.clear();
    m_actorByFoldedName.clear();
    for (int i = 0; i < sources.size(); ++i)
        m_sourceById.insert(sources[i].id, i);
    for (int i = 0; i < actors.size(); ++i) {
        m_actorById.insert(actors[i].id, i);
        // Ids win over names and names over aliases: insert the weakest first.
        for (const QString &alias : actors[i].aliases)
            m_actorByFoldedName.insert(TextUtil::foldForSearch(alias), i);
    }
    for (int i = 0; i < actors.size(); ++i)
        m_actorByFoldedName.insert(TextUtil::foldForSearch(actors[i].name), i);
    for (int i = 0; i < actors.size(); ++i)
        m_actorByFoldedName.insert(TextUtil::foldForSearch(actors[i].id), i);

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
    m_claimActors = QList<QList<int>>(claims.size());
    m_claimSources = QList<QList<int>>(claims.size());
    m_claimConflicts = QList<QList<int>>(claims.size());
    m_claimDays.resize(size_t(claims.size()));
    for (int i = 0; i < claims.size(); ++i) {
        const Claim &claim = claims[i];
        m_claimDays[size_t(i)] = {claim.date.firstDay(), claim.date.lastDay()};
        for (const ActorRef &ref : claim.actors)
            appendOnce(m_claimActors[i], m_actorById.value(ref.actor, -1));
        if (!claim.claimant.isEmpty())
            appendOnce(m_claimActors[i], m_actorById.value(claim.claimant, -1));
        for (const Citation &citation : claim.citations)
            appendOnce(m_claimSources[i], m_sourceById.value(citation.source, -1));
    }
    ids.waitForFinished();
    for (int k = 0; k < conflicts.size(); ++k) {
        for (const QString &id : conflicts[k].claims)
            if (const int c = m_claimById.value(id, -1); c >= 0)
                appendOnce(m_claimConflicts[c], k);
    }
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
