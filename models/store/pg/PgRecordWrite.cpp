#include "models/store/pg/PgRecordWrite.h"

#include "models/store/pg/PgResult.h"

#include <QByteArray>

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

QByteArray sql(const char *pattern, RecordTable table)
{
    return QByteArray(pattern).replace("%1", tableSql(table));
}

QString number(qint64 value)
{
    return QString::number(value);
}

std::optional<QString> orNull(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

class Writer
{
public:
    Writer(PGconn *conn, QString *error) : m_conn(conn), m_error(error) {}

    /// Runs a statement; -1 on an error (then error is set), else the rows it touched.
    int run(const char *statement, const PgParams &params)
    {
        const PgResult r(pgExec(m_conn, statement, params));
        if (!r.ok()) {
            *m_error = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
            return -1;
        }
        return r.affected();
    }
    std::unique_ptr<PgResult> query(const QByteArray &statement, const PgParams &params)
    {
        auto r = std::make_unique<PgResult>(pgExec(m_conn, statement.constData(), params));
        if (!r->ok())
            *m_error = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
        return r;
    }

    // The position for a record created at `index` among a table's records in position order
    // (-1: after the last), as StoreRows gives it: into the gap between its neighbours when
    // there is one, so that undoing a removal moves nobody; only without a gap do the records
    // after it move on by one.
    bool positionFor(RecordTable table, int index, qint64 *position)
    {
        if (index < 0) {
            auto last = query(sql("SELECT max(position) FROM %1", table), {});
            if (!last->ok())
                return false;
            *position = PQgetisnull(last->get(), 0, 0) ? 0 : last->bigint(0, 0) + 1;
            return true;
        }
        auto around =
            query(sql("SELECT position FROM %1 ORDER BY position LIMIT 2 OFFSET $1", table),
                  {number(std::max(index - 1, 0))});
        if (!around->ok())
            return false;
        QList<qint64> found;
        for (int i = 0; i < around->rows(); ++i)
            found.append(around->bigint(i, 0));
        if (index == 0) {
            *position = found.isEmpty() ? 0 : found.first() - 1;
            return true;
        }
        if (found.isEmpty()) {
            *m_error = QStringLiteral("position %1 is past the end of table %2")
                           .arg(index)
                           .arg(QLatin1String(tableSql(table)));
            return false;
        }
        if (found.size() == 1) {
            *position = found.first() + 1;
            return true;
        }
        const qint64 before = found[0];
        const qint64 after = found[1];
        if (after - before >= 2) {
            *position = before + (after - before) / 2;
            return true;
        }
        *position = after;
        return run(sql("UPDATE %1 SET position = position + 1 WHERE position >= $1", table)
                       .constData(),
                   {number(after)}) >= 0;
    }

    bool insert(const Record &record, qint64 position, int version)
    {
        const QString at = number(position);
        const QString v = number(version);
        switch (tableOf(record)) {
        case RecordTable::Source: {
            const Source &s = std::get<Source>(record);
            return run("INSERT INTO sources (id, position, file, outlet, title, author, "
                       "published, published_note, language, sha256, label, notes, version) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                       {s.id, at, s.file, s.outlet, s.title, orNull(s.author),
                        s.published.toIsoString(), s.publishedNote, s.language, s.sha256, s.label,
                        s.notes, v}) >= 0;
        }
        case RecordTable::Actor: {
            const Actor &a = std::get<Actor>(record);
            return run("INSERT INTO actors (id, position, name, kind, description, version) "
                       "VALUES ($1, $2, $3, $4, $5, $6)",
                       {a.id, at, a.name, a.kind, a.description, v}) >= 0 &&
                   aliases(a);
        }
        case RecordTable::Claim: {
            const Claim &c = std::get<Claim>(record);
            return run("INSERT INTO claims (id, position, date, first_day, last_day, date_note, "
                       "kind, statement, claimant, responds_to, date_basis, version) VALUES "
                       "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                       {c.id, at, c.date.toIsoString(), number(c.date.firstDay()),
                        number(c.date.lastDay()), c.dateNote, c.kind, c.statement,
                        orNull(c.claimant), orNull(c.respondsTo), dateBasis(c), v}) >= 0 &&
                   claimParts(c);
        }
        case RecordTable::Conflict: {
            const Conflict &k = std::get<Conflict>(record);
            return run("INSERT INTO conflicts (id, position, about, version) "
                       "VALUES ($1, $2, $3, $4)",
                       {k.id, at, k.about, v}) >= 0 &&
                   conflictClaims(k);
        }
        }
        return false;
    }

    // The record's row at `expected`, moved to `version`, its rows in other tables written
    // again. 0 when no row is at that version, -1 on an error.
    int update(const Record &record, int expected, int version)
    {
        const QString v = number(version);
        const QString e = number(expected);
        // `rest` runs only when the row was at the version expected (short-circuit below).
        const auto then = [](int updated, bool rest) {
            return updated != 1 ? updated : rest ? 1 : -1;
        };
        switch (tableOf(record)) {
        case RecordTable::Source: {
            const Source &s = std::get<Source>(record);
            return run("UPDATE sources SET file = $1, outlet = $2, title = $3, author = $4, "
                       "published = $5, published_note = $6, language = $7, sha256 = $8, "
                       "label = $9, notes = $10, version = $11 WHERE id = $12 AND version = $13",
                       {s.file, s.outlet, s.title, orNull(s.author), s.published.toIsoString(),
                        s.publishedNote, s.language, s.sha256, s.label, s.notes, v, s.id, e});
        }
        case RecordTable::Actor: {
            const Actor &a = std::get<Actor>(record);
            const int updated = run("UPDATE actors SET name = $1, kind = $2, description = $3, "
                                    "version = $4 WHERE id = $5 AND version = $6",
                                    {a.name, a.kind, a.description, v, a.id, e});
            return then(updated, updated != 1 || (run("DELETE FROM actor_aliases WHERE "
                                                      "actor_id = $1",
                                                      {a.id}) >= 0 &&
                                                  aliases(a)));
        }
        case RecordTable::Claim: {
            const Claim &c = std::get<Claim>(record);
            const int updated =
                run("UPDATE claims SET date = $1, first_day = $2, last_day = $3, date_note = $4, "
                    "kind = $5, statement = $6, claimant = $7, responds_to = $8, "
                    "date_basis = $9, version = $10 WHERE id = $11 AND version = $12",
                    {c.date.toIsoString(), number(c.date.firstDay()), number(c.date.lastDay()),
                     c.dateNote, c.kind, c.statement, orNull(c.claimant), orNull(c.respondsTo),
                     dateBasis(c), v, c.id, e});
            return then(updated,
                        updated != 1 ||
                            (run("DELETE FROM claim_actors WHERE claim_id = $1", {c.id}) >= 0 &&
                             run("DELETE FROM citations WHERE claim_id = $1", {c.id}) >= 0 &&
                             claimParts(c)));
        }
        case RecordTable::Conflict: {
            const Conflict &k = std::get<Conflict>(record);
            const int updated = run("UPDATE conflicts SET about = $1, version = $2 "
                                    "WHERE id = $3 AND version = $4",
                                    {k.about, v, k.id, e});
            return then(updated, updated != 1 || (run("DELETE FROM conflict_claims WHERE "
                                                      "conflict_id = $1",
                                                      {k.id}) >= 0 &&
                                                  conflictClaims(k)));
        }
        }
        return -1;
    }

