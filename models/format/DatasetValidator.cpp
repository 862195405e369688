#include "models/format/DatasetValidator.h"

#include "models/data/ActorKinds.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Parallel.h"
#include "models/data/RecordName.h"
#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Claims from which checking them is shared among threads.
constexpr qsizetype ParallelClaims = 4096;

// A record's id names it in messages when it is a valid id.
struct ValidId
{
    const QString *id = nullptr;
    QString operator()() const { return DatasetValidator::isValidId(*id) ? *id : QString(); }
};
using RecordName = LazyRecordName<ValidId>;

class Reporter
{
public:
    Reporter(QString file, Problems *problems) : m_file(std::move(file)), m_problems(problems) {}
    void operator()(const RecordName &record, const QString &field, const QString &message)
    {
        m_problems->append({m_file, record.text(), field, message, 0, 0});
    }

private:
    QString m_file;
    Problems *m_problems;
};

// True when some id occurs twice. An index maps an id to one record, so two records with the
// same id cannot both find themselves: this holds even for a stale index.
template <typename T, typename Lookup> bool hasDuplicates(const QList<T> &records, Lookup indexOf)
{
    for (int i = 0; i < records.size(); ++i)
        if (indexOf(records[i].id) != i)
            return true;
    return false;
}

// Ids: well-formed and unique within their list.
template <typename T, typename Lookup>
void checkIds(const QList<T> &records, Lookup indexOf, const char *kind, const char *plural,
              Reporter &report)
{
    const bool duplicates = hasDuplicates(records, indexOf);
    QSet<QString> seen;
    for (int i = 0; i < records.size(); ++i) {
        const QString &id = records[i].id;
        const RecordName rec(kind, plural, i, ValidId{&id});
        if (!DatasetValidator::isValidId(id))
            report(rec, QStringLiteral("id"),
                   QCoreApplication::translate(
                       "DatasetValidator",
                       "'%1' is not a valid id (lowercase letters, digits, '.', '_', '-'; "
                       "at most 64)")
                       .arg(id.left(80)));
        else if (duplicates && seen.contains(id))
            report(rec, QStringLiteral("id"),
                   QCoreApplication::translate("DatasetValidator", "duplicate id '%1'").arg(id));
        if (duplicates)
            seen.insert(id);
    }
}

void requireText(Reporter &report, const RecordName &rec, const char *field, const QString &value)
{
    if (value.trimmed().isEmpty())
        report(rec, QLatin1String(field),
               QCoreApplication::translate("DatasetValidator", "must not be empty"));
}

// Statements, names and notes are short by nature; a megabyte in one is an error, not data.
void limitLength(Reporter &report, const RecordName &rec, const QString &field,
                 const QString &value)
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
        const RecordName rec("source", "sources", i, ValidId{&s.id});
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
        const RecordName rec("actor", "actors", i, ValidId{&a.id});
        requireText(report, rec, "name", a.name);
        limitLength(report, rec, QStringLiteral("name"), a.name);
        limitLength(report, rec, QStringLiteral("description"), a.description);
        if (!ActorKinds::known().contains(a.kind))
            report(rec, QStringLiteral("kind"),
                   QCoreApplication::translate("DatasetValidator", "unknown kind '%1' (one of: %2)")
                       .arg(a.kind, ActorKinds::known().join(QStringLiteral(", "))));
        for (int k = 0; k < a.aliases.size(); ++k)
            if (a.aliases[k].trimmed().isEmpty())
                report(rec, QStringLiteral("aliases[%1]").arg(k),
                       QCoreApplication::translate("DatasetValidator", "must not be empty"));
    }
}

// Dataset::findActor() finds an actor by its id, name or aliases, folded: one of these that folds
// like another actor's would find only one of the two, silently. Within one actor a repeat is
// harmless ("Tesla" as name and alias).
void checkActorNames(const Dataset &d, Reporter &report)
{
    const auto fold = [](const QString &text) { return TextUtil::foldForSearch(text.trimmed()); };
    QHash<QString, int> byId;
    for (int i = 0; i < d.actors.size(); ++i)
        byId.insert(fold(d.actors[i].id), i);
    QHash<QString, int> byName; // the first actor with the name or alias
    for (int i = 0; i < d.actors.size(); ++i) {
        const Actor &a = d.actors[i];
        const RecordName rec("actor", "actors", i, ValidId{&a.id});
        for (int k = -1; k < a.aliases.size(); ++k) {
            const QString &name = k < 0 ? a.name : a.aliases[k];
            const QString folded = fold(name);
            if (folded.isEmpty())
                continue; // reported as empty
            int owner = byId.value(folded, -1);
            if (owner < 0) {
                owner = byName.value(folded, i);
                byName.insert(folded, owner);
            }
            if (owner == i)
                continue;
            const QString field =
                k < 0 ? QStringLiteral("name") : QStringLiteral("aliases[%1]").arg(k);
            report(rec, field,
                   QCoreApplication::translate("DatasetValidator",
                                               "'%1' also names actor '%2': it must find one actor")
                       .arg(name, d.actors[owner].id));
        }
    }
}

