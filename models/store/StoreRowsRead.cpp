#include "models/store/StoreRows.h"

#include "models/data/TextUtil.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cstring>
#include <limits>
#include <numeric>
#include <sqlite3.h>

namespace {

// One query, stepped row by row with SQLite's own API: a million claims read through QSqlQuery
// spent more time building QVariants than SQLite spent reading.
class Rows
{
public:
    Rows(sqlite3 *db, const char *sql, QString *error) : m_db(db), m_error(error)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~Rows() { sqlite3_finalize(m_statement); }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    /// The next row; false at the end and on an error (then ok() is false).
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
    bool ok() const { return !m_failed; }

    /// NULL reads as a null string, as QVariant gave it. Bytes that are not UTF-8 (put there by
    /// other tools: SQLite does not check) read as a null string and make badValue() say so,
    /// rather than turn into U+FFFD and pass for what was imported.
    QString text(int column) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!p)
            return {};
        const int size = sqlite3_column_bytes(m_statement, column);
        if (TextUtil::firstInvalidUtf8(QByteArray::fromRawData(p, size)) >= 0) {
            noteBad(column, QStringLiteral("is not UTF-8 text"));
            return {};
        }
        return TextUtil::fromUtf8Exact(p, size);
    }
    /// An integer that fits an int. Anything else (a real, text, NULL, a value past the range)
    /// reads as 0 and makes badValue() say so: a paragraph of 2^32 + 1 must not become 1.
    int integer(int column) const
    {
        const qint64 value = sqlite3_column_int64(m_statement, column);
        if (sqlite3_column_type(m_statement, column) != SQLITE_INTEGER ||
            value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
            noteBad(column, QStringLiteral("is not a whole number in the range of the format"));
            return 0;
        }
        return int(value);
    }
    /// What was wrong with a value of the current row ("column paragraph is not UTF-8 text"),
    /// or empty.
    const QString &badValue() const { return m_bad; }

private:
    void fail()
    {
        m_failed = true;
        *m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }

    void noteBad(int column, const QString &what) const
    {
        if (m_bad.isEmpty())
            m_bad = QStringLiteral("column %1 %2")
                        .arg(QString::fromUtf8(sqlite3_column_name(m_statement, column)), what);
    }

    sqlite3 *m_db;
    QString *m_error;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    mutable QString m_bad;
};

bool badDate(const QString &what, const QString &id, const QString &text, QString *error)
{
    *error = QStringLiteral("%1 %2 has an invalid date '%3'").arg(what, id, text);
    return false;
}

// Runs `sql` and hands each row to `row`, which returns false to stop (having set *error);
// false on the first failure, and on the first value that is not what the column holds.
template <typename Fn> bool eachRow(sqlite3 *db, const char *sql, QString *error, Fn row)
{
    Rows rows(db, sql, error);
    while (rows.next()) {
        if (!row(rows))
            return false;
        if (!rows.badValue().isEmpty()) {
            const char *table = std::strstr(sql, " FROM ");
            *error = QStringLiteral("a row of table %1: %2")
                         .arg(QString::fromLatin1(table ? table + 6 : sql).section(u' ', 0, 0),
                              rows.badValue());
            return false;
        }
    }
    return rows.ok();
}

int userVersion(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    int version = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

// Claims in the order of their position column. They are read in the table's own order and
// put in place here: asking SQLite to sort a million rows by a column without an index cost
// more than reading them. (An import writes them in position order, so usually nothing moves.)
bool readClaims(sqlite3 *db, int schema, QList<Claim> *claims, RecordVersions *versions,
                QString *error)
{
    std::vector<int> positions;
    QList<Claim> read;
    if (!eachRow(db,
                 schema >= 6   ? "SELECT position, id, date, date_note, kind, statement, claimant, "
                                 "responds_to, date_basis, version FROM claims"
                 : schema == 5 ? "SELECT position, id, date, date_note, kind, statement, claimant, "
                                 "responds_to, date_basis, 1 FROM claims"
                               : "SELECT position, id, date, date_note, kind, statement, claimant, "
                                 "responds_to, '', 1 FROM claims",
                 error, [&](const Rows &rows) {
                     Claim c;
                     c.id = rows.text(1);
                     const QString date = rows.text(2);
                     c.date = PartialDate::parse(date);
                     if (!c.date.isValid())
                         return badDate(QStringLiteral("claim"), c.id, date, error);
                     c.dateNote = rows.text(3);
                     c.kind = rows.text(4);
                     c.statement = rows.text(5);
                     c.claimant = rows.text(6);
                     c.respondsTo = rows.text(7);
                     c.datedByReport = rows.text(8) == QLatin1String("reported");
                     if (versions)
                         versions->set(RecordTable::Claim, c.id, rows.integer(9));
                     positions.push_back(rows.integer(0));
                     read.append(std::move(c));
                     return true;
                 }))
        return false;
    if (std::is_sorted(positions.begin(), positions.end())) {
        *claims = std::move(read);
        return true;
    }
    std::vector<qsizetype> order(positions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return positions[a] < positions[b]; });
    claims->reserve(read.size());
    for (const qsizetype i : order)
        claims->append(std::move(read[i]));
    return true;
}

} // namespace

