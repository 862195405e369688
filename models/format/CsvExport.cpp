#include "models/format/CsvExport.h"

namespace {

void cell(QByteArray &out, QString value, bool last = false)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value.contains(QLatin1Char('\''));
    if (quote) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += '"' + value.toUtf8() + '"';
    } else {
        out += value.toUtf8();
    }
    out += last ? "\r\n" : ",";
}

QString precisionWord(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QStringLiteral("year");
    case PartialDate::Precision::Month:
        return QStringLiteral("month");
    case PartialDate::Precision::Day:
        return QStringLiteral("day");
    case PartialDate::Precision::Invalid:
        break;
    }
    return {};
}

} // namespace

namespace CsvExport {

QByteArray write(const Dataset &d, const QList<int> &claims, Options options)
{
    QByteArray out = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += "claim_id,date,start_date,end_date,date_precision,date_basis,kind,statement,actors,"
           "claimant,source,source_label,outlet,published,paragraph,quote\r\n";
    for (int index : claims) {
        const Claim &c = d.claims[index];
        QStringList actors;
        for (const ActorRef &ref : c.actors) {
            const QString name = d.actorName(ref.actor);
            actors << (ref.role.isEmpty()
                           ? name
                           : name + QStringLiteral(" (") + ref.role + QLatin1Char(')'));
        }
        const QString claimant = d.actorName(c.claimant);
        for (const Citation &cit : c.citations) {
            const int s = d.sourceIndex(cit.source);
            cell(out, c.id);
            cell(out, c.date.toIsoString());
            cell(out, c.date.isValid() ? c.date.first().toString(Qt::ISODate) : QString());
            cell(out, c.date.isValid() ? c.date.last().toString(Qt::ISODate) : QString());
            cell(out, precisionWord(c.date));
            // "reported": the date is only when the claim was reported, not when it happened.
            cell(out, c.datedByReport ? QStringLiteral("reported") : QStringLiteral("text"));
            cell(out, c.kind);
            cell(out, c.statement);
            cell(out, actors.join(QStringLiteral("; ")));
            cell(out, claimant);
            cell(out, cit.source);
            cell(out, s >= 0 ? d.sources[s].label : QString());
            cell(out, s >= 0 ? d.sources[s].outlet : QString());
            cell(out, s >= 0 ? d.sources[s].published.toIsoString() : QString());
            cell(out, QString::number(cit.paragraph));
            cell(out, cit.quote, true);
        }
    }
    return out;
}

} // namespace CsvExport
