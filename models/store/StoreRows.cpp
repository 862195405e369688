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

// Each table's row, one definition for the import's batches and a change's single records.
constexpr const char *SourceInsert = "INSERT INTO sources VALUES";
constexpr const char *SourceRow = "(?,?,?,?,?,nullif(?,''),?,?,?,?,?,?,?)";
bool sourceRow(Insert &row, const Source &s, int position, int version)
{
    return row(s.id, position, s.file, s.outlet, s.title, s.author, s.published.toIsoString(),
               s.publishedNote, s.language, s.sha256, s.label, s.notes, version);
}
constexpr const char *ActorInsert = "INSERT INTO actors VALUES";
constexpr const char *ActorRow = "(?,?,?,?,?,?)";
bool actorRow(Insert &row, const Actor &a, int position, int version)
{
    return row(a.id, position, a.name, a.kind, a.description, version);
}
constexpr const char *AliasInsert = "INSERT INTO actor_aliases VALUES";
constexpr const char *AliasRow = "(?,?,?)";
bool aliasRows(Insert &row, const Actor &a)
{
    for (int k = 0; k < a.aliases.size(); ++k)
        if (!row(a.id, k, a.aliases[k]))
            return false;
    return true;
}
constexpr const char *ClaimInsert = "INSERT INTO claims VALUES";
constexpr const char *ClaimRow = "(?,?,?,?,?,?,?,?,nullif(?,''),nullif(?,''),?,?)";
QString dateBasis(const Claim &c)
{
    return c.datedByReport ? QStringLiteral("reported") : QString();
}
bool claimRow(Insert &row, const Claim &c, int position, int version)
{
    return row(c.id, position, c.date.toIsoString(), c.date.firstDay(), c.date.lastDay(),
               c.dateNote, c.kind, c.statement, c.claimant, c.respondsTo, dateBasis(c), version);
}
constexpr const char *ClaimActorInsert = "INSERT INTO claim_actors VALUES";
constexpr const char *ClaimActorRow = "(?,?,?,?)";
bool claimActorRows(Insert &row, const Claim &c)
{
    for (int k = 0; k < c.actors.size(); ++k)
        if (!row(c.id, k, c.actors[k].actor, c.actors[k].role))
            return false;
    return true;
}
constexpr const char *CitationInsert = "INSERT INTO citations VALUES";
constexpr const char *CitationRow = "(?,?,?,?,?,?,?)";
bool citationRows(Insert &row, const Claim &c)
{
    for (int k = 0; k < c.citations.size(); ++k) {
        const Citation &cit = c.citations[k];
        if (!row(c.id, k, cit.source, cit.paragraph, cit.quote, cit.prefix, cit.suffix))
            return false;
    }
    return true;
}
constexpr const char *ConflictInsert = "INSERT INTO conflicts VALUES";
constexpr const char *ConflictRow = "(?,?,?,?)";
bool conflictRow(Insert &row, const Conflict &k, int position, int version)
{
    return row(k.id, position, k.about, version);
}
constexpr const char *ConflictClaimInsert = "INSERT INTO conflict_claims VALUES";
constexpr const char *ConflictClaimRow = "(?,?,?)";
bool conflictClaimRows(Insert &row, const Conflict &k)
{
    for (int c = 0; c < k.claims.size(); ++c)
        if (!row(k.id, c, k.claims[c]))
            return false;
    return true;
}

bool insertSources(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert source(h, SourceInsert, SourceRow, error);
    for (int i = 0; i < d.sources.size(); ++i)
        if (!sourceRow(source, d.sources[i], i, 1))
            return false;
    return source.finish();
}

bool insertActors(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert actor(h, ActorInsert, ActorRow, error);
    Insert alias(h, AliasInsert, AliasRow, error);
    for (int i = 0; i < d.actors.size(); ++i)
        if (!actorRow(actor, d.actors[i], i, 1) || !aliasRows(alias, d.actors[i]))
            return false;
    return actor.finish() && alias.finish();
}

// Table by table rather than claim by claim: a batch holds rows of one table only.
bool insertClaims(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert claim(h, ClaimInsert, ClaimRow, error);
    for (int i = 0; i < d.claims.size(); ++i)
        if (!claimRow(claim, d.claims[i], i, 1))
            return false;
    if (!claim.finish())
        return false;
    Insert actor(h, ClaimActorInsert, ClaimActorRow, error);
    for (const Claim &c : d.claims)
        if (!claimActorRows(actor, c))
            return false;
    if (!actor.finish())
        return false;
    Insert citation(h, CitationInsert, CitationRow, error);
    for (const Claim &c : d.claims)
        if (!citationRows(citation, c))
            return false;
    return citation.finish();
}