private:
    static QString dateBasis(const Claim &c)
    {
        return c.datedByReport ? QStringLiteral("reported") : QString();
    }
    bool aliases(const Actor &a)
    {
        for (qsizetype k = 0; k < a.aliases.size(); ++k)
            if (run("INSERT INTO actor_aliases (actor_id, position, alias) VALUES ($1, $2, $3)",
                    {a.id, number(k), a.aliases[k]}) < 0)
                return false;
        return true;
    }
    bool claimParts(const Claim &c)
    {
        for (qsizetype k = 0; k < c.actors.size(); ++k)
            if (run("INSERT INTO claim_actors (claim_id, position, actor_id, role) "
                    "VALUES ($1, $2, $3, $4)",
                    {c.id, number(k), c.actors[k].actor, c.actors[k].role}) < 0)
                return false;
        for (qsizetype k = 0; k < c.citations.size(); ++k) {
            const Citation &t = c.citations[k];
            if (run("INSERT INTO citations (claim_id, position, source_id, paragraph, quote, "
                    "prefix, suffix) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    {c.id, number(k), t.source, number(t.paragraph), t.quote, t.prefix, t.suffix}) <
                0)
                return false;
        }
        return true;
    }
    bool conflictClaims(const Conflict &k)
    {
        for (qsizetype c = 0; c < k.claims.size(); ++c)
            if (run("INSERT INTO conflict_claims (conflict_id, position, claim_id) "
                    "VALUES ($1, $2, $3)",
                    {k.id, number(c), k.claims[c]}) < 0)
                return false;
        return true;
    }

    PGconn *m_conn;
    QString *m_error;
};

} // namespace

namespace PgRecordWrite {

Outcome write(pg_conn *conn, const RecordOperation &op, QString *error)
{
    error->clear();
    if (!op.before && !op.after) {
        *error = QStringLiteral("an operation on %1 holds no record").arg(op.id);
        return Outcome::Failed;
    }
    Writer w(conn, error);
    const RecordTable table = op.table();
    const int version = op.expectedVersion + 1;
    if (!op.before) {
        auto exists = w.query(sql("SELECT 1 FROM %1 WHERE id = $1", table), {op.id});
        if (!exists->ok())
            return Outcome::Failed;
        if (exists->rows() > 0)
            return Outcome::Missed;
        qint64 position = 0;
        if (!w.positionFor(table, op.position, &position))
            return Outcome::Failed;
        return w.insert(*op.after, position, version) ? Outcome::Written : Outcome::Failed;
    }
    if (!op.after) {
        // Its rows in other tables go with it (ON DELETE CASCADE).
        const int removed =
            w.run(sql("DELETE FROM %1 WHERE id = $1 AND version = $2", table).constData(),
                  {op.id, number(op.expectedVersion)});
        return removed < 0 ? Outcome::Failed : removed == 1 ? Outcome::Written : Outcome::Missed;
    }
    const int updated = w.update(*op.after, op.expectedVersion, version);
    return updated < 0 ? Outcome::Failed : updated == 1 ? Outcome::Written : Outcome::Missed;
}

} // namespace PgRecordWrite
