#include "models/store/pg/PgStore.h"

#include "models/store/ChangeJson.h"
#include "models/store/pg/PgConnect.h"
#include "models/store/pg/PgCopy.h"
#include "models/store/pg/PgLocation.h"
#include "models/store/pg/PgRecordWrite.h"
#include "models/store/pg/PgResult.h"
#include "models/store/pg/PgWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <iterator>
#include <libpq-fe.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PgStore", text);
}

// How long reconnecting waits for the old connection's answer before it opens a new one.
constexpr int AnswerMs = 2000;

// Each schema version and the script that brings the database to it from the one before.
struct Migration
{
    int version;
    const char *script;
};
constexpr Migration Migrations[] = {{1, ":/schema/pg/001_initial.sql"},
                                    {2, ":/schema/pg/002_history.sql"},
                                    {3, ":/schema/pg/003_markup.sql"}};
static_assert(Migrations[std::size(Migrations) - 1].version == PgStore::SchemaVersion);

// Every table the schema creates: what init() does not count as another program's.
const char *const OwnTables[] = {"meta",
                                 "sources",
                                 "actors",
                                 "actor_aliases",
                                 "claims",
                                 "claim_actors",
                                 "citations",
                                 "conflicts",
                                 "conflict_claims",
                                 "changes",
                                 "change_records",
                                 "markup_claims",
                                 "markup_claim_tags",
                                 "markup_tags"};

// A change as readChanges() wants it, its time as ISO 8601 in UTC as the SQLite store keeps it.
QByteArray changeQuery(const char *rest)
{
    return QByteArray("SELECT c.revision, to_char(c.time AT TIME ZONE 'UTC', "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), c.user_name, c.description, c.change ") +
           rest;
}

// libpq's messages run over several lines ("…failed: No such file or directory\n\tIs the
// server running…"); one line reads better in a message of ours.
QString messageOf(const PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).simplified();
}

} // namespace

PgStore::PgStore() = default;

PgStore::~PgStore()
{
    close();
}

void PgStore::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

std::unique_ptr<StoreWatcher> PgStore::watch(QString *error)
{
    auto watcher = std::make_unique<PgWatcher>(m_connection, m_displayName);
    if (!watcher->start(error))
        return nullptr;
    return watcher;
}

bool PgStore::reconnect(QString *error)
{
    // libpq learns that the server went only when it next talks to it; and a server gone
    // silent would keep a query waiting (the window with it) until the kernel gives up.
    if (PgConnect::answers(m_conn, AnswerMs))
        return true;
    if (!m_conn)
        return open(m_connection, error);
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        *error = tr("cannot connect to %1: %2").arg(m_displayName, serverError());
        return false;
    }
    PQsetClientEncoding(m_conn, "UTF8");
    return exec("SET client_min_messages = warning", error);
}

QString PgStore::serverError() const
{
    return PgLocation::scrubbed(messageOf(m_conn), m_connection);
}

bool PgStore::exec(const char *sql, QString *error) const
{
    const PgResult r(PQexec(m_conn, sql));
    if (r.ok())
        return true;
    *error = serverError();
    return false;
}

bool PgStore::open(const QString &connection, QString *error)
{
    close();
    m_connection = connection.trimmed();
    m_displayName = PgLocation::withoutPassword(m_connection);
    m_conn = PgConnect::open(m_connection);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        *error = tr("cannot connect to %1: %2")
                     .arg(m_displayName, m_conn ? serverError() : tr("out of memory"));
        close();
        return false;
    }
    // The server's notices (TRUNCATE's cascades and the like) are for administrators; libpq
    // would print them on standard error.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    QString why;
    if (PQsetClientEncoding(m_conn, "UTF8") != 0 ||
        !exec("SET client_min_messages = warning", &why)) {
        *error = tr("cannot use %1: %2").arg(m_displayName, why.isEmpty() ? serverError() : why);
        close();
        return false;
    }
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        *error = tr("%1 was prepared by a newer Dossier (schema %2; this program knows %3)")
                     .arg(m_displayName, QString::number(version), QString::number(SchemaVersion));
        close();
        return false;
    }
    if (version > 0 && version < SchemaVersion && !init(error)) {
        close();
        return false;
    }
    return true;
}