bool insertConflicts(sqlite3 *h, const Dataset &d, QString *error)
{
    Insert conflict(h, ConflictInsert, ConflictRow, error);
    Insert conflictClaim(h, ConflictClaimInsert, ConflictClaimRow, error);
    for (int i = 0; i < d.conflicts.size(); ++i)
        if (!conflictRow(conflict, d.conflicts[i], i, 1) ||
            !conflictClaimRows(conflictClaim, d.conflicts[i]))
            return false;
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
    for (const char *table :
         {"meta", "change_records", "changes", "conflict_claims", "conflicts", "citations",
          "claim_actors", "claims", "actor_aliases", "actors", "sources"}) {
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

namespace {

const char *tableSql(RecordTable table)
{
    switch (table) {
    case RecordTable::Source:
        return "sources";
    case RecordTable::Actor:
        return "actors";
    case RecordTable::Claim:
        return "claims";
    case RecordTable::Conflict:
        break;
    }
    return "conflicts";
}

// One statement with bound values, stepped by hand: for the few a change runs per record.
class Query
{
public:
    Query(sqlite3 *db, const QByteArray &sql, QString *error) : m_db(db), m_error(error)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            fail();
    }
    ~Query() { sqlite3_finalize(m_statement); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        if (m_statement)
            sqlite3_bind_text(m_statement, ++m_bound, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        return *this;
    }
    Query &bind(qint64 value)
    {
        if (m_statement)
            sqlite3_bind_int64(m_statement, ++m_bound, value);
        return *this;
    }
    /// The next row; false at the end and on an error (then failed()).
    bool next()
    {
        if (!m_statement || m_failed)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool failed() const { return m_failed || !m_statement; }

private:
    void fail()
    {
        m_failed = true;
        *m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }

    sqlite3 *m_db;
    QString *m_error;
    sqlite3_stmt *m_statement = nullptr;
    int m_bound = 0;
    bool m_failed = false;
};

QByteArray sql(const char *pattern, RecordTable table)
{
    return QByteArray(pattern).replace("%1", tableSql(table));
}

// The position column's value for a record created at `index` among a table's records in
// position order (-1: after the last). Removals leave gaps, and a record goes into the gap
// between its neighbours when there is one, so that undoing a removal moves nobody; only
// without a gap do the records after it move on by one.
bool positionFor(sqlite3 *h, RecordTable table, int index, int *position, QString *error)
{
    if (index < 0) {
        Query last(h, sql("SELECT max(position) FROM %1", table), error);
        if (!last.next())
            return false;
        *position = last.isNull(0) ? 0 : int(last.integer(0)) + 1;
        return true;
    }
    Query around(h, sql("SELECT position FROM %1 ORDER BY position LIMIT 2 OFFSET ?", table),
                 error);
    around.bind(qint64(std::max(index - 1, 0)));
    QList<int> found;
    while (around.next())
        found.append(int(around.integer(0)));
    if (around.failed())
        return false;
    if (index == 0) {
        *position = found.isEmpty() ? 0 : found.first() - 1;
        return true;
    }
    if (found.isEmpty()) {
        *error = QStringLiteral("position %1 is past the end of table %2")
                     .arg(index)
                     .arg(QLatin1String(tableSql(table)));
        return false;
    }
    if (found.size() == 1) {
        *position = found.first() + 1;
        return true;
    }
    const int before = found[0];
    const int after = found[1];
    if (after - before >= 2) {
        *position = before + (after - before) / 2;
        return true;
    }
    Query shift(h, sql("UPDATE %1 SET position = position + 1 WHERE position >= ?", table), error);
    shift.bind(qint64(after));
    shift.next();
    *position = after;
    return !shift.failed();
}

// A statement run once with its values: a batch of one row, whatever the statement.
template <typename... Values>
bool runOnce(sqlite3 *h, const char *statement, QString *error, const Values &...values)
{
    Insert once(h, statement, "", error, 1);
    return once(values...);
}

bool insertRecord(sqlite3 *h, const Record &record, int position, int version, QString *error)
{
    switch (tableOf(record)) {
    case RecordTable::Source: {
        Insert row(h, SourceInsert, SourceRow, error, 1);
        return sourceRow(row, std::get<Source>(record), position, version);
    }
    case RecordTable::Actor: {
        const Actor &a = std::get<Actor>(record);
        Insert row(h, ActorInsert, ActorRow, error, 1);
        Insert alias(h, AliasInsert, AliasRow, error, 1);
        return actorRow(row, a, position, version) && aliasRows(alias, a);
    }
    case RecordTable::Claim: {
        const Claim &c = std::get<Claim>(record);
        Insert row(h, ClaimInsert, ClaimRow, error, 1);
        Insert actor(h, ClaimActorInsert, ClaimActorRow, error, 1);
        Insert citation(h, CitationInsert, CitationRow, error, 1);
        return claimRow(row, c, position, version) && claimActorRows(actor, c) &&
               citationRows(citation, c);
    }
    case RecordTable::Conflict: {
        const Conflict &k = std::get<Conflict>(record);
        Insert row(h, ConflictInsert, ConflictRow, error, 1);
        Insert claim(h, ConflictClaimInsert, ConflictClaimRow, error, 1);
        return conflictRow(row, k, position, version) && conflictClaimRows(claim, k);
    }
    }
    return false;
}

// The record's row at `expected`, moved to `version`; its rows in other tables written again.
// False with an empty error when no row is at that version.
bool updateRecord(sqlite3 *h, const Record &record, int expected, int version, QString *error)
{
    const auto updated = [&](bool ran) { return ran && sqlite3_changes(h) == 1; };
    switch (tableOf(record)) {
    case RecordTable::Source: {
        const Source &s = std::get<Source>(record);
        return updated(runOnce(h,
                               "UPDATE sources SET file = ?, outlet = ?, title = ?, author = "
                               "nullif(?, ''), published = ?, published_note = ?, language = ?, "
                               "sha256 = ?, label = ?, notes = ?, version = ? "
                               "WHERE id = ? AND version = ?",
                               error, s.file, s.outlet, s.title, s.author,
                               s.published.toIsoString(), s.publishedNote, s.language, s.sha256,
                               s.label, s.notes, version, s.id, expected));
    }
    case RecordTable::Actor: {
        const Actor &a = std::get<Actor>(record);
        Insert alias(h, AliasInsert, AliasRow, error, 1);
        return updated(runOnce(h,
                               "UPDATE actors SET name = ?, kind = ?, description = ?, "
                               "version = ? WHERE id = ? AND version = ?",
                               error, a.name, a.kind, a.description, version, a.id, expected)) &&
               runOnce(h, "DELETE FROM actor_aliases WHERE actor_id = ?", error, a.id) &&
               aliasRows(alias, a);
    }
    case RecordTable::Claim: {
        const Claim &c = std::get<Claim>(record);
        Insert actor(h, ClaimActorInsert, ClaimActorRow, error, 1);
        Insert citation(h, CitationInsert, CitationRow, error, 1);
        return updated(runOnce(h,
                               "UPDATE claims SET date = ?, first_day = ?, last_day = ?, "
                               "date_note = ?, kind = ?, statement = ?, claimant = nullif(?, ''), "
                               "responds_to = nullif(?, ''), date_basis = ?, version = ? "
                               "WHERE id = ? AND version = ?",
                               error, c.date.toIsoString(), c.date.firstDay(), c.date.lastDay(),
                               c.dateNote, c.kind, c.statement, c.claimant, c.respondsTo,
                               dateBasis(c), version, c.id, expected)) &&
               runOnce(h, "DELETE FROM claim_actors WHERE claim_id = ?", error, c.id) &&
               runOnce(h, "DELETE FROM citations WHERE claim_id = ?", error, c.id) &&
               claimActorRows(actor, c) && citationRows(citation, c);
    }
    case RecordTable::Conflict: {
        const Conflict &k = std::get<Conflict>(record);
        Insert claim(h, ConflictClaimInsert, ConflictClaimRow, error, 1);
        return updated(runOnce(h,
                               "UPDATE conflicts SET about = ?, version = ? "
                               "WHERE id = ? AND version = ?",
                               error, k.about, version, k.id, expected)) &&
               runOnce(h, "DELETE FROM conflict_claims WHERE conflict_id = ?", error, k.id) &&
               conflictClaimRows(claim, k);
    }
    }
    return false;
}

} // namespace

namespace StoreRows {

OperationResult writeOperation(sqlite3 *h, const RecordOperation &op, QString *error)
{
    if (!op.before && !op.after) {
        *error = QStringLiteral("an operation on %1 holds no record").arg(op.id);
        return OperationResult::Failed;
    }
    const RecordTable table = op.table();
    const int version = op.expectedVersion + 1;
    const auto failedOr = [error](bool ok) {
        return ok                 ? OperationResult::Written
               : error->isEmpty() ? OperationResult::Missed
                                  : OperationResult::Failed;
    };
    error->clear();
    if (!op.before) {
        Query exists(h, sql("SELECT 1 FROM %1 WHERE id = ?", table), error);
        if (exists.bind(op.id).next())
            return OperationResult::Missed;
        int position = 0;
        if (exists.failed() || !positionFor(h, table, op.position, &position, error))
            return OperationResult::Failed;
        return insertRecord(h, *op.after, position, version, error) ? OperationResult::Written
                                                                    : OperationResult::Failed;
    }
    if (!op.after) {
        // Its rows in other tables go with it (ON DELETE CASCADE).
        Query remove(h, sql("DELETE FROM %1 WHERE id = ? AND version = ?", table), error);
        remove.bind(op.id).bind(qint64(op.expectedVersion)).next();
        if (remove.failed())
            return OperationResult::Failed;
        return sqlite3_changes(h) == 1 ? OperationResult::Written : OperationResult::Missed;
    }
    return failedOr(updateRecord(h, *op.after, op.expectedVersion, version, error));
}

} // namespace StoreRows
