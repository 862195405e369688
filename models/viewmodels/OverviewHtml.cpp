#include "models/viewmodels/OverviewHtml.h"

#include "models/data/ClaimDate.h"
#include "models/data/Dataset.h"
#include "models/filter/ClaimFilter.h"
#include "models/viewmodels/DisputeSummary.h"
#include "models/viewmodels/PlainText.h"

#include <QCoreApplication>

namespace {

QString link(const char *kind, int index, const QString &html)
{
    const QString target = index < 0 ? QString::fromLatin1(kind)
                                     : QStringLiteral("%1/%2").arg(QLatin1String(kind)).arg(index);
    return QStringLiteral("<a href='%1:%2'>%3</a>")
        .arg(QLatin1String(OverviewHtml::Scheme), target, html);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin:10px 0 2px 0'>%1</h4>").arg(text.toHtmlEscaped());
}

QString line(const QString &html)
{
    return QStringLiteral("<p style='margin:1px 0'>%1</p>").arg(html);
}

/// "45 of 117 claims" under a filter, "117 claims" without one.
QString count(bool filtered, int shown, int all, const char *text, const char *ofText)
{
    return filtered ? QCoreApplication::translate("Overview", ofText, nullptr, all).arg(shown)
                    : QCoreApplication::translate("Overview", text, nullptr, all);
}

QString counts(bool filtered, const DisputeSummary &shown, const DisputeSummary &all)
{
    const QStringList parts = {count(filtered, int(shown.claims.size()), int(all.claims.size()),
                                     QT_TRANSLATE_N_NOOP("Overview", "%n claim(s)"),
                                     QT_TRANSLATE_N_NOOP("Overview", "%1 of %n claim(s)")),
                               count(filtered, int(shown.parties.size()), int(all.parties.size()),
                                     QT_TRANSLATE_N_NOOP("Overview", "%n actor(s)"),
                                     QT_TRANSLATE_N_NOOP("Overview", "%1 of %n actor(s)")),
                               count(filtered, int(shown.sources.size()), int(all.sources.size()),
                                     QT_TRANSLATE_N_NOOP("Overview", "%n source(s)"),
                                     QT_TRANSLATE_N_NOOP("Overview", "%1 of %n source(s)")),
                               count(filtered, int(shown.conflicts.size()),
                                     int(all.conflicts.size()),
                                     QT_TRANSLATE_N_NOOP("Overview", "%n conflict(s)"),
                                     QT_TRANSLATE_N_NOOP("Overview", "%1 of %n conflict(s)"))};
    return parts.join(QStringLiteral(" · ")).toHtmlEscaped();
}

QString span(const Dataset &d, const DisputeSummary &s)
{
    if (s.firstClaim < 0)
        return QCoreApplication::translate("Overview", "No claim is shown.").toHtmlEscaped();
    const QString first = ClaimDate::longText(d.claims[s.firstClaim]);
    const QString last = ClaimDate::longText(d.claims[s.lastClaim]);
    const QString text = first == last
                             ? first
                             : QCoreApplication::translate("Overview", "%1 to %2").arg(first, last);
    return QCoreApplication::translate("Overview", "Span: %1").arg(text).toHtmlEscaped();
}

QString parties(const Dataset &d, const ClaimFilter &filter, const DisputeSummary &s)
{
    QString html = heading(QCoreApplication::translate("Overview", "Parties"));
    const int listed = int(std::min<qsizetype>(s.parties.size(), OverviewHtml::MaxParties));
    for (int i = 0; i < listed; ++i) {
        const DisputeSummary::Party &party = s.parties[i];
        const Actor &actor = d.actors[party.actor];
        const QString claims =
            QCoreApplication::translate("Overview", "%n claim(s)", nullptr, party.claims);
        QString text = link(OverviewHtml::ActorLink, party.actor, PlainText::html(actor.name)) +
                       QStringLiteral(" — ") + claims.toHtmlEscaped();
        if (filter.actors.contains(actor.id))
            text += QStringLiteral(" · ") +
                    QCoreApplication::translate("Overview", "in the filter").toHtmlEscaped();
        html += line(text);
    }
    if (s.parties.size() > listed)
        html += line(QCoreApplication::translate("Overview", "and %n more in the Actors list",
                                                 nullptr, int(s.parties.size()) - listed)
                         .toHtmlEscaped());
    if (s.parties.isEmpty())
        html += line(QCoreApplication::translate("Overview", "None among the claims shown.")
                         .toHtmlEscaped());
    return html;
}

QString conflicts(const Dataset &d, const DisputeSummary &s)
{
    QString html = heading(QCoreApplication::translate("Overview", "Points of conflict"));
    const int listed = int(std::min<qsizetype>(s.conflicts.size(), OverviewHtml::MaxConflicts));
    for (int i = 0; i < listed; ++i) {
        const DisputeSummary::ConflictPart &part = s.conflicts[i];
        const Conflict &conflict = d.conflicts[part.conflict];
        const int claims = int(part.shown.size() + part.outside.size());
        const QString sides =
            part.outside.isEmpty()
                ? QCoreApplication::translate("Overview", "%n claim(s)", nullptr, claims)
                : QCoreApplication::translate("Overview", "%1 of %n claim(s) shown", nullptr,
                                              claims)
                      .arg(part.shown.size());
        html +=
            line(link(OverviewHtml::ConflictLink, part.conflict, PlainText::html(conflict.about)) +
                 QStringLiteral(" — ") + sides.toHtmlEscaped());
    }
    if (s.conflicts.size() > listed)
        html += line(QCoreApplication::translate("Overview", "and %n more in the Conflicts view",
                                                 nullptr, int(s.conflicts.size()) - listed)
                         .toHtmlEscaped());
    if (s.conflicts.isEmpty())
        html += line(QCoreApplication::translate(
                         "Overview", "The sources do not disagree about any claim shown.")
                         .toHtmlEscaped());
    return html;
}

QString singleSource(const ClaimFilter &filter, const DisputeSummary &s)
{
    QString html = heading(QCoreApplication::translate("Overview", "Evidence"));
    const int n = int(s.singleSource.size());
    const QString text = QCoreApplication::translate(
        "Overview", "%n claim(s) resting on a single source", nullptr, n);
    // Once the filter asks for them, a link to ask again would do nothing.
    if (n == 0 || filter.singleSource == ClaimFilter::Side::Yes)
        html += line(text.toHtmlEscaped());
    else
        html += line(link(OverviewHtml::SingleSourceLink, -1, text.toHtmlEscaped()));
    return html;
}

} // namespace

namespace OverviewHtml {

QString html(const Dataset &dataset, const ClaimFilter &filter, const DisputeSummary &shown,
             const DisputeSummary &all)
{
    const bool filtered = !filter.isEmpty();
    const QString title = dataset.info.title.isEmpty()
                              ? QCoreApplication::translate("Overview", "Dossier").toHtmlEscaped()
                              : PlainText::html(dataset.info.title);
    QString html = QStringLiteral("<h3 style='margin:0 0 4px 0'>%1</h3>").arg(title);
    if (!dataset.info.description.isEmpty())
        html += QStringLiteral("<p style='margin:0 0 6px 0'>%1</p>")
                    .arg(PlainText::html(dataset.info.description));
    html += line(span(dataset, shown));
    html += line(counts(filtered, shown, all));
    if (filtered)
        html +=
            line(link(ClearLink, -1,
                      QCoreApplication::translate("Overview", "Show all claims (clear the filter)")
                          .toHtmlEscaped()));
    html += parties(dataset, filter, shown);
    html += conflicts(dataset, shown);
    html += singleSource(filter, shown);
    return html;
}

} // namespace OverviewHtml