namespace StoreRows {

std::optional<Dataset> read(const QSqlDatabase &connection, QString *error,
                            RecordVersions *versions)
{
    sqlite3 *db = handle(connection);
    if (!db) {
        *error = QStringLiteral("the database connection is not SQLite");
        return std::nullopt;
    }
    // One read transaction (unless the caller has one): every table from the same state.
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    const auto end = qScopeGuard([db, ownTransaction] {
        if (ownTransaction)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });

    Dataset d;
    // Schema 5 added labels, notes and date bases; an older store a read-only medium keeps
    // from upgrading is read without them.
    // Schema 6 added versions; an older store's records are all as imported, at version 1.
    const int schema = userVersion(db);
    const bool labelled = schema >= 5;
    bool ok = eachRow(
        db,
        schema >= 6 ? "SELECT id, file, outlet, title, author, published, published_note, "
                      "language, sha256, label, notes, version FROM sources ORDER BY position"
        : labelled  ? "SELECT id, file, outlet, title, author, published, published_note, "
                      "language, sha256, label, notes, 1 FROM sources ORDER BY position"
                    : "SELECT id, file, outlet, title, author, published, published_note, "
                      "language, sha256, '', '', 1 FROM sources ORDER BY position",
        error, [&](const Rows &rows) {
            Source s;
            s.id = rows.text(0);
            s.file = rows.text(1);
            s.outlet = rows.text(2);
            s.title = rows.text(3);
            s.author = rows.text(4);
            s.published = PartialDate::parse(rows.text(5));
            s.publishedNote = rows.text(6);
            s.language = rows.text(7);
            s.sha256 = rows.text(8);
            s.label = rows.text(9);
            s.notes = rows.text(10);
            if (!s.published.isValid())
                return badDate(QStringLiteral("source"), s.id, rows.text(5), error);
            if (versions)
                versions->set(RecordTable::Source, s.id, rows.integer(11));
            d.sources.append(std::move(s));
            return true;
        });
    d.labelUnlabelledSources();
    QHash<QString, int> actorIndex;
    ok = ok &&
         eachRow(db,
                 schema >= 6
                     ? "SELECT id, name, kind, description, version FROM actors ORDER BY position"
                     : "SELECT id, name, kind, description, 1 FROM actors ORDER BY position",
                 error, [&](const Rows &rows) {
                     if (versions)
                         versions->set(RecordTable::Actor, rows.text(0), rows.integer(4));
                     actorIndex.insert(rows.text(0), int(d.actors.size()));
                     d.actors.append({rows.text(0), rows.text(1), rows.text(2), {}, rows.text(3)});
                     return true;
                 });
    ok = ok && eachRow(db, "SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, position",
                       error, [&](const Rows &rows) {
                           if (const int a = actorIndex.value(rows.text(0), -1); a >= 0)
                               d.actors[a].aliases.append(rows.text(1));
                           return true;
                       });
    ok = ok && readClaims(db, schema, &d.claims, versions, error);
    if (!ok)
        return std::nullopt;
    QHash<QString, int> claimIndex;
    claimIndex.reserve(d.claims.size());
    for (int c = 0; c < d.claims.size(); ++c)
        claimIndex.insert(d.claims[c].id, c);
    // In the key's order (claim id, position): a walk of the primary key, no sorting.
    ok =
        eachRow(db, "SELECT claim_id, actor_id, role FROM claim_actors ORDER BY claim_id, position",
                error, [&](const Rows &rows) {
                    if (const int c = claimIndex.value(rows.text(0), -1); c >= 0)
                        d.claims[c].actors.append({rows.text(1), rows.text(2)});
                    return true;
                });
    ok = ok &&
         eachRow(db,
                 "SELECT claim_id, source_id, paragraph, quote, prefix, suffix FROM "
                 "citations ORDER BY claim_id, position",
                 error, [&](const Rows &rows) {
                     if (const int c = claimIndex.value(rows.text(0), -1); c >= 0)
                         d.claims[c].citations.append({rows.text(1), rows.integer(2), rows.text(3),
                                                       rows.text(4), rows.text(5)});
                     return true;
                 });
    QHash<QString, int> conflictIndex;
    ok = ok && eachRow(db,
                       schema >= 6 ? "SELECT id, about, version FROM conflicts ORDER BY position"
                                   : "SELECT id, about, 1 FROM conflicts ORDER BY position",
                       error, [&](const Rows &rows) {
                           if (versions)
                               versions->set(RecordTable::Conflict, rows.text(0), rows.integer(2));
                           conflictIndex.insert(rows.text(0), int(d.conflicts.size()));
                           d.conflicts.append({rows.text(0), {}, rows.text(1)});
                           return true;
                       });
    ok = ok && eachRow(db,
                       "SELECT conflict_id, claim_id FROM conflict_claims "
                       "ORDER BY conflict_id, position",
                       error, [&](const Rows &rows) {
                           if (const int k = conflictIndex.value(rows.text(0), -1); k >= 0)
                               d.conflicts[k].claims.append(rows.text(1));
                           return true;
                       });
    if (!ok)
        return std::nullopt;
    d.reindex();
    return d;
}

} // namespace StoreRows

