#include "models/store/pg/PgStore.h"

#include "models/store/pg/PgCopy.h"
#include "models/store/pg/PgLocation.h"

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

// Each schema version and the script that brings the database to it from the one before.
struct Migration
{
    int version;
    const char *script;
};
constexpr Migration Migrations[] = {{1, ":/schema/pg/001_initial.sql"}};
static_assert(Migrations[std::size(Migrations) - 1].version == PgStore::SchemaVersion);

// Every table the schema creates: what init() does not count as another program's.
const char *const OwnTables[] = {"meta",          "sources",   "actors",
                                 "actor_aliases", "claims",    "claim_actors",
                                 "citations",     "conflicts", "conflict_claims"};

class Result
{
public:
    explicit Result(PGresult *r) : m_r(r) {}
    ~Result() { PQclear(m_r); }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    PGresult *get() const { return m_r; }
    bool ok() const
    {
        const ExecStatusType s = PQresultStatus(m_r);
        return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
    }
    int rows() const { return PQntuples(m_r); }
    QString text(int row, int column) const
    {
        return QString::fromUtf8(PQgetvalue(m_r, row, column), PQgetlength(m_r, row, column));
    }
    int integer(int row, int column) const { return std::atoi(PQgetvalue(m_r, row, column)); }

private:
    PGresult *m_r;
};

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

QString PgStore::serverError() const
{
    return PgLocation::scrubbed(messageOf(m_conn), m_connection);
}

bool PgStore::exec(const char *sql, QString *error) const
{
    const Result r(PQexec(m_conn, sql));
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
    m_conn = PQconnectdb(m_connection.toUtf8().constData());
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
    const Result exists(PQexec(m_conn, "SELECT to_regclass('meta') IS NOT NULL"));
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
    const Result r(PQexecParams(m_conn, "SELECT value FROM meta WHERE key = $1", 1, nullptr, values,
                                nullptr, nullptr, 0));
    return r.ok() && r.rows() == 1 ? r.text(0, 0) : QString();
}

