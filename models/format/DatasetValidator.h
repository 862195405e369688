#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QStringList>

/// Checks what the reader cannot: unique and well-formed ids, references that resolve,
/// non-empty statements, at least one citation per claim, short quotes, known kinds
/// (ClaimKinds::known(), ActorKinds::known()), and the characters and length of every text
/// field and the length of every list. It runs on every dataset Dossier reads, from a file
/// or from a database.
class DatasetValidator
{
public:
    static constexpr int MaxQuoteLength = 300;  ///< in Unicode code points
    static constexpr int MaxTextLength = 10000; ///< statements, descriptions, notes
    static constexpr int MaxParagraph = 1'000'000'000;

    /// How long a field or a list may be. Text lengths count characters (code points), but a
    /// file name's counts its UTF-8 bytes, as file systems do. Each bounds what showing one
    /// record costs; the defaults are the format's (FORMAT.md, "Limits").
    struct Limits
    {
        int text = MaxTextLength; ///< statements, descriptions, notes, what a conflict is about
        int title = 500;          ///< the dataset's and the sources' titles
        int name = 200;           ///< names, aliases, outlets, authors, roles, the version
        int label = Source::MaxLabelLength; ///< a source's label
        int quote = MaxQuoteLength;         ///< quotes, and their prefix and suffix
        int language = 35;                  ///< a BCP 47 language tag
        int fileBytes = 255;                ///< a corpus file name (NAME_MAX)
        int aliases = 50;                   ///< per actor
        int claimActors = 100;              ///< per claim
        int citations = 100;                ///< per claim
        int conflictClaims = 100;           ///< per conflict
        qsizetype sources = 100'000;
        qsizetype actors = 1'000'000;
        qsizetype claims = 5'000'000;
        qsizetype conflicts = 1'000'000;
    };

    static bool isValidId(const QString &id);

    /// Records by position, one list per table.
    struct Records
    {
        QList<int> sources;
        QList<int> actors;
        QList<int> claims;
        QList<int> conflicts;
    };

    /// The listed records alone, with the rules and messages of validate(), plus what ties
    /// them to the rest: their references, and labels and actor names that must stay apart.
    /// It does not look for a duplicate id, since the caller knows where each record comes
    /// from (models/dossier/ChangeValidator.h), nor at the list lengths.
    static Problems validateRecords(const Dataset &dataset, const Records &records,
                                    const QString &fileName);

    static Problems validate(const Dataset &dataset, const QString &fileName);
    /// With other limits than the format's: for tests of the limits themselves.
    static Problems validate(const Dataset &dataset, const QString &fileName, const Limits &limits);
};