namespace {

// The rows of one record's query, bound to its id; false when it cannot run.
bool select(QSqlQuery &q, const QString &statement, const QString &id, QString *error)
{
    q.prepare(statement);
    q.addBindValue(id);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

namespace StoreRows {

// Rare (a conflict's "theirs"), so through QSqlQuery; the columns are read as read() reads them.
std::optional<Record> readRecord(const QSqlDatabase &db, RecordTable table, const QString &id,
                                 int *version, QString *error)
{
    *version = 0;
    QSqlQuery q(db);
    QSqlQuery children(db);
    const auto text = [](const QSqlQuery &query, int column) {
        return query.value(column).toString();
    };
    switch (table) {
    case RecordTable::Source: {
        if (!select(q,
                    QStringLiteral("SELECT id, file, outlet, title, author, published, "
                                   "published_note, language, sha256, label, notes, version "
                                   "FROM sources WHERE id = ?"),
                    id, error) ||
            !q.next())
            return std::nullopt;
        Source s{text(q, 0),
                 text(q, 9),
                 text(q, 1),
                 text(q, 2),
                 text(q, 3),
                 text(q, 4),
                 PartialDate::parse(text(q, 5)),
                 text(q, 6),
                 text(q, 10),
                 text(q, 7),
                 text(q, 8)};
        *version = q.value(11).toInt();
        return Record(s);
    }
    case RecordTable::Actor: {
        if (!select(q,
                    QStringLiteral(
                        "SELECT id, name, kind, description, version FROM actors WHERE id = ?"),
                    id, error) ||
            !q.next())
            return std::nullopt;
        Actor a{text(q, 0), text(q, 1), text(q, 2), {}, text(q, 3)};
        *version = q.value(4).toInt();
        if (!select(children,
                    QStringLiteral("SELECT alias FROM actor_aliases WHERE actor_id = ? "
                                   "ORDER BY position"),
                    id, error))
            return std::nullopt;
        while (children.next())
            a.aliases.append(text(children, 0));
        return Record(a);
    }
    case RecordTable::Claim: {
        if (!select(q,
                    QStringLiteral("SELECT id, date, date_note, kind, statement, claimant, "
                                   "responds_to, date_basis, version FROM claims WHERE id = ?"),
                    id, error) ||
            !q.next())
            return std::nullopt;
        Claim c;
        c.id = text(q, 0);
        c.date = PartialDate::parse(text(q, 1));
        c.dateNote = text(q, 2);
        c.kind = text(q, 3);
        c.statement = text(q, 4);
        c.claimant = text(q, 5);
        c.respondsTo = text(q, 6);
        c.datedByReport = text(q, 7) == QLatin1String("reported");
        *version = q.value(8).toInt();
        if (!select(children,
                    QStringLiteral("SELECT actor_id, role FROM claim_actors WHERE claim_id = ? "
                                   "ORDER BY position"),
                    id, error))
            return std::nullopt;
        while (children.next())
            c.actors.append({text(children, 0), text(children, 1)});
        if (!select(children,
                    QStringLiteral("SELECT source_id, paragraph, quote, prefix, suffix FROM "
                                   "citations WHERE claim_id = ? ORDER BY position"),
                    id, error))
            return std::nullopt;
        while (children.next())
            c.citations.append({text(children, 0), children.value(1).toInt(), text(children, 2),
                                text(children, 3), text(children, 4)});
        return Record(c);
    }
    case RecordTable::Conflict:
        break;
    }
    if (!select(q, QStringLiteral("SELECT id, about, version FROM conflicts WHERE id = ?"), id,
                error) ||
        !q.next())
        return std::nullopt;
    Conflict k{text(q, 0), {}, text(q, 1)};
    *version = q.value(2).toInt();
    if (!select(children,
                QStringLiteral("SELECT claim_id FROM conflict_claims WHERE conflict_id = ? "
                               "ORDER BY position"),
                id, error))
        return std::nullopt;
    while (children.next())
        k.claims.append(text(children, 0));
    return Record(k);
}

} // namespace StoreRows