QStringList PgStore::foreignTables(QString *error) const
{
    const Result r(PQexec(m_conn, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
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
        const Result encoding(PQexec(m_conn, "SHOW server_encoding"));
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
              "conflicts, conflict_claims",
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

std::optional<Dataset> PgStore::load(QString *error)
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
    // One snapshot for every table: an import committed meanwhile is either all seen or not.
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
    const auto query = [&](const char *sql) {
        auto r = std::make_unique<Result>(PQexec(m_conn, sql));
        if (!r->ok())
            why = serverError();
        return r;
    };
    const auto badDate = [&](const char *what, const QString &id, const QString &text) {
        why = QStringLiteral("%1 %2 has an invalid date '%3'").arg(QLatin1String(what), id, text);
    };

    Dataset d;
    d.info.version = metaValue(QStringLiteral("dataset_version"));
    d.info.title = metaValue(QStringLiteral("dataset_title"));
    d.info.description = metaValue(QStringLiteral("dataset_description"));
    const auto fail = [&] {
        *error = tr("cannot read %1: %2").arg(m_displayName, why);
        return std::nullopt;
    };

    auto sources = query("SELECT id, file, outlet, title, coalesce(author, ''), published, "
                         "published_note, language, sha256, label, notes FROM sources "
                         "ORDER BY position");
    if (!sources->ok())
        return fail();
    d.sources.reserve(sources->rows());
    for (int i = 0; i < sources->rows(); ++i) {
        const Result &r = *sources;
        Source s;
        s.id = r.text(i, 0);
        s.file = r.text(i, 1);
        s.outlet = r.text(i, 2);
        s.title = r.text(i, 3);
        s.author = r.text(i, 4);
        s.published = PartialDate::parse(r.text(i, 5));
        if (!s.published.isValid()) {
            badDate("source", s.id, r.text(i, 5));
            return fail();
        }
        s.publishedNote = r.text(i, 6);
        s.language = r.text(i, 7);
        s.sha256 = r.text(i, 8);
        s.label = r.text(i, 9);
        s.notes = r.text(i, 10);
        d.sources.append(std::move(s));
    }
    sources.reset();
    d.labelUnlabelledSources();

    QHash<QString, int> actorIndex;
    auto actors = query("SELECT id, name, kind, description FROM actors ORDER BY position");
    if (!actors->ok())
        return fail();
    for (int i = 0; i < actors->rows(); ++i) {
        actorIndex.insert(actors->text(i, 0), int(d.actors.size()));
        d.actors.append(
            {actors->text(i, 0), actors->text(i, 1), actors->text(i, 2), {}, actors->text(i, 3)});
    }
    actors.reset();
    auto aliases = query("SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, position");
    if (!aliases->ok())
        return fail();
    for (int i = 0; i < aliases->rows(); ++i)
        if (const int a = actorIndex.value(aliases->text(i, 0), -1); a >= 0)
            d.actors[a].aliases.append(aliases->text(i, 1));
    aliases.reset();

    auto claims = query("SELECT id, date, date_note, kind, statement, coalesce(claimant, ''), "
                        "coalesce(responds_to, ''), date_basis FROM claims ORDER BY position");
    if (!claims->ok())
        return fail();
    QHash<QString, int> claimIndex;
    claimIndex.reserve(claims->rows());
    d.claims.reserve(claims->rows());
    for (int i = 0; i < claims->rows(); ++i) {
        const Result &r = *claims;
        Claim c;
        c.id = r.text(i, 0);
        c.date = PartialDate::parse(r.text(i, 1));
        if (!c.date.isValid()) {
            badDate("claim", c.id, r.text(i, 1));
            return fail();
        }
        c.dateNote = r.text(i, 2);
        c.kind = r.text(i, 3);
        c.statement = r.text(i, 4);
        c.claimant = r.text(i, 5);
        c.respondsTo = r.text(i, 6);
        c.datedByReport = r.text(i, 7) == QLatin1String("reported");
        claimIndex.insert(c.id, int(d.claims.size()));
        d.claims.append(std::move(c));
    }
    claims.reset();
    auto claimActors =
        query("SELECT claim_id, actor_id, role FROM claim_actors ORDER BY claim_id, position");
    if (!claimActors->ok())
        return fail();
    for (int i = 0; i < claimActors->rows(); ++i)
        if (const int c = claimIndex.value(claimActors->text(i, 0), -1); c >= 0)
            d.claims[c].actors.append({claimActors->text(i, 1), claimActors->text(i, 2)});
    claimActors.reset();
    auto citations = query("SELECT claim_id, source_id, paragraph, quote, prefix, suffix FROM "
                           "citations ORDER BY claim_id, position");
    if (!citations->ok())
        return fail();
    for (int i = 0; i < citations->rows(); ++i) {
        const Result &r = *citations;
        if (const int c = claimIndex.value(r.text(i, 0), -1); c >= 0)
            d.claims[c].citations.append(
                {r.text(i, 1), r.integer(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5)});
    }
    citations.reset();

    QHash<QString, int> conflictIndex;
    auto conflicts = query("SELECT id, about FROM conflicts ORDER BY position");
    if (!conflicts->ok())
        return fail();
    for (int i = 0; i < conflicts->rows(); ++i) {
        conflictIndex.insert(conflicts->text(i, 0), int(d.conflicts.size()));
        d.conflicts.append({conflicts->text(i, 0), {}, conflicts->text(i, 1)});
    }
    conflicts.reset();
    auto conflictClaims =
        query("SELECT conflict_id, claim_id FROM conflict_claims ORDER BY conflict_id, position");
    if (!conflictClaims->ok())
        return fail();
    for (int i = 0; i < conflictClaims->rows(); ++i)
        if (const int k = conflictIndex.value(conflictClaims->text(i, 0), -1); k >= 0)
            d.conflicts[k].claims.append(conflictClaims->text(i, 1));
    conflictClaims.reset();
    d.reindex();
    return d;
}
