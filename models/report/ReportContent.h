#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Markup;

/// What the caller decides about a report, beyond the dataset and the filter.
struct ReportOptions
{
    QString title;         ///< empty: the dataset's title
    QDate generatedOn;     ///< invalid: today. A date, not a time, so reruns compare equal.
    QString datasetSha256; ///< of the dataset JSON; empty when unknown
    /// The user's markup: what the filter's key and tag parts read, and each claim's tags in
    /// the chronology. Null: none.
    const Markup *markup = nullptr;
};

/// One citation of a claim in the chronology, numbered in reading order (1, 2, ...).
struct ReportNote
{
    int number = 0;
    int claim = -1; ///< dataset index
    QString claimId;
    QString sourceId;
    QString source; ///< "Outlet, “Title”"
    int paragraph = 0;
    QString quote; ///< verbatim
};

struct ChronologyRow
{
    int claim = -1;
    QString date; ///< at the precision the sources give: "2024", "2024-03", "2024-03-05"
    QString dateNote;
    QString kind; ///< its label in the interface's language (ClaimKinds::label)
    QString statement;
    QString claimant; ///< actor name, empty when reported as fact
    QStringList actors;
    QList<int> notes; ///< note numbers
    bool key = false; ///< starred as key by the user
    QStringList tags; ///< the user's tags
};

struct CastRow
{
    int actor = -1;
    QString name;
    QString kind; ///< its label in the interface's language (ActorKinds::label)
    QString description;
    int claims = 0; ///< under the filter
    QString first;
    QString last;
};

struct ConflictSide
{
    int claim = -1;
    QString claimId;
    QString date;
    QString statement;
    QString claimant;
    QList<int> notes;
};

struct ConflictEntry
{
    QString id;
    QString about;
    QList<ConflictSide> sides;   ///< the claims under the filter, in date order
    QStringList outsideClaimIds; ///< the conflict's other claims, which the filter leaves out
};

struct SourceEntry
{
    int source = -1;
    QString id;
    QString label;
    QString outlet;
    QString title;
    QString author; ///< empty when unknown
    QString date;
    QString dateNote; ///< how the publication date was inferred
    QString notes;    ///< what a reader weighing the source should know
    QString file;
    QString sha256;
    int citations = 0; ///< notes citing it
};

/// The dispute summary report as plain values: what the printed report says, section by
/// section, before any layout. Built by ReportBuilder; laid out by ReportDocument.
struct ReportContent
{
    QString title;
    QString filterText; ///< "Actors: Elon Musk · Years: 2024"
    QDate generatedOn;
    QString datasetTitle;
    QString datasetVersion;
    QString datasetSha256;

    QList<int> claims; ///< dataset indexes, in date order: what the chart draws
    QStringList parties;
    QString spanFrom; ///< earliest claim date, empty when no claim
    QString spanTo;

    QList<ChronologyRow> chronology;
    QList<CastRow> cast;
    QList<ConflictEntry> conflicts;
    QList<SourceEntry> sources;
    QList<ReportNote> notes;

    bool isEmpty() const { return claims.isEmpty(); }
};
