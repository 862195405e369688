#include "models/format/TimelineJsExport.h"

#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

/// Dataset text as HTML text: escaped, and isolated so it cannot reorder what is around it.
QString text(const QString &data)
{
    return TextUtil::isolated(data).toHtmlEscaped();
}

QJsonObject dateObject(const PartialDate &date)
{
    QJsonObject out{{QStringLiteral("year"), QString::number(date.year())}};
    if (date.precision() != PartialDate::Precision::Year)
        out.insert(QStringLiteral("month"), QString::number(date.month()));
    if (date.precision() == PartialDate::Precision::Day)
        out.insert(QStringLiteral("day"), QString::number(date.day()));
    return out;
}

QString attribution(const Dataset &d, const Citation &citation)
{
    const auto translate = [](const char *s) {
        return QCoreApplication::translate("TimelineJsExport", s);
    };
    QStringList parts;
    const int s = d.sourceIndex(citation.source);
    if (s >= 0) {
        const Source &source = d.sources[s];
        parts << text(source.outlet);
        if (!source.title.isEmpty())
            parts << QStringLiteral("“%1”").arg(text(source.title));
        if (!source.author.isEmpty())
            parts << text(source.author);
        if (source.published.isValid())
            parts << translate("published %1").arg(source.published.toIsoString());
    } else {
        parts << text(citation.source);
    }
    parts << translate("paragraph %1").arg(citation.paragraph);
    return parts.join(QStringLiteral(", "));
}

QJsonObject slide(const Dataset &d, int index)
{
    const Claim &c = d.claims[index];
    QString body = QStringLiteral("<p>%1 · %2</p>")
                       .arg(ClaimDate::withPrecision(c).toHtmlEscaped(),
                            ClaimKinds::label(c.kind).toHtmlEscaped());
    for (const Citation &citation : c.citations)
        body += QStringLiteral("<blockquote>“%1”</blockquote><p>— %2</p>")
                    .arg(text(citation.quote), attribution(d, citation));
    return {{QStringLiteral("unique_id"), c.id},
            {QStringLiteral("start_date"), dateObject(c.date)},
            {QStringLiteral("display_date"), ClaimDate::shortText(c)},
            {QStringLiteral("group"), ClaimKinds::label(c.kind)},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), text(c.statement)},
                                                 {QStringLiteral("text"), body}}}};
}

} // namespace

namespace TimelineJsExport {

QByteArray write(const Dataset &d, const QList<int> &claims)
{
    QList<int> dated;
    for (int c : claims)
        if (c >= 0 && c < d.claims.size() && d.claims[c].date.isValid())
            dated << c;
    std::stable_sort(dated.begin(), dated.end(),
                     [&d](int a, int b) { return d.claims[a].date < d.claims[b].date; });
    QJsonArray events;
    for (int c : dated)
        events.append(slide(d, c));
    const QJsonObject title{
        {QStringLiteral("text"),
         QJsonObject{
             {QStringLiteral("headline"), text(d.info.title)},
             {QStringLiteral("text"), QStringLiteral("<p>%1</p>").arg(text(d.info.description))}}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Indented);
}

} // namespace TimelineJsExport
