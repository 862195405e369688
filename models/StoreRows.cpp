#include "StoreRows.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>
#include <vector>

namespace {

// The import is the store's hot path: a hundred thousand claims are about a million rows, and
// QSqlQuery's per-value QVariant costs more than SQLite's own work. So rows go through SQLite's
// C API on the handle of the same connection, inside the caller's transaction.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql, QString *error) : m_db(db), m_error(error)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~Insert() { sqlite3_finalize(m_statement); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    template <typename... Values> bool operator()(const Values &...values)
    {
        if (m_failed)
            return false;
        int i = 1;
        m_used = 0;
        (bind(i++, values), ...);
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail();
        sqlite3_reset(m_statement);
        return !m_failed;
    }

private:
    void bind(int i, const QString &s)
    {
        // The database is UTF-8: converting here (SIMD in Qt) beats SQLite's own conversion,
        // and the buffers live until the step, so SQLite need not copy them.
        if (m_used == m_buffers.size())
            m_buffers.emplace_back();
        QByteArray &utf8 = m_buffers[m_used++];
        utf8 = s.toUtf8();
        // Empty, never NULL: our text columns are NOT NULL.
        sqlite3_bind_text(m_statement, i, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_STATIC);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_statement, i, v); }
    void bind(int i, int v) { sqlite3_bind_int(m_statement, i, v); }
    void bind(int i, std::nullptr_t) { sqlite3_bind_null(m_statement, i); }
    void fail()
    {
        if (!m_failed)
            *m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_failed = true;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_buffers;
    size_t m_used = 0;
    QString *m_error;
    bool m_failed = false;
};

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

namespace StoreRows {

bool clear(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const char *table :
         {"claim_text", "conflict_claims", "conflicts", "citations", "claim_actors", "claims",
          "actor_aliases", "actors", "sources", "meta"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

namespace {

bool insertClaims(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert claim(h, "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,nullif(?,''),nullif(?,''))", error);
    Insert actor(h, "INSERT INTO claim_actors VALUES (?,?,?,?)", error);
    Insert citation(h, "INSERT INTO citations VALUES (?,?,?,?,?,?,?)", error);
    Insert text(h, "INSERT INTO claim_text (claim_id, statement, quotes) VALUES (?,?,?)", error);
    QString quotes;
    for (int i = 0; i < d.claims.size(); ++i) {
        const Claim &c = d.claims[i];
        if (!claim(c.id, i, c.date.toIsoString(), c.date.firstDay(), c.date.lastDay(), c.dateNote,
                   c.kind, c.statement, c.claimant, c.respondsTo))
            return false;
        for (int k = 0; k < c.actors.size(); ++k)
            if (!actor(c.id, k, c.actors[k].actor, c.actors[k].role))
                return false;
        quotes.clear();
        for (int k = 0; k < c.citations.size(); ++k) {
            const Citation &cit = c.citations[k];
            if (!citation(c.id, k, cit.source, cit.paragraph, cit.quote, cit.prefix, cit.suffix))
                return false;
            quotes += cit.quote;
            quotes += QLatin1Char(' ');
        }
        if (!text(c.id, c.statement, quotes))
            return false;
    }
    return true;
}

} // namespace

bool insert(QSqlDatabase &db, const Dataset &d, QString *error)
{
    sqlite3 *h = handleOf(db);
    if (!h) {
        *error = QStringLiteral("the database connection is not SQLite");
        return false;
    }
    Insert source(h, "INSERT INTO sources VALUES (?,?,?,?,?,nullif(?,''),?,?,?,?)", error);
    for (int i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources[i];
        if (!source(s.id, i, s.file, s.outlet, s.title, s.author, s.published.toIsoString(),
                    s.publishedNote, s.language, s.sha256))
            return false;
    }
    Insert actor(h, "INSERT INTO actors VALUES (?,?,?,?,?)", error);
    Insert alias(h, "INSERT INTO actor_aliases VALUES (?,?,?)", error);
    for (int i = 0; i < d.actors.size(); ++i) {
        const Actor &a = d.actors[i];
        if (!actor(a.id, i, a.name, a.kind, a.description))
            return false;
        for (int k = 0; k < a.aliases.size(); ++k)
            if (!alias(a.id, k, a.aliases[k]))
                return false;
    }
    if (!insertClaims(h, d, error))
        return false;
    Insert conflict(h, "INSERT INTO conflicts VALUES (?,?,?)", error);
    Insert conflictClaim(h, "INSERT INTO conflict_claims VALUES (?,?,?)", error);
    for (int i = 0; i < d.conflicts.size(); ++i) {
        const Conflict &k = d.conflicts[i];
        if (!conflict(k.id, i, k.about))
            return false;
        for (int c = 0; c < k.claims.size(); ++c)
            if (!conflictClaim(k.id, c, k.claims[c]))
                return false;
    }
    // Immediate foreign keys failed above; deferred ones (responds_to) fail at commit.
    return true;
}

bool writeMeta(QSqlDatabase &db, const QList<std::pair<QString, QString>> &values, QString *error)
{
    Insert meta(handleOf(db), "INSERT OR REPLACE INTO meta VALUES (?,?)", error);
    for (const auto &[key, value] : values)
        if (!meta(key, value))
            return false;
    return true;
}

} // namespace StoreRows
