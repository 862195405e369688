#include "DatasetValidator.h"

#include "TextUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

class Reporter
{
public:
    Reporter(QString file, Problems *problems) : m_file(std::move(file)), m_problems(problems) {}
    void operator()(const QString &record, const QString &field, const QString &message)
    {
        m_problems->append({m_file, record, field, message, 0, 0});
    }

private:
    QString m_file;
    Problems *m_problems;
};

QString name(const char *kind, const QString &id, int index, const char *plural)
{
    if (DatasetValidator::isValidId(id))
        return QStringLiteral("%1 %2").arg(QLatin1String(kind), id);
    return QStringLiteral("%1[%2]").arg(QLatin1String(plural)).arg(index);
}

// Ids: well-formed and unique within their list.
template <typename T>
void checkIds(const QList<T> &records, const char *kind, const char *plural, Reporter &report)
{
    QSet<QString> seen;
    for (int i = 0; i < records.size(); ++i) {
        const QString &id = records[i].id;
        const QString rec = name(kind, id, i, plural);
        if (!DatasetValidator::isValidId(id))
            report(rec, QStringLiteral("id"),
                   QCoreApplication::translate(
                       "DatasetValidator",
                       "'%1' is not a valid id (lowercase letters, digits, '.', '_', '-'; "
                       "at most 64)")
                       .arg(id.left(80)));
        else if (seen.contains(id))
            report(rec, QStringLiteral("id"),
                   QCoreApplication::translate("DatasetValidator", "duplicate id '%1'").arg(id));
        seen.insert(id);
    }
}

void requireText(Reporter &report, const QString &rec, const char *field, const QString &value)
{
    if (value.trimmed().isEmpty())
        report(rec, QLatin1String(field),
               QCoreApplication::translate("DatasetValidator", "must not be empty"));
}

// Statements, names and notes are short by nature; a megabyte in one is an error, not data.
void limitLength(Reporter &report, const QString &rec, const QString &field, const QString &value)
{
    if (value.size() > DatasetValidator::MaxTextLength)
        report(rec, field,
               QCoreApplication::translate("DatasetValidator",
                                           "is %1 characters long; text fields hold at most %2")
                   .arg(value.size())
                   .arg(DatasetValidator::MaxTextLength));
}

void checkSources(const Dataset &d, Reporter &report)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (int i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources[i];
        const QString rec = name("source", s.id, i, "sources");
        requireText(report, rec, "file", s.file);
        requireText(report, rec, "outlet", s.outlet);
        requireText(report, rec, "title", s.title);
        requireText(report, rec, "language", s.language);
        for (const auto &[field, value] : {std::pair{"outlet", &s.outlet},
                                           {"title", &s.title},
                                           {"author", &s.author},
                                           {"published_note", &s.publishedNote}})
            limitLength(report, rec, QLatin1String(field), *value);
        if (s.file.contains(QLatin1Char('/')) || s.file.contains(QLatin1Char('\\')) ||
            s.file.startsWith(QLatin1Char('.')))
            report(
                rec, QStringLiteral("file"),
                QCoreApplication::translate(
                    "DatasetValidator", "'%1' must be a plain file name inside the corpus folder")
                    .arg(s.file));
        if (!hex.match(s.sha256).hasMatch())
            report(rec, QStringLiteral("sha256"),
                   QCoreApplication::translate("DatasetValidator",
                                               "must be 64 lowercase hexadecimal digits"));
    }
}

void checkActors(const Dataset &d, Reporter &report)
{
    for (int i = 0; i < d.actors.size(); ++i) {
        const Actor &a = d.actors[i];
        const QString rec = name("actor", a.id, i, "actors");
        requireText(report, rec, "name", a.name);
        limitLength(report, rec, QStringLiteral("name"), a.name);
        limitLength(report, rec, QStringLiteral("description"), a.description);
        if (!DatasetValidator::actorKinds().contains(a.kind))
            report(rec, QStringLiteral("kind"),
                   QCoreApplication::translate("DatasetValidator", "unknown kind '%1' (one of: %2)")
                       .arg(a.kind, DatasetValidator::actorKinds().join(QStringLiteral(", "))));
        for (int k = 0; k < a.aliases.size(); ++k)
            if (a.aliases[k].trimmed().isEmpty())
                report(rec, QStringLiteral("aliases[%1]").arg(k),
                       QCoreApplication::translate("DatasetValidator", "must not be empty"));
    }
}

void checkCitation(const Dataset &d, const Citation &c, const QString &rec, const QString &field,
                   Reporter &report)
{
    if (d.sourceIndex(c.source) < 0)
        report(
            rec, field + QStringLiteral(".source"),
            QCoreApplication::translate("DatasetValidator", "unknown source '%1'").arg(c.source));
    if (c.paragraph < 1)
        report(rec, field + QStringLiteral(".paragraph"),
               QCoreApplication::translate("DatasetValidator", "must be 1 or more"));
    if (c.quote.trimmed().isEmpty())
        report(rec, field + QStringLiteral(".quote"),
               QCoreApplication::translate("DatasetValidator", "must not be empty"));
    const qsizetype length = TextUtil::codePointCount(c.quote);
    if (length > DatasetValidator::MaxQuoteLength)
        report(rec, field + QStringLiteral(".quote"),
               QCoreApplication::translate("DatasetValidator",
                                           "is %1 characters long; quotes are at most %2")
                   .arg(length)
                   .arg(DatasetValidator::MaxQuoteLength));
}

