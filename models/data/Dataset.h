#pragma once

#include "models/data/PartialDate.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

/// The records of the authoring format, as plain values. See resources/dataset/FORMAT.md.
struct Source
{
    QString id;
    QString label; ///< how readers know the source: short, unique, at most MaxLabelLength
    QString file;
    QString outlet;
    QString title;
    QString author; ///< empty when unknown
    PartialDate published;
    QString publishedNote;
    QString notes; ///< what a reader weighing the source should know; may be empty
    QString language;
    QString sha256;

    static constexpr int MaxLabelLength = 40;
    /// The label a source without one is known by (files of format 1, stores of schema 4 or
    /// older): its outlet and publication year.
    QString fallbackLabel() const;

    bool operator==(const Source &) const = default;
};

struct Actor
{
    QString id;
    QString name;
    QString kind;
    QStringList aliases;
    QString description;

    bool operator==(const Actor &) const = default;
};

struct ActorRef
{
    QString actor;
    QString role;

    bool operator==(const ActorRef &) const = default;
};

struct Citation
{
    QString source;
    int paragraph = 0;
    QString quote;
    QString prefix;
    QString suffix;

    bool operator==(const Citation &) const = default;
};

struct Claim
{
    QString id;
    PartialDate date;
    /// True when the articles give the claim no date of its own: `date` is then only when it
    /// was reported (the publication date of a source citing it), a bound, not a date.
    bool datedByReport = false;
    QString dateNote;
    QString kind;
    QString statement;
    QList<ActorRef> actors;
    QString claimant;   ///< actor id, empty when the article reports it as fact
    QString respondsTo; ///< claim id, empty when none
    QList<Citation> citations;

    bool operator==(const Claim &) const = default;
};

struct Conflict
{
    QString id;
    QStringList claims;
    QString about;

    bool operator==(const Conflict &) const = default;
};

// Records hold only implicitly shared Qt values: inserting a claim into 100k moves memory
// instead of copying each record after it.
Q_DECLARE_TYPEINFO(Source, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Actor, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ActorRef, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Citation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Claim, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Conflict, Q_RELOCATABLE_TYPE);

struct DatasetInfo
{
    QString version;
    QString title;
    QString description;

    bool operator==(const DatasetInfo &) const = default;
};

/// A whole dataset plus the lookups every consumer needs. Call reindex() after changing
/// the record lists; lookups on a stale index are undefined.
class Dataset
{
public:
    /// The format version written; files of OldestFormatVersion on are read.
    static constexpr int FormatVersion = 2;
    static constexpr int OldestFormatVersion = 1;

    DatasetInfo info;
    QList<Source> sources;
    QList<Actor> actors;
    QList<Claim> claims;
    QList<Conflict> conflicts;

    void reindex();

    /// Edits one record and keeps every lookup as reindex() would build it, touching only what
    /// the record reaches (models/dossier/DatasetEdit.h applies whole changes through these).
    /// Positions stay stable but for the edit itself: an inserted record moves the ones after
    /// it down by one and a removed one moves them up. A replacement keeps its id. An inserted or
    /// removed source or actor shifts every claim's indexes and re-resolves only the claims
    /// naming its id; claims and conflicts update only their own.
    void insertSource(int index, const Source &source);
    void replaceSource(int index, const Source &source);
    void removeSource(int index);
    void insertActor(int index, const Actor &actor);
    void replaceActor(int index, const Actor &actor);
    void removeActor(int index);
    void insertClaim(int index, const Claim &claim);
    void replaceClaim(int index, const Claim &claim);
    void removeClaim(int index);
    void insertConflict(int index, const Conflict &conflict);
    void replaceConflict(int index, const Conflict &conflict);
    void removeConflict(int index);
    /// Conflicts have no id hash (they are few): a scan. -1 when none has the id.
    int conflictIndex(const QString &id) const;

    /// True when every lookup equals `other`'s: an incrementally kept index against a fresh
    /// reindex().
    bool sameLookups(const Dataset &other) const;

    /// True when both hold the same records, field for field, in the same order (the lookups
    /// follow from the records).
    bool sameRecords(const Dataset &other) const
    {
        return info == other.info && sources == other.sources && actors == other.actors &&
               claims == other.claims && conflicts == other.conflicts;
    }

    int sourceIndex(const QString &id) const { return m_sourceById.value(id, -1); }
    int actorIndex(const QString &id) const { return m_actorById.value(id, -1); }
    int claimIndex(const QString &id) const { return m_claimById.value(id, -1); }

    /// Finds an actor by id, name or alias, ignoring case, accents and the kind of apostrophe;
    /// -1 when none.
    int findActor(const QString &idNameOrAlias) const;
    /// The name of the actor with this id; the id itself when no actor has it, so that text
    /// never hides what the data says (empty for an empty id: a claim without claimant).
    QString actorName(const QString &id) const;
    /// The label of the source with this id; the id itself when no source has it.
    QString sourceLabel(const QString &id) const;

    /// Gives each source without a label its fallbackLabel(), or its id where that label is
    /// taken, so that a dataset written before labels existed still names its sources apart.
    void labelUnlabelledSources();

    /// Actor indexes a claim involves: its actors and its claimant, without repeats.
    const QList<int> &actorsOfClaim(int claim) const { return m_claimActors[claim]; }
    /// Source indexes a claim cites, without repeats.
    const QList<int> &sourcesOfClaim(int claim) const { return m_claimSources[claim]; }
    /// Conflict indexes a claim takes part in.
    const QList<int> &conflictsOfClaim(int claim) const { return m_claimConflicts[claim]; }

    bool isSingleSource(int claim) const { return m_claimSources[claim].size() == 1; }
    /// The ids of the claims that respond to the claim with this id, whether or not it exists:
    /// what a removal of that claim would leave dangling.
    QStringList respondersTo(const QString &claimId) const
    {
        return m_respondersById.values(claimId);
    }

    /// A claim's date as Julian days, cached: hot loops compare these, not calendar dates.
    qint64 claimFirstDay(int claim) const { return m_claimDays[size_t(claim)].first; }
    qint64 claimLastDay(int claim) const { return m_claimDays[size_t(claim)].second; }

private:
    void indexActorNames();
    void indexClaimReferences(int claim);
    void indexAllClaimReferences();
    /// Resolves again the references of the claims that name the actor, or cite the source,
    /// with this id: after one was inserted or removed, the only claims that may change.
    void reindexClaimsNaming(const QString &actorId);
    void reindexClaimsCiting(const QString &sourceId);
    void linkConflict(int conflict);
    void unlinkConflict(int conflict);

    QHash<QString, int> m_sourceById;
    QHash<QString, int> m_actorById;
    QHash<QString, int> m_claimById;
    QHash<QString, int> m_actorByFoldedName;
    QList<QList<int>> m_claimActors;
    QList<QList<int>> m_claimSources;
    QList<QList<int>> m_claimConflicts;
    std::vector<std::pair<qint64, qint64>> m_claimDays;
    /// By the id a claim responds to, the responding claims' ids: ids, not positions, so that
    /// an insertion or a removal renumbers nothing here.
    QMultiHash<QString, QString> m_respondersById;
};
