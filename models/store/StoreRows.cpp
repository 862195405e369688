#include "models/store/StoreRows.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace {

// The import is the store's hot path: a hundred thousand claims are about a million rows, and
// QSqlQuery's per-value QVariant costs more than SQLite's own work. So rows go through SQLite's
// C API, inside the caller's transaction, several rows per statement: one statement that
// inserts many rows into a table keeps its place in the table's b-trees from row to row.
class Insert
{
public:
    static constexpr int BatchRows = 32;

    /// `row` is one VALUES tuple, e.g. "(?,?,nullif(?,''))".
    Insert(sqlite3 *db, const char *head, const char *row, QString *error,
           int batchRows = BatchRows)
        : m_db(db), m_head(head), m_row(row), m_batchRows(batchRows), m_error(error)
    {
        m_batch = prepare(m_batchRows);
        m_columns = m_batch ? sqlite3_bind_parameter_count(m_batch) / m_batchRows : 0;
        m_cells.resize(size_t(m_columns) * size_t(m_batchRows));
    }
    ~Insert() { sqlite3_finalize(m_batch); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    template <typename... Values> bool operator()(const Values &...values)
    {
        if (m_failed)
            return false;
        Cell *cell = &m_cells[size_t(m_rows) * size_t(m_columns)];
        (set(*cell++, values), ...);
        if (++m_rows == m_batchRows)
            run(m_batch);
        return !m_failed;
    }

    /// Writes the rows of a last, partial batch.
    bool finish()
    {
        if (!m_failed && m_rows > 0) {
            sqlite3_stmt *tail = prepare(m_rows);
            if (tail)
                run(tail);
            sqlite3_finalize(tail);
        }
        return !m_failed;
    }

private:
    // One value, held until its batch runs.
    struct Cell
    {
        enum class Kind
        {
            Text,
            Integer
        } kind = Kind::Integer;
        qint64 integer = 0;
        std::string text;
    };

    void set(Cell &c, const QString &s)
    {
        // The database is UTF-8: converting here (SIMD in Qt) beats SQLite's own conversion.
        // Each cell's buffer is reused batch after batch: no allocation per value.
        c.kind = Cell::Kind::Text;
        c.text.resize(size_t(s.size()) * 3);
        c.text.resize(size_t(m_encoder.appendToBuffer(c.text.data(), s) - c.text.data()));
    }
    void set(Cell &c, qint64 v)
    {
        c.kind = Cell::Kind::Integer;
        c.integer = v;
    }
    void set(Cell &c, int v) { set(c, qint64(v)); }

    sqlite3_stmt *prepare(int rows)
    {
        std::string sql = m_head;
        for (int r = 0; r < rows; ++r)
            sql.append(r ? "," : " ").append(m_row);
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &statement, nullptr) !=
            SQLITE_OK)
            fail();
        return statement;
    }

    void run(sqlite3_stmt *statement)
    {
        const int count = m_rows * m_columns;
        for (int i = 0; i < count; ++i) {
            const Cell &c = m_cells[size_t(i)];
            switch (c.kind) {
            case Cell::Kind::Text:
                // The cells outlive the step, so SQLite need not copy. Empty, never NULL: our
                // text columns are NOT NULL.
                sqlite3_bind_text(statement, i + 1, c.text.c_str(), int(c.text.size()),
                                  SQLITE_STATIC);
                break;
            case Cell::Kind::Integer:
                sqlite3_bind_int64(statement, i + 1, c.integer);
                break;
            }
        }
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail();
        sqlite3_reset(statement);
        m_rows = 0;
    }

    void fail()
    {
        if (!m_failed)
            *m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_failed = true;
    }

    sqlite3 *m_db;
    const char *m_head;
    const char *m_row;
    int m_batchRows;
    sqlite3_stmt *m_batch = nullptr;
    int m_columns = 0;
    int m_rows = 0; ///< rows waiting in m_cells
    std::vector<Cell> m_cells;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QString *m_error;
    bool m_failed = false;
};