void checkClaims(const Dataset &d, Reporter &report)
{
    for (int i = 0; i < d.claims.size(); ++i) {
        const Claim &c = d.claims[i];
        const QString rec = name("claim", c.id, i, "claims");
        requireText(report, rec, "statement", c.statement);
        limitLength(report, rec, QStringLiteral("statement"), c.statement);
        limitLength(report, rec, QStringLiteral("date_note"), c.dateNote);
        if (!DatasetValidator::claimKinds().contains(c.kind))
            report(rec, QStringLiteral("kind"),
                   QCoreApplication::translate("DatasetValidator", "unknown kind '%1' (one of: %2)")
                       .arg(c.kind, DatasetValidator::claimKinds().join(QStringLiteral(", "))));
        for (int k = 0; k < c.actors.size(); ++k)
            if (d.actorIndex(c.actors[k].actor) < 0)
                report(rec, QStringLiteral("actors[%1].actor").arg(k),
                       QCoreApplication::translate("DatasetValidator", "unknown actor '%1'")
                           .arg(c.actors[k].actor));
        if (!c.claimant.isEmpty() && d.actorIndex(c.claimant) < 0)
            report(rec, QStringLiteral("claimant"),
                   QCoreApplication::translate("DatasetValidator", "unknown actor '%1'")
                       .arg(c.claimant));
        if (!c.respondsTo.isEmpty()) {
            if (d.claimIndex(c.respondsTo) < 0)
                report(rec, QStringLiteral("responds_to"),
                       QCoreApplication::translate("DatasetValidator", "unknown claim '%1'")
                           .arg(c.respondsTo));
            else if (c.respondsTo == c.id)
                report(rec, QStringLiteral("responds_to"),
                       QCoreApplication::translate("DatasetValidator",
                                                   "a claim cannot answer itself"));
        }
        if (c.citations.isEmpty())
            report(rec, QStringLiteral("citations"),
                   QCoreApplication::translate("DatasetValidator",
                                               "a claim needs at least one citation"));
        for (int k = 0; k < c.citations.size(); ++k)
            checkCitation(d, c.citations[k], rec, QStringLiteral("citations[%1]").arg(k), report);
    }
}

void checkConflicts(const Dataset &d, Reporter &report)
{
    for (int i = 0; i < d.conflicts.size(); ++i) {
        const Conflict &k = d.conflicts[i];
        const QString rec = name("conflict", k.id, i, "conflicts");
        requireText(report, rec, "about", k.about);
        limitLength(report, rec, QStringLiteral("about"), k.about);
        if (QSet<QString>(k.claims.begin(), k.claims.end()).size() < 2)
            report(rec, QStringLiteral("claims"),
                   QCoreApplication::translate("DatasetValidator",
                                               "a conflict links two different claims or more"));
        for (int c = 0; c < k.claims.size(); ++c)
            if (d.claimIndex(k.claims[c]) < 0)
                report(rec, QStringLiteral("claims[%1]").arg(c),
                       QCoreApplication::translate("DatasetValidator", "unknown claim '%1'")
                           .arg(k.claims[c]));
    }
}

} // namespace

const QStringList &DatasetValidator::claimKinds()
{
    static const QStringList kinds{QStringLiteral("event"),    QStringLiteral("allegation"),
                                   QStringLiteral("response"), QStringLiteral("figure"),
                                   QStringLiteral("context"),  QStringLiteral("policy"),
                                   QStringLiteral("analysis")};
    return kinds;
}

const QStringList &DatasetValidator::actorKinds()
{
    static const QStringList kinds{QStringLiteral("person"),  QStringLiteral("organization"),
                                   QStringLiteral("company"), QStringLiteral("product"),
                                   QStringLiteral("court"),   QStringLiteral("government"),
                                   QStringLiteral("group"),   QStringLiteral("media")};
    return kinds;
}

bool DatasetValidator::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

Problems DatasetValidator::validate(const Dataset &dataset, const QString &fileName)
{
    Problems problems;
    Reporter report(fileName, &problems);
    for (const auto &[field, value] : {std::pair{"version", &dataset.info.version},
                                       {"title", &dataset.info.title},
                                       {"description", &dataset.info.description}})
        limitLength(report, {}, QLatin1String(field), *value);
    checkIds(dataset.sources, "source", "sources", report);
    checkIds(dataset.actors, "actor", "actors", report);
    checkIds(dataset.claims, "claim", "claims", report);
    checkIds(dataset.conflicts, "conflict", "conflicts", report);
    checkSources(dataset, report);
    checkActors(dataset, report);
    checkClaims(dataset, report);
    checkConflicts(dataset, report);
    return problems;
}
