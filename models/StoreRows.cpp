#include "StoreRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL, so send "" instead.
QVariant bindable(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
template <typename T>
QVariant bindable(const T &value)
{
    return QVariant::fromValue(value);
}

// A prepared statement run many times; the first failure is kept for the message.
class Insert
{
public:
    Insert(QSqlDatabase &db, const char *sql, QString *error) : m_query(db), m_error(error)
    {
        if (!m_query.prepare(QLatin1String(sql)))
            fail();
    }
    template <typename... Values>
    bool operator()(const Values &...values)
    {
        if (m_failed)
            return false;
        int i = 0;
        (m_query.bindValue(i++, bindable(values)), ...);
        if (!m_query.exec())
            fail();
        return !m_failed;
    }
    bool ok() const { return !m_failed; }

private:
    void fail()
    {
        if (!m_failed)
            *m_error = m_query.lastError().databaseText().isEmpty()
                           ? m_query.lastError().text()
                           : m_query.lastError().databaseText();
        m_failed = true;
    }
    QSqlQuery m_query;
    QString *m_error;
    bool m_failed = false;
};

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

bool insertClaim(Insert &claim, Insert &actor, Insert &citation, Insert &text, const Claim &c,
                 int position)
{
    if (!claim(c.id, position, c.date.toIsoString(), c.date.firstDay(), c.date.lastDay(),
               c.dateNote, c.kind, c.statement, nullIfEmpty(c.claimant), nullIfEmpty(c.respondsTo)))
        return false;
    for (int i = 0; i < c.actors.size(); ++i)
        if (!actor(c.id, i, c.actors[i].actor, c.actors[i].role))
            return false;
    QString quotes;
    for (int i = 0; i < c.citations.size(); ++i) {
        const Citation &cit = c.citations[i];
        if (!citation(c.id, i, cit.source, cit.paragraph, cit.quote, cit.prefix, cit.suffix))
            return false;
        quotes += cit.quote + QLatin1Char(' ');
    }
    return text(c.id, c.statement, quotes);
}

} // namespace

namespace StoreRows {

bool clear(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const char *table : {"claim_text", "conflict_claims", "conflicts", "citations",
                              "claim_actors", "claims", "actor_aliases", "actors", "sources",
                              "meta"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool insert(QSqlDatabase &db, const Dataset &d, QString *error)
{
    Insert source(db, "INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?)", error);
    for (int i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources[i];
        if (!source(s.id, i, s.file, s.outlet, s.title, nullIfEmpty(s.author),
                    s.published.toIsoString(), s.publishedNote, s.language, s.sha256))
            return false;
    }
    Insert actor(db, "INSERT INTO actors VALUES (?,?,?,?,?)", error);
    Insert alias(db, "INSERT INTO actor_aliases VALUES (?,?,?)", error);
    for (int i = 0; i < d.actors.size(); ++i) {
        const Actor &a = d.actors[i];
        if (!actor(a.id, i, a.name, a.kind, a.description))
            return false;
        for (int k = 0; k < a.aliases.size(); ++k)
            if (!alias(a.id, k, a.aliases[k]))
                return false;
    }
    Insert claim(db, "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?)", error);
    Insert claimActor(db, "INSERT INTO claim_actors VALUES (?,?,?,?)", error);
    Insert citation(db, "INSERT INTO citations VALUES (?,?,?,?,?,?,?)", error);
    Insert text(db, "INSERT INTO claim_text (claim_id, statement, quotes) VALUES (?,?,?)", error);
    for (int i = 0; i < d.claims.size(); ++i)
        if (!insertClaim(claim, claimActor, citation, text, d.claims[i], i))
            return false;
    Insert conflict(db, "INSERT INTO conflicts VALUES (?,?,?)", error);
    Insert conflictClaim(db, "INSERT INTO conflict_claims VALUES (?,?,?)", error);
    for (int i = 0; i < d.conflicts.size(); ++i) {
        const Conflict &k = d.conflicts[i];
        if (!conflict(k.id, i, k.about))
            return false;
        for (int c = 0; c < k.claims.size(); ++c)
            if (!conflictClaim(k.id, c, k.claims[c]))
                return false;
    }
    // Deferred and immediate foreign keys are all checked by now, but say which broke.
    QSqlQuery check(db);
    if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next()) {
        *error = QStringLiteral("dangling reference in table %1").arg(check.value(0).toString());
        return false;
    }
    return true;
}

bool writeMeta(QSqlDatabase &db, const QList<std::pair<QString, QString>> &values, QString *error)
{
    Insert meta(db, "INSERT OR REPLACE INTO meta VALUES (?,?)", error);
    for (const auto &[key, value] : values)
        if (!meta(key, value))
            return false;
    return true;
}

} // namespace StoreRows