bool insertSources(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert source(h, "INSERT INTO sources VALUES", "(?,?,?,?,?,nullif(?,''),?,?,?,?,?,?)", error);
    for (int i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources[i];
        if (!source(s.id, i, s.file, s.outlet, s.title, s.author, s.published.toIsoString(),
                    s.publishedNote, s.language, s.sha256, s.label, s.notes))
            return false;
    }
    return source.finish();
}

bool insertActors(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert actor(h, "INSERT INTO actors VALUES", "(?,?,?,?,?)", error);
    Insert alias(h, "INSERT INTO actor_aliases VALUES", "(?,?,?)", error);
    for (int i = 0; i < d.actors.size(); ++i) {
        const Actor &a = d.actors[i];
        if (!actor(a.id, i, a.name, a.kind, a.description))
            return false;
        for (int k = 0; k < a.aliases.size(); ++k)
            if (!alias(a.id, k, a.aliases[k]))
                return false;
    }
    return actor.finish() && alias.finish();
}

// Table by table rather than claim by claim: a batch holds rows of one table only.
bool insertClaims(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert claim(h, "INSERT INTO claims VALUES", "(?,?,?,?,?,?,?,?,nullif(?,''),nullif(?,''),?)",
                 error);
    const QString reported = QStringLiteral("reported");
    for (int i = 0; i < d.claims.size(); ++i) {
        const Claim &c = d.claims[i];
        if (!claim(c.id, i, c.date.toIsoString(), c.date.firstDay(), c.date.lastDay(), c.dateNote,
                   c.kind, c.statement, c.claimant, c.respondsTo,
                   c.datedByReport ? reported : QString()))
            return false;
    }
    if (!claim.finish())
        return false;
    Insert actor(h, "INSERT INTO claim_actors VALUES", "(?,?,?,?)", error);
    for (const Claim &c : d.claims)
        for (int k = 0; k < c.actors.size(); ++k)
            if (!actor(c.id, k, c.actors[k].actor, c.actors[k].role))
                return false;
    if (!actor.finish())
        return false;
    Insert citation(h, "INSERT INTO citations VALUES", "(?,?,?,?,?,?,?)", error);
    for (const Claim &c : d.claims)
        for (int k = 0; k < c.citations.size(); ++k) {
            const Citation &cit = c.citations[k];
            if (!citation(c.id, k, cit.source, cit.paragraph, cit.quote, cit.prefix, cit.suffix))
                return false;
        }
    return citation.finish();
}

bool insertConflicts(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert conflict(h, "INSERT INTO conflicts VALUES", "(?,?,?)", error);
    Insert conflictClaim(h, "INSERT INTO conflict_claims VALUES", "(?,?,?)", error);
    for (int i = 0; i < d.conflicts.size(); ++i) {
        const Conflict &k = d.conflicts[i];
        if (!conflict(k.id, i, k.about))
            return false;
        for (int c = 0; c < k.claims.size(); ++c)
            if (!conflictClaim(k.id, c, k.claims[c]))
                return false;
    }
    return conflict.finish() && conflictClaim.finish();
}

} // namespace

namespace StoreRows {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool clear(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    // Deleting every row of a table takes the write lock before reading anything, so the first
    // delete waits out another writer for the busy timeout.
    for (const char *table : {"meta", "conflict_claims", "conflicts", "citations", "claim_actors",
                              "claims", "actor_aliases", "actors", "sources"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool insertRecords(sqlite3 *db, const Dataset &d, QString *error)
{
    return insertSources(db, d, error) && insertActors(db, d, error) &&
           insertClaims(db, d, error) && insertConflicts(db, d, error);
}

bool checkForeignKeys(sqlite3 *db, QString *error)
{
    sqlite3_stmt *check = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &check, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(check);
    sqlite3_finalize(check);
    if (rc == SQLITE_DONE)
        return true;
    // The words SQLite uses when an enforced foreign key fails.
    *error = rc == SQLITE_ROW ? QStringLiteral("FOREIGN KEY constraint failed")
                              : QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

bool writeMeta(QSqlDatabase &db, const QList<std::pair<QString, QString>> &values, QString *error)
{
    Insert meta(handle(db), "INSERT OR REPLACE INTO meta VALUES", "(?,?)", error);
    for (const auto &[key, value] : values)
        if (!meta(key, value))
            return false;
    return meta.finish();
}

} // namespace StoreRows
