#include "models/filter/ClaimFilter.h"

#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"

#include <QCoreApplication>

namespace {

/// The kinds in the reader's language ("Allegation", "Accusation"), not their keys.
QStringList kindLabels(const QStringList &kinds)
{
    QStringList labels;
    for (const QString &kind : kinds)
        labels << ClaimKinds::label(kind);
    return labels;
}

QString yearsText(int from, int to)
{
    if (from && to)
        return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
    if (from)
        return QCoreApplication::translate("ClaimFilter", "from %1").arg(from);
    return QCoreApplication::translate("ClaimFilter", "until %1").arg(to);
}

QStringList actorNames(const Dataset &d, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(TextUtil::isolated(d.actorName(id)));
    return names;
}

QStringList sourceNames(const Dataset &d, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const int s = d.sourceIndex(id);
        names.append(TextUtil::isolated(s >= 0 ? d.sources[s].label : id));
    }
    return names;
}

/// The conflict, sourcing and claimant parts in words, shared by both descriptions.
QStringList questionParts(const ClaimFilter &f, const Dataset &d)
{
    QStringList parts;
    if (f.inConflict == ClaimFilter::Side::Yes)
        parts << QCoreApplication::translate("ClaimFilter", "in conflict");
    else if (f.inConflict == ClaimFilter::Side::No)
        parts << QCoreApplication::translate("ClaimFilter", "in no conflict");
    if (f.singleSource == ClaimFilter::Side::Yes)
        parts << QCoreApplication::translate("ClaimFilter", "single source");
    else if (f.singleSource == ClaimFilter::Side::No)
        parts << QCoreApplication::translate("ClaimFilter", "several sources");
    QStringList who = actorNames(d, f.claimants);
    if (f.reportedAsFact)
        who << QCoreApplication::translate("ClaimFilter", "reported as fact");
    if (!who.isEmpty())
        parts << QCoreApplication::translate("ClaimFilter", "claimed by %1")
                     .arg(who.join(QStringLiteral(", ")));
    if (f.keyOnly)
        parts << QCoreApplication::translate("ClaimFilter", "key claims");
    if (!f.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : f.tags)
            tags << QStringLiteral("“%1”").arg(TextUtil::isolated(tag));
        parts << QCoreApplication::translate("ClaimFilter", "tagged %1")
                     .arg(tags.join(QStringLiteral(", ")));
    }
    return parts;
}

} // namespace

bool ClaimFilter::isEmpty() const
{
    return actors.isEmpty() && !fromYear && !toYear && sources.isEmpty() && kinds.isEmpty() &&
           text.trimmed().isEmpty() && inConflict == Side::Any && singleSource == Side::Any &&
           claimants.isEmpty() && !reportedAsFact && !keyOnly && tags.isEmpty();
}

QString ClaimFilter::describe(const Dataset &dataset) const
{
    QStringList parts;
    const QString comma = QStringLiteral(", ");
    if (!actors.isEmpty())
        parts << actorNames(dataset, actors).join(comma);
    if (fromYear || toYear)
        parts << yearsText(fromYear, toYear);
    if (!sources.isEmpty())
        parts << sourceNames(dataset, sources).join(comma);
    if (!kinds.isEmpty())
        parts << kindLabels(kinds).join(comma);
    if (!text.trimmed().isEmpty())
        parts << QStringLiteral("“%1”").arg(TextUtil::isolated(text.trimmed()));
    parts << questionParts(*this, dataset);
    return parts.isEmpty() ? QCoreApplication::translate("ClaimFilter", "All claims")
                           : parts.join(QStringLiteral(" · "));
}

QString ClaimFilter::describeLabelled(const Dataset &dataset) const
{
    QStringList parts;
    const QString comma = QStringLiteral(", ");
    if (!actors.isEmpty())
        parts << QCoreApplication::translate("ClaimFilter", "Actors: %1")
                     .arg(actorNames(dataset, actors).join(comma));
    if (fromYear || toYear)
        parts << QCoreApplication::translate("ClaimFilter", "Years: %1")
                     .arg(yearsText(fromYear, toYear));
    if (!sources.isEmpty())
        parts << QCoreApplication::translate("ClaimFilter", "Sources: %1")
                     .arg(sourceNames(dataset, sources).join(comma));
    if (!kinds.isEmpty())
        parts << QCoreApplication::translate("ClaimFilter", "Kinds: %1")
                     .arg(kindLabels(kinds).join(comma));
    if (!text.trimmed().isEmpty())
        parts << QCoreApplication::translate("ClaimFilter", "Search: “%1”")
                     .arg(TextUtil::isolated(text.trimmed()));
    parts << questionParts(*this, dataset);
    return parts.isEmpty() ? QCoreApplication::translate("ClaimFilter", "All claims")
                           : parts.join(QStringLiteral(" · "));
}