int PgStore::schemaVersion() const
{
    if (!m_conn)
        return 0;
    const PgResult exists(PQexec(m_conn, "SELECT to_regclass('meta') IS NOT NULL"));
    if (!exists.ok() || exists.rows() != 1 || exists.text(0, 0) != QLatin1String("t"))
        return 0;
    return metaValue(QStringLiteral("schema_version")).toInt();
}

QString PgStore::metaValue(const QString &key) const
{
    if (!m_conn)
        return {};
    const QByteArray k = key.toUtf8();
    const char *values[] = {k.constData()};
    const PgResult r(PQexecParams(m_conn, "SELECT value FROM meta WHERE key = $1", 1, nullptr,
                                  values, nullptr, nullptr, 0));
    return r.ok() && r.rows() == 1 ? r.text(0, 0) : QString();
}

QStringList PgStore::foreignTables(QString *error) const
{
    const PgResult r(PQexec(m_conn, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
                                    "n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                                    "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY 1"));
    if (!r.ok()) {
        *error = serverError();
        return {};
    }
    const bool ours = schemaVersion() > 0;
    QStringList names;
    for (int i = 0; i < r.rows(); ++i) {
        const QString name = r.text(i, 0);
        const bool own = std::any_of(std::begin(OwnTables), std::end(OwnTables),
                                     [&](const char *t) { return name == QLatin1String(t); });
        // Tables named like ours in a database without our schema version are someone else's.
        if (!ours || !own)
            names.append(name);
    }
    return names;
}

bool PgStore::migrate(int from, QString *error)
{
    for (const Migration &step : Migrations) {
        if (step.version <= from)
            continue;
        QFile file(QLatin1String(step.script));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("the schema script %1 is missing from this build")
                         .arg(QLatin1String(step.script));
            return false;
        }
        // The simple query protocol runs a whole script of several statements at once.
        QString why;
        const QByteArray version = QByteArray::number(step.version);
        if (!exec(file.readAll().constData(), &why) ||
            !exec(("INSERT INTO meta VALUES ('schema_version', '" + version +
                   "') ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                      .constData(),
                  &why)) {
            *error = tr("schema script %1 failed: %2").arg(QLatin1String(step.script), why);
            return false;
        }
    }
    return true;
}

bool PgStore::init(QString *error)
{
    if (!m_conn) {
        *error = tr("no database is open");
        return false;
    }
    QString why;
    if (!exec("BEGIN", &why)) {
        *error = tr("cannot prepare %1: %2").arg(m_displayName, why);
        return false;
    }
    auto rollback = qScopeGuard([this] { PQclear(PQexec(m_conn, "ROLLBACK")); });
    // Two programs preparing the same database at once: the second waits, then finds it done.
    if (!exec("SELECT pg_advisory_xact_lock(hashtext('dossier schema'))", &why)) {
        *error = tr("cannot prepare %1: %2").arg(m_displayName, why);
        return false;
    }
    {
        const PgResult encoding(PQexec(m_conn, "SHOW server_encoding"));
        if (encoding.ok() && encoding.rows() == 1 && encoding.text(0, 0) != QLatin1String("UTF8")) {
            *error = tr("%1 stores text as %2; Dossier needs a UTF8 database (createdb -E UTF8)")
                         .arg(m_displayName, encoding.text(0, 0));
            return false;
        }
    }
    const int version = schemaVersion();
    if (version == 0) {
        const QStringList others = foreignTables(&why);
        if (!why.isEmpty()) {
            *error = tr("cannot prepare %1: %2").arg(m_displayName, why);
            return false;
        }
        if (!others.isEmpty()) {
            *error = tr("%1 already holds tables of its own (%2); Dossier uses a database of its "
                        "own: create one (createdb) and give that")
                         .arg(m_displayName, others.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (!migrate(version, &why) || !exec("COMMIT", &why)) {
        *error = tr("cannot prepare %1: %2").arg(m_displayName, why);
        return false;
    }
    rollback.dismiss();
    return true;
}

bool PgStore::importDataset(const Dataset &d, const QString &origin, const QString &datasetSha256,
                            QString *error)
{
    if (!m_conn) {
        *error = tr("no database is open");
        return false;
    }
    if (!isInitialised() && !init(error))
        return false;
    QString why;
    const auto failed = [&] {
        PQclear(PQexec(m_conn, "ROLLBACK"));
        *error = tr("import into %1 failed, nothing was changed: %2").arg(m_displayName, why);
        return false;
    };
    if (!exec("BEGIN", &why) ||
        !exec("TRUNCATE meta, sources, actors, actor_aliases, claims, claim_actors, citations, "
              "conflicts, conflict_claims, change_records, changes",
              &why))
        return failed();

    {
        PgCopy copy(m_conn, "COPY sources (id, position, file, outlet, title, author, published, "
                            "published_note, language, sha256, label, notes, version) FROM STDIN");
        for (int i = 0; i < d.sources.size() && copy.ok(); ++i) {
            const Source &s = d.sources[i];
            copy.row(s.id, i, s.file, s.outlet, s.title, PgCopy::orNull(s.author),
                     s.published.toIsoString(), s.publishedNote, s.language, s.sha256, s.label,
                     s.notes, 1);
        }
        if (!copy.finish(&why))
            return failed();
    }
    {
        PgCopy copy(m_conn, "COPY actors (id, position, name, kind, description, version) "
                            "FROM STDIN");
        for (int i = 0; i < d.actors.size() && copy.ok(); ++i) {
            const Actor &a = d.actors[i];
            copy.row(a.id, i, a.name, a.kind, a.description, 1);
        }
        if (!copy.finish(&why))
            return failed();
        PgCopy aliases(m_conn, "COPY actor_aliases (actor_id, position, alias) FROM STDIN");
        for (const Actor &a : d.actors)
            for (int k = 0; k < a.aliases.size() && aliases.ok(); ++k)
                aliases.row(a.id, k, a.aliases[k]);
        if (!aliases.finish(&why))
            return failed();
    }
    {
        PgCopy copy(m_conn, "COPY claims (id, position, date, first_day, last_day, date_note, "
                            "kind, statement, claimant, responds_to, date_basis, version) "
                            "FROM STDIN");
        const QString reported = QStringLiteral("reported");
        for (int i = 0; i < d.claims.size() && copy.ok(); ++i) {
            const Claim &c = d.claims[i];
            copy.row(c.id, i, c.date.toIsoString(), c.date.firstDay(), c.date.lastDay(), c.dateNote,
                     c.kind, c.statement, PgCopy::orNull(c.claimant), PgCopy::orNull(c.respondsTo),
                     c.datedByReport ? reported : QString(), 1);
        }
        if (!copy.finish(&why))
            return failed();
        PgCopy actors(m_conn, "COPY claim_actors (claim_id, position, actor_id, role) FROM STDIN");
        for (const Claim &c : d.claims)
            for (int k = 0; k < c.actors.size() && actors.ok(); ++k)
                actors.row(c.id, k, c.actors[k].actor, c.actors[k].role);
        if (!actors.finish(&why))
            return failed();
        PgCopy citations(m_conn, "COPY citations (claim_id, position, source_id, paragraph, quote, "
                                 "prefix, suffix) FROM STDIN");
        for (const Claim &c : d.claims)
            for (int k = 0; k < c.citations.size() && citations.ok(); ++k) {
                const Citation &t = c.citations[k];
                citations.row(c.id, k, t.source, t.paragraph, t.quote, t.prefix, t.suffix);
            }
        if (!citations.finish(&why))
            return failed();
    }
    {
        PgCopy copy(m_conn, "COPY conflicts (id, position, about, version) FROM STDIN");
        for (int i = 0; i < d.conflicts.size() && copy.ok(); ++i)
            copy.row(d.conflicts[i].id, i, d.conflicts[i].about, 1);
        if (!copy.finish(&why))
            return failed();
        PgCopy claims(m_conn, "COPY conflict_claims (conflict_id, position, claim_id) FROM STDIN");
        for (const Conflict &k : d.conflicts)
            for (int c = 0; c < k.claims.size() && claims.ok(); ++c)
                claims.row(k.id, c, k.claims[c]);
        if (!claims.finish(&why))
            return failed();
    }
    {
        PgCopy meta(m_conn, "COPY meta (key, value) FROM STDIN");
        const QList<std::pair<const char *, QString>> values{
            {"schema_version", QString::number(SchemaVersion)},
            {"revision", QStringLiteral("0")},
            {"dataset_sha256", datasetSha256},
            {"dataset_version", d.info.version},
            {"dataset_title", d.info.title},
            {"dataset_description", d.info.description},
            {"origin", origin},
            {"provenance", QStringLiteral("file")},
            {"imported_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        for (const auto &[key, value] : values)
            meta.row(QLatin1String(key), value);
        if (!meta.finish(&why))
            return failed();
    }
    // The deferred foreign keys are checked here: a reference that does not resolve fails the
    // commit, and the transaction leaves the database as it was.
    if (!exec("COMMIT", &why))
        return failed();
    return true;
}

std::optional<Dataset> PgStore::load(QString *error, RecordVersions *versions, quint64 *revision)
{
    if (!m_conn) {
        *error = tr("no database is open");
        return std::nullopt;
    }
    if (!isInitialised()) {
        *error = tr("%1 is not a Dossier database yet: prepare it with 'dossier init' or import "
                    "a dataset into it")
                     .arg(m_displayName);
        return std::nullopt;
    }
    QString why;
    // One snapshot for every table: an import or a change committed meanwhile is either all
    // seen or not.
    if (!exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &why)) {
        *error = tr("cannot read %1: %2").arg(m_displayName, why);
        return std::nullopt;
    }
    const auto end = qScopeGuard([this] { PQclear(PQexec(m_conn, "COMMIT")); });
    if (!hasDataset()) {
        *error = tr("%1 holds no dataset yet: import one with 'dossier import FILE --database …'")
                     .arg(m_displayName);
        return std::nullopt;
    }
    auto dataset = read(&why, versions, std::nullopt);
    if (!dataset) {
        *error = tr("cannot read %1: %2").arg(m_displayName, why);
        return std::nullopt;
    }
    dataset->info.version = metaValue(QStringLiteral("dataset_version"));
    dataset->info.title = metaValue(QStringLiteral("dataset_title"));
    dataset->info.description = metaValue(QStringLiteral("dataset_description"));
    if (revision)
        *revision = this->revision();
    return dataset;
}

std::optional<Dataset> PgStore::read(QString *error, RecordVersions *versions,
                                     const std::optional<RecordKey> &only) const
{
    QString &why = *error;
    // Every table, or only the one record `only` names (its rows in other tables too).
    const auto wanted = [&](RecordTable table) { return !only || only->first == table; };
    const PgParams params = only ? PgParams{only->second} : PgParams{};
    const auto query = [&](const char *columns, const char *table, const char *key,
                           const char *order) {
        QByteArray sql = QByteArray("SELECT ") + columns + " FROM " + table;
        if (only)
            sql += QByteArray(" WHERE ") + key + " = $1";
        sql += QByteArray(" ORDER BY ") + order;
        auto r = std::make_unique<PgResult>(pgExec(m_conn, sql.constData(), params));
        if (!r->ok())
            why = serverError();
        return r;
    };
    const auto badDate = [&](const char *what, const QString &id, const QString &text) {
        why = QStringLiteral("%1 %2 has an invalid date '%3'").arg(QLatin1String(what), id, text);
    };

    Dataset d;
    if (wanted(RecordTable::Source)) {
        auto sources = query("id, file, outlet, title, coalesce(author, ''), published, "
                             "published_note, language, sha256, label, notes, version",
                             "sources", "id", "position");
        if (!sources->ok())
            return std::nullopt;
        d.sources.reserve(sources->rows());
        for (int i = 0; i < sources->rows(); ++i) {
            const PgResult &r = *sources;
            Source s;
            s.id = r.text(i, 0);
            s.file = r.text(i, 1);
            s.outlet = r.text(i, 2);
            s.title = r.text(i, 3);
            s.author = r.text(i, 4);
            s.published = PartialDate::parse(r.text(i, 5));
            if (!s.published.isValid()) {
                badDate("source", s.id, r.text(i, 5));
                return std::nullopt;
            }
            s.publishedNote = r.text(i, 6);
            s.language = r.text(i, 7);
            s.sha256 = r.text(i, 8);
            s.label = r.text(i, 9);
            s.notes = r.text(i, 10);
            if (versions)
                versions->set(RecordTable::Source, s.id, r.integer(i, 11));
            d.sources.append(std::move(s));
        }
        if (!only)
            d.labelUnlabelledSources();
    }

    if (wanted(RecordTable::Actor)) {
        QHash<QString, int> actorIndex;
        auto actors = query("id, name, kind, description, version", "actors", "id", "position");
        if (!actors->ok())
            return std::nullopt;
        for (int i = 0; i < actors->rows(); ++i) {
            actorIndex.insert(actors->text(i, 0), int(d.actors.size()));
            d.actors.append({actors->text(i, 0),
                             actors->text(i, 1),
                             actors->text(i, 2),
                             {},
                             actors->text(i, 3)});
            if (versions)
                versions->set(RecordTable::Actor, actors->text(i, 0), actors->integer(i, 4));
        }
        actors.reset();
        auto aliases = query("actor_id, alias", "actor_aliases", "actor_id", "actor_id, position");
        if (!aliases->ok())
            return std::nullopt;
        for (int i = 0; i < aliases->rows(); ++i)
            if (const int a = actorIndex.value(aliases->text(i, 0), -1); a >= 0)
                d.actors[a].aliases.append(aliases->text(i, 1));
    }

    if (wanted(RecordTable::Claim)) {
        auto claims = query("id, date, date_note, kind, statement, coalesce(claimant, ''), "
                            "coalesce(responds_to, ''), date_basis, version",
                            "claims", "id", "position");
        if (!claims->ok())
            return std::nullopt;
        QHash<QString, int> claimIndex;
        claimIndex.reserve(claims->rows());
        d.claims.reserve(claims->rows());
        for (int i = 0; i < claims->rows(); ++i) {
            const PgResult &r = *claims;
            Claim c;
            c.id = r.text(i, 0);
            c.date = PartialDate::parse(r.text(i, 1));
            if (!c.date.isValid()) {
                badDate("claim", c.id, r.text(i, 1));
                return std::nullopt;
            }
            c.dateNote = r.text(i, 2);
            c.kind = r.text(i, 3);
            c.statement = r.text(i, 4);
            c.claimant = r.text(i, 5);
            c.respondsTo = r.text(i, 6);
            c.datedByReport = r.text(i, 7) == QLatin1String("reported");
            if (versions)
                versions->set(RecordTable::Claim, c.id, r.integer(i, 8));
            claimIndex.insert(c.id, int(d.claims.size()));
            d.claims.append(std::move(c));
        }
        claims.reset();
        auto claimActors =
            query("claim_id, actor_id, role", "claim_actors", "claim_id", "claim_id, position");
        if (!claimActors->ok())
            return std::nullopt;
        for (int i = 0; i < claimActors->rows(); ++i)
            if (const int c = claimIndex.value(claimActors->text(i, 0), -1); c >= 0)
                d.claims[c].actors.append({claimActors->text(i, 1), claimActors->text(i, 2)});
        claimActors.reset();
        auto citations = query("claim_id, source_id, paragraph, quote, prefix, suffix", "citations",
                               "claim_id", "claim_id, position");
        if (!citations->ok())
            return std::nullopt;
        for (int i = 0; i < citations->rows(); ++i) {
            const PgResult &r = *citations;
            if (const int c = claimIndex.value(r.text(i, 0), -1); c >= 0)
                d.claims[c].citations.append(
                    {r.text(i, 1), r.integer(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5)});
        }
    }

    if (wanted(RecordTable::Conflict)) {
        QHash<QString, int> conflictIndex;
        auto conflicts = query("id, about, version", "conflicts", "id", "position");
        if (!conflicts->ok())
            return std::nullopt;
        for (int i = 0; i < conflicts->rows(); ++i) {
            conflictIndex.insert(conflicts->text(i, 0), int(d.conflicts.size()));
            d.conflicts.append({conflicts->text(i, 0), {}, conflicts->text(i, 1)});
            if (versions)
                versions->set(RecordTable::Conflict, conflicts->text(i, 0),
                              conflicts->integer(i, 2));
        }
        conflicts.reset();
        auto conflictClaims = query("conflict_id, claim_id", "conflict_claims", "conflict_id",
                                    "conflict_id, position");
        if (!conflictClaims->ok())
            return std::nullopt;
        for (int i = 0; i < conflictClaims->rows(); ++i)
            if (const int k = conflictIndex.value(conflictClaims->text(i, 0), -1); k >= 0)
                d.conflicts[k].claims.append(conflictClaims->text(i, 1));
    }
    if (!only)
        d.reindex();
    return d;
}

quint64 PgStore::revision() const
{
    return metaValue(QStringLiteral("revision")).toULongLong();
}

QString PgStore::whyNotWritable() const
{
    if (!m_conn)
        return tr("no database is open");
    if (!hasDataset())
        return tr("%1 holds no dataset to change").arg(m_displayName);
    // PostgreSQL's grants say who may change the evidence (a reviewer's role may not).
    const PgResult r(PQexec(m_conn, "SELECT current_user, has_table_privilege('claims', "
                                    "'UPDATE') AND has_table_privilege('changes', 'INSERT')"));
    if (!r.ok() || r.rows() != 1)
        return tr("cannot read the rights of %1: %2").arg(m_displayName, serverError());
    if (r.text(0, 1) != QLatin1String("t"))
        return tr("The database user %1 may read this team dossier but not change it.")
            .arg(r.text(0, 0));
    return {};
}

std::optional<Record> PgStore::readRecord(RecordTable table, const QString &id, int *version,
                                          QString *error) const
{
    RecordVersions versions;
    const auto one = read(error, &versions, RecordKey{table, id});
    *version = versions.of(table, id);
    if (!one)
        return std::nullopt;
    switch (table) {
    case RecordTable::Source:
        if (!one->sources.isEmpty())
            return Record(one->sources.first());
        break;
    case RecordTable::Actor:
        if (!one->actors.isEmpty())
            return Record(one->actors.first());
        break;
    case RecordTable::Claim:
        if (!one->claims.isEmpty())
            return Record(one->claims.first());
        break;
    case RecordTable::Conflict:
        if (!one->conflicts.isEmpty())
            return Record(one->conflicts.first());
        break;
    }
    return std::nullopt;
}

WriteResult PgStore::write(const Change &change, const QString &user)
{
    WriteResult result;
    if (const QString why = whyNotWritable(); !why.isEmpty()) {
        result.error = why;
        result.lost = !m_conn || PQstatus(m_conn) != CONNECTION_OK;
        return result;
    }
    QString why;
    const auto failed = [&](const QString &reason) {
        PQclear(PQexec(m_conn, "ROLLBACK"));
        result.outcome = WriteResult::Outcome::Failed;
        result.revision = 0;
        result.error = tr("the change could not be saved to %1, nothing was changed: %2")
                           .arg(m_displayName, reason);
        result.lost = PQstatus(m_conn) != CONNECTION_OK;
        return result;
    };
    if (!exec("BEGIN", &why))
        return failed(why);
    // The revision row locked first: a second client's write waits here, then numbers its
    // change after this one. Foreign keys are deferred to the commit, so a change is checked
    // as a whole (a merge rewrites the claims before it removes the actor).
    {
        const PgResult r(
            PQexec(m_conn, "SELECT value FROM meta WHERE key = 'revision' FOR UPDATE"));
        if (!r.ok())
            return failed(serverError());
        if (r.rows() != 1)
            return failed(tr("%1 holds no dataset to change").arg(m_displayName));
        result.revision = r.text(0, 0).toULongLong() + 1;
    }
    for (qsizetype i = 0; i < change.operations.size(); ++i) {
        const RecordOperation &op = change.operations[i];
        const PgRecordWrite::Outcome written = PgRecordWrite::write(m_conn, op, &why);
        if (written == PgRecordWrite::Outcome::Failed)
            return failed(PgLocation::scrubbed(why, m_connection));
        if (written == PgRecordWrite::Outcome::Missed) {
            PQclear(PQexec(m_conn, "ROLLBACK"));
            result.outcome = WriteResult::Outcome::Conflict;
            result.revision = 0;
            result.operation = int(i);
            result.theirs = readRecord(op.table(), op.id, &result.theirsVersion, &why);
            return result;
        }
    }
    const QString revision = QString::number(result.revision);
    {
        const PgResult r(
            pgExec(m_conn,
                   "INSERT INTO changes (revision, user_name, description, change) "
                   "VALUES ($1, coalesce($2, current_user), $3, $4)",
                   {revision, user.isEmpty() ? std::nullopt : std::optional(user),
                    change.description, QString::fromUtf8(ChangeJson::write(change))}));
        if (!r.ok())
            return failed(serverError());
    }
    for (const RecordOperation &op : change.operations) {
        const PgResult r(pgExec(m_conn,
                                "INSERT INTO change_records VALUES ($1, $2, $3) "
                                "ON CONFLICT DO NOTHING",
                                {ChangeJson::tableName(op.table()), op.id, revision}));
        if (!r.ok())
            return failed(serverError());
    }
    {
        // The notification is sent at the commit, and only if it commits: the other clients
        // then read changesSince() their revision.
        const PgResult r(
            pgExec(m_conn, "UPDATE meta SET value = $1 WHERE key = 'revision'; ", {revision}));
        const PgResult n(pgExec(m_conn, "SELECT pg_notify('dossier', $1)", {revision}));
        if (!r.ok() || !n.ok())
            return failed(serverError());
    }
    if (!exec("COMMIT", &why)) {
        if (PQstatus(m_conn) == CONNECTION_OK)
            return failed(why);
        // No answer to the COMMIT: the server may have written it before it went.
        result.outcome = WriteResult::Outcome::Failed;
        result.lost = result.inDoubt = true;
        result.error = tr("the connection to %1 was lost while saving: %2")
                           .arg(m_displayName, PgLocation::scrubbed(why, m_connection));
        return result;
    }
    result.outcome = WriteResult::Outcome::Written;
    return result;
}

std::optional<QList<LoggedChange>>
PgStore::readChanges(const QByteArray &statement, const PgParams &params, QString *error) const
{
    if (!m_conn) {
        *error = tr("no database is open");
        return std::nullopt;
    }
    const PgResult r(pgExec(m_conn, statement.constData(), params));
    if (!r.ok()) {
        *error = tr("cannot read the history of %1: %2").arg(m_displayName, serverError());
        return std::nullopt;
    }
    QList<LoggedChange> changes;
    for (int i = 0; i < r.rows(); ++i) {
        QString why;
        auto change = ChangeJson::read(r.text(i, 4).toUtf8(), &why);
        if (!change) {
            *error =
                tr("cannot read the history of %1: %2")
                    .arg(m_displayName, QStringLiteral("revision %1: %2").arg(r.text(i, 0), why));
            return std::nullopt;
        }
        change->description = r.text(i, 3);
        changes.append({quint64(r.bigint(i, 0)),
                        QDateTime::fromString(r.text(i, 1), Qt::ISODate).toUTC(), r.text(i, 2),
                        std::move(*change)});
    }
    return changes;
}

std::optional<QList<LoggedChange>> PgStore::changesSince(quint64 revision, QString *error) const
{
    return readChanges(changeQuery("FROM changes c WHERE c.revision > $1 ORDER BY c.revision"),
                       {QString::number(revision)}, error);
}

std::optional<QList<LoggedChange>> PgStore::history(RecordTable table, const QString &id,
                                                    QString *error) const
{
    return readChanges(changeQuery("FROM change_records r JOIN changes c ON c.revision = "
                                   "r.revision WHERE r.record_table = $1 AND r.record_id = $2 "
                                   "ORDER BY c.revision"),
                       {ChangeJson::tableName(table), id}, error);
}
