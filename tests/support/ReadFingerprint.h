#pragma once

#include "models/format/DatasetJsonReader.h"

#include <QStringList>

/// Everything a read gives (problems, digest, every field of every record, null strings told
/// from empty ones), as text: two ways of reading the same bytes must give the same.
namespace ReadFingerprint {

inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("<null>") : QLatin1Char('"') + s + QLatin1Char('"');
}

inline QString date(const PartialDate &d)
{
    return QStringLiteral("%1/%2-%3-%4")
        .arg(int(d.precision()))
        .arg(d.year())
        .arg(d.month())
        .arg(d.day());
}

inline QString ofClaim(const Claim &c)
{
    QStringList out{text(c.id),        date(c.date),     text(c.dateNote),  text(c.kind),
                    text(c.statement), text(c.claimant), text(c.respondsTo)};
    for (const ActorRef &a : c.actors)
        out << QStringLiteral("actor ") + text(a.actor) + text(a.role);
    for (const Citation &k : c.citations)
        out << QStringLiteral("cite ") + text(k.source) + QString::number(k.paragraph) +
                   text(k.quote) + text(k.prefix) + text(k.suffix);
    return out.join(QLatin1Char(' '));
}

inline QString of(const DatasetJsonReader::Result &r)
{
    QStringList out;
    for (const Problem &p : r.problems)
        out << p.toString();
    out << QString::fromLatin1(r.sha256);
    const Dataset &d = r.dataset;
    out << text(d.info.version) + text(d.info.title) + text(d.info.description);
    for (const Source &s : d.sources)
        out << text(s.id) + text(s.file) + text(s.outlet) + text(s.title) + text(s.author) +
                   date(s.published) + text(s.publishedNote) + text(s.language) + text(s.sha256);
    for (const Actor &a : d.actors)
        out << text(a.id) + text(a.name) + text(a.kind) + a.aliases.join(QLatin1Char('|')) +
                   text(a.description);
    for (const Claim &c : d.claims)
        out << ofClaim(c);
    for (const Conflict &k : d.conflicts)
        out << text(k.id) + k.claims.join(QLatin1Char('|')) + text(k.about);
    return out.join(QLatin1Char('\n'));
}

} // namespace ReadFingerprint
