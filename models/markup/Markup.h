#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/// The user's own reading of a claim (issue 21): starred as key, tagged with the user's issues,
/// annotated. Kept apart from the evidence: it never changes a claim, is written to tables of its
/// own and exported only when asked. Tags are plain text, kept as first typed; two tags that
/// differ only by case or surrounding spaces are the same tag (MarkupTags::key()).
struct ClaimMarkup
{
    bool key = false;
    QStringList tags; ///< in the order given, no two with the same MarkupTags::key()
    QString note;

    bool isEmpty() const { return !key && tags.isEmpty() && note.isEmpty(); }
    bool hasTag(const QString &tag) const;
    /// This markup with `tag` added (at the end) or removed; unchanged if already so.
    ClaimMarkup withTag(const QString &tag, bool on) const;

    bool operator==(const ClaimMarkup &) const = default;
};

/// How tags are compared and kept.
namespace MarkupTags {
/// The tag as kept: trimmed, inner runs of white space made one space.
QString normalise(const QString &tag);
/// What two tags are compared by: the normalised tag, case folded.
QString key(const QString &tag);
/// The tags normalised, the empty and the repeated ones dropped, first spelling kept.
QStringList normaliseAll(const QStringList &tags);
/// Empty when `tag` can be a tag; otherwise why not, for people to read.
QString whyNotATag(const QString &tag);
/// The colour ("#rrggbb") a tag is shown in until the user gives it one: picked from a small
/// palette by the tag's key, the same in every run and window.
QString defaultColour(const QString &tag);
} // namespace MarkupTags

/// A dossier's markup: each claim's, by claim id, and the colours given to tags. A claim's
/// markup outlives the claim (an undo brings the claim back, and its markup with it).
class Markup
{
public:
    /// The claim's markup; empty for a claim never marked up.
    ClaimMarkup of(const QString &claimId) const { return m_claims.value(claimId); }
    /// Sets a claim's markup; an empty one removes the entry.
    void set(const QString &claimId, const ClaimMarkup &markup);
    /// The claims with markup, by id.
    const QHash<QString, ClaimMarkup> &claims() const { return m_claims; }

    /// A tag's colour as "#rrggbb", empty when none was given.
    QString colourOf(const QString &tag) const;
    /// The colour given, else MarkupTags::defaultColour().
    QString shownColour(const QString &tag) const;
    /// Sets a tag's colour; an empty colour removes it.
    void setColour(const QString &tag, const QString &colour);
    /// The colours given, by tag (as first spelt).
    QHash<QString, QString> colours() const;

    /// Every tag in use or given a colour, one spelling each, sorted case-insensitively.
    QStringList tags() const;
    bool isEmpty() const { return m_claims.isEmpty() && m_colours.isEmpty(); }

    /// The claims that would be shown otherwise with `other`: their markup differs there, or
    /// one of their tags has another colour or spelling. Sorted, each once. What another
    /// window's writes changed, so that the views redraw those claims and no others.
    QStringList claimsDifferingFrom(const Markup &other) const;

    bool operator==(const Markup &) const = default;

private:
    QHash<QString, ClaimMarkup> m_claims;
    /// By MarkupTags::key(): the tag as spelt and its colour.
    QHash<QString, std::pair<QString, QString>> m_colours;
};

/// An edit of markup as a value, like Change for the evidence: each claim's markup before and
/// after, each tag's colour before and after. Its inverse swaps them, which is what undo applies.
struct MarkupChange
{
    struct ClaimEdit
    {
        QString claimId;
        ClaimMarkup before;
        ClaimMarkup after;
        bool operator==(const ClaimEdit &) const = default;
    };
    struct ColourEdit
    {
        QString tag;
        QString before; ///< "#rrggbb", or empty: none
        QString after;
        bool operator==(const ColourEdit &) const = default;
    };
    QList<ClaimEdit> claims;
    QList<ColourEdit> colours;
    QString description;

    bool isEmpty() const { return claims.isEmpty() && colours.isEmpty(); }
    MarkupChange inverse() const;
    /// Sets every after; what it replaces is not checked (a single window holds the markup).
    void applyTo(Markup &markup) const;

    /// The change that sets each of `claimIds`' markup through `edit`, from `markup` as it stands;
    /// claims `edit` leaves as they were are left out.
    template <typename Edit>
    static MarkupChange edit(const Markup &markup, const QStringList &claimIds, Edit edit,
                             const QString &description)
    {
        MarkupChange change;
        change.description = description;
        for (const QString &id : claimIds) {
            const ClaimMarkup before = markup.of(id);
            const ClaimMarkup after = edit(before);
            if (after != before)
                change.claims.append({id, before, after});
        }
        return change;
    }

    bool operator==(const MarkupChange &) const = default;
};
