#include "models/markup/Markup.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

bool ClaimMarkup::hasTag(const QString &tag) const
{
    const QString wanted = MarkupTags::key(tag);
    return std::any_of(tags.cbegin(), tags.cend(),
                       [&](const QString &t) { return MarkupTags::key(t) == wanted; });
}

ClaimMarkup ClaimMarkup::withTag(const QString &tag, bool on) const
{
    ClaimMarkup out = *this;
    if (on && !hasTag(tag) && MarkupTags::whyNotATag(tag).isEmpty())
        out.tags.append(MarkupTags::normalise(tag));
    else if (!on) {
        const QString unwanted = MarkupTags::key(tag);
        out.tags.removeIf([&](const QString &t) { return MarkupTags::key(t) == unwanted; });
    }
    return out;
}

QString MarkupTags::normalise(const QString &tag)
{
    return tag.simplified();
}

QString MarkupTags::key(const QString &tag)
{
    return normalise(tag).toCaseFolded();
}

QStringList MarkupTags::normaliseAll(const QStringList &tags)
{
    QStringList out;
    QStringList keys;
    for (const QString &tag : tags) {
        const QString k = key(tag);
        if (k.isEmpty() || keys.contains(k) || !whyNotATag(tag).isEmpty())
            continue;
        keys.append(k);
        out.append(normalise(tag));
    }
    return out;
}

QString MarkupTags::whyNotATag(const QString &tag)
{
    const QString kept = normalise(tag);
    if (kept.isEmpty())
        return QCoreApplication::translate("MarkupTags", "A tag cannot be empty.");
    // Control characters would be invisible in a list and break a line in the report.
    const bool control = std::any_of(kept.cbegin(), kept.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (control)
        return QCoreApplication::translate("MarkupTags",
                                           "A tag cannot hold control or formatting characters.");
    if (kept.size() > 100)
        return QCoreApplication::translate("MarkupTags",
                                           "A tag can be at most 100 characters long.");
    return {};
}

QString MarkupTags::defaultColour(const QString &tag)
{
    // Light enough for dark text on it; told apart without relying on hue alone.
    static const char *const Palette[] = {"#f6c28b", "#a8d5a2", "#9ec5f0", "#e9a8c8",
                                          "#d6c6f2", "#f3e28a", "#a6dfdc", "#d9c2a7"};
    // FNV-1a: qHash is seeded per process, and a tag must keep its colour between runs.
    quint32 hash = 2166136261u;
    for (const QChar c : key(tag)) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QLatin1String(Palette[hash % std::size(Palette)]);
}

QString Markup::shownColour(const QString &tag) const
{
    const QString given = colourOf(tag);
    return given.isEmpty() ? MarkupTags::defaultColour(tag) : given;
}

void Markup::set(const QString &claimId, const ClaimMarkup &markup)
{
    if (markup.isEmpty())
        m_claims.remove(claimId);
    else
        m_claims.insert(claimId, markup);
}

QString Markup::colourOf(const QString &tag) const
{
    return m_colours.value(MarkupTags::key(tag)).second;
}

void Markup::setColour(const QString &tag, const QString &colour)
{
    if (colour.isEmpty())
        m_colours.remove(MarkupTags::key(tag));
    else
        m_colours.insert(MarkupTags::key(tag), {MarkupTags::normalise(tag), colour});
}

QHash<QString, QString> Markup::colours() const
{
    QHash<QString, QString> out;
    for (const auto &[tag, colour] : m_colours)
        out.insert(tag, colour);
    return out;
}

QStringList Markup::tags() const
{
    QHash<QString, QString> byKey;
    for (const auto &[tag, colour] : m_colours)
        byKey.insert(MarkupTags::key(tag), tag);
    for (const ClaimMarkup &markup : m_claims) {
        for (const QString &tag : markup.tags)
            byKey.insert(MarkupTags::key(tag), tag);
    }
    QStringList out = byKey.values();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const int folded = QString::compare(MarkupTags::key(a), MarkupTags::key(b));
        return folded != 0 ? folded < 0 : a < b;
    });
    return out;
}

QStringList Markup::claimsDifferingFrom(const Markup &other) const
{
    QSet<QString> ids;
    const auto differing = [&ids](const Markup &a, const Markup &b) {
        for (auto it = a.m_claims.cbegin(); it != a.m_claims.cend(); ++it)
            if (b.of(it.key()) != it.value())
                ids.insert(it.key());
    };
    differing(*this, other);
    differing(other, *this);
    QSet<QString> recoloured; // by key
    const auto recolouredIn = [&recoloured](const Markup &a, const Markup &b) {
        for (auto it = a.m_colours.cbegin(); it != a.m_colours.cend(); ++it)
            if (b.m_colours.value(it.key()) != it.value())
                recoloured.insert(it.key());
    };
    recolouredIn(*this, other);
    recolouredIn(other, *this);
    if (!recoloured.isEmpty()) {
        for (const Markup *markup : {this, &other})
            for (auto it = markup->m_claims.cbegin(); it != markup->m_claims.cend(); ++it)
                for (const QString &tag : it.value().tags)
                    if (recoloured.contains(MarkupTags::key(tag)))
                        ids.insert(it.key());
    }
    QStringList out(ids.cbegin(), ids.cend());
    out.sort();
    return out;
}

MarkupChange MarkupChange::inverse() const
{
    MarkupChange out;
    out.description = description;
    for (auto it = claims.crbegin(); it != claims.crend(); ++it)
        out.claims.append({it->claimId, it->after, it->before});
    for (auto it = colours.crbegin(); it != colours.crend(); ++it)
        out.colours.append({it->tag, it->after, it->before});
    return out;
}

void MarkupChange::applyTo(Markup &markup) const
{
    for (const ClaimEdit &edit : claims)
        markup.set(edit.claimId, edit.after);
    for (const ColourEdit &edit : colours)
        markup.setColour(edit.tag, edit.after);
}