// `index` places the citation in its claim: "citations[2].quote".
void checkCitation(const Dataset &d, const Citation &c, const RecordName &rec, int index,
                   Reporter &report)
{
    const auto field = [index](const char *name) {
        return QStringLiteral("citations[%1]").arg(index) + QLatin1String(name);
    };
    if (d.sourceIndex(c.source) < 0)
        report(
            rec, field(".source"),
            QCoreApplication::translate("DatasetValidator", "unknown source '%1'").arg(c.source));
    if (c.paragraph < 1)
        report(rec, field(".paragraph"),
               QCoreApplication::translate("DatasetValidator", "must be 1 or more"));
    if (c.quote.trimmed().isEmpty())
        report(rec, field(".quote"),
               QCoreApplication::translate("DatasetValidator", "must not be empty"));
    const qsizetype length = TextUtil::codePointCount(c.quote);
    if (length > DatasetValidator::MaxQuoteLength)
        report(rec, field(".quote"),
               QCoreApplication::translate("DatasetValidator",
                                           "is %1 characters long; quotes are at most %2")
                   .arg(length)
                   .arg(DatasetValidator::MaxQuoteLength));
}

void checkClaims(const Dataset &d, qsizetype from, qsizetype to, Reporter &report)
{
    for (int i = int(from); i < to; ++i) {
        const Claim &c = d.claims[i];
        const RecordName rec("claim", "claims", i, ValidId{&c.id});
        requireText(report, rec, "statement", c.statement);
        limitLength(report, rec, QStringLiteral("statement"), c.statement);
        limitLength(report, rec, QStringLiteral("date_note"), c.dateNote);
        if (!ClaimKinds::known().contains(c.kind))
            report(rec, QStringLiteral("kind"),
                   QCoreApplication::translate("DatasetValidator", "unknown kind '%1' (one of: %2)")
                       .arg(c.kind, ClaimKinds::known().join(QStringLiteral(", "))));
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
            checkCitation(d, c.citations[k], rec, k, report);
    }
}

void checkConflicts(const Dataset &d, Reporter &report)
{
    for (int i = 0; i < d.conflicts.size(); ++i) {
        const Conflict &k = d.conflicts[i];
        const RecordName rec("conflict", "conflicts", i, ValidId{&k.id});
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

bool DatasetValidator::isValidId(const QString &id)
{
    // [a-z0-9][a-z0-9._-]{0,63}, the whole id, written out: it runs for every record, and a
    // regular expression match cost more than the rest of validation. Nothing may follow, not
    // even the final newline a PCRE '$' lets through: "c1\n" looks like c1 and is another id.
    const QStringView text(id);
    if (text.isEmpty() || text.size() > 64)
        return false;
    const auto alphanumeric = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    if (!alphanumeric(text.front().unicode()))
        return false;
    for (const QChar c : text.sliced(1)) {
        const char16_t u = c.unicode();
        if (!alphanumeric(u) && u != u'.' && u != u'_' && u != u'-')
            return false;
    }
    return true;
}

Problems DatasetValidator::validate(const Dataset &dataset, const QString &fileName)
{
    Problems problems;
    Reporter report(fileName, &problems);
    const auto checkAllButClaims = [&] {
        for (const auto &[field, value] : {std::pair{"version", &dataset.info.version},
                                           {"title", &dataset.info.title},
                                           {"description", &dataset.info.description}})
            limitLength(report, RecordName(QString()), QLatin1String(field), *value);
        checkIds(
            dataset.sources, [&](const QString &id) { return dataset.sourceIndex(id); }, "source",
            "sources", report);
        checkIds(
            dataset.actors, [&](const QString &id) { return dataset.actorIndex(id); }, "actor",
            "actors", report);
        checkIds(
            dataset.claims, [&](const QString &id) { return dataset.claimIndex(id); }, "claim",
            "claims", report);
        // Conflicts have no index: always the set.
        checkIds(
            dataset.conflicts, [](const QString &) { return -1; }, "conflict", "conflicts", report);
        checkSources(dataset, report);
        checkActors(dataset, report);
        checkActorNames(dataset, report);
    };
    // Checking the claims is most of the work. A large dataset's are shared among the pool's
    // threads and this one, each range into a list of its own, while another thread checks
    // the rest; the lists then follow the rest's problems in the claims' order.
    const qsizetype claims = dataset.claims.size();
    QFuture<void> rest;
    if (claims >= ParallelClaims)
        rest = QtConcurrent::run(checkAllButClaims);
    else
        checkAllButClaims();
    const QList<Problems> claimProblems =
        Parallel::mapRanges(claims, ParallelClaims, [&](qsizetype from, qsizetype to) {
            Problems found;
            Reporter rangeReport(fileName, &found);
            checkClaims(dataset, from, to, rangeReport);
            return found;
        });
    rest.waitForFinished();
    for (const Problems &found : claimProblems)
        problems.append(found);
    checkConflicts(dataset, report);
    return problems;
}
