#pragma once

#include <QString>
#include <QStringList>

class Dataset;

/// What the investigator asked to see. Empty fields do not narrow. Shared by the command
/// line, the dashboard's filter bar and the report, so all three select the same claims.
struct ClaimFilter
{
    /// Either, or one side of a yes-or-no question about a claim.
    enum class Side
    {
        Any,
        Yes,
        No,
    };

    QStringList actors;            ///< actor ids; a claim matches when it involves any of them
    int fromYear = 0;              ///< 0: open
    int toYear = 0;                ///< 0: open
    QStringList sources;           ///< source ids; a claim matches when it cites any of them
    QStringList kinds;             ///< claim kinds
    QString text;                  ///< words that must all occur in the statement or a quote
    Side inConflict = Side::Any;   ///< Yes: in a recorded conflict; No: in none
    Side singleSource = Side::Any; ///< Yes: rests on one source; No: on several
    QStringList claimants;         ///< actor ids; a claim matches when one of them claims it
    bool reportedAsFact = false;   ///< with claimants, or alone: claims no actor claims
    /// The user's markup (models/markup), read through the Markup the matcher is given.
    bool keyOnly = false; ///< only claims starred as key
    QStringList tags;     ///< a claim matches when it has any of these tags

    bool isEmpty() const;
    bool operator==(const ClaimFilter &) const = default;

    /// The filter in words, e.g. "Elon Musk, Microsoft · 2023–2024"; "All claims" when empty.
    QString describe(const Dataset &dataset) const;
    /// The same as "Actors: Elon Musk · Years: 2024", for a report's title block.
    QString describeLabelled(const Dataset &dataset) const;
};
