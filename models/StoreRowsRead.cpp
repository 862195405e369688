#include "StoreRows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Runs a forward-only query and hands each row to `row`; false on the first failure.
template <typename Fn> bool eachRow(const QSqlDatabase &db, const char *sql, QString *error, Fn row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(sql))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        if (!row(q))
            return false;
    return true;
}

bool badDate(const QString &what, const QString &id, const QString &text, QString *error)
{
    *error = QStringLiteral("%1 %2 has an invalid date '%3'").arg(what, id, text);
    return false;
}

} // namespace

namespace StoreRows {

std::optional<Dataset> read(const QSqlDatabase &db, QString *error)
{
    Dataset d;
    bool ok = eachRow(db,
                      "SELECT id, file, outlet, title, author, published, published_note, "
                      "language, sha256 FROM sources ORDER BY position",
                      error, [&](QSqlQuery &q) {
                          Source s{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), PartialDate::parse(q.value(5).toString()),
                                   q.value(6).toString(), q.value(7).toString(),
                                   q.value(8).toString()};
                          if (!s.published.isValid())
                              return badDate(QStringLiteral("source"), s.id, q.value(5).toString(),
                                             error);
                          d.sources.append(s);
                          return true;
                      });
    QHash<QString, int> actorIndex;
    ok = ok && eachRow(db, "SELECT id, name, kind, description FROM actors ORDER BY position",
                       error, [&](QSqlQuery &q) {
                           actorIndex.insert(q.value(0).toString(), int(d.actors.size()));
                           d.actors.append({q.value(0).toString(),
                                            q.value(1).toString(),
                                            q.value(2).toString(),
                                            {},
                                            q.value(3).toString()});
                           return true;
                       });
    ok = ok && eachRow(db, "SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, position",
                       error, [&](QSqlQuery &q) {
                           const int a = actorIndex.value(q.value(0).toString(), -1);
                           if (a >= 0)
                               d.actors[a].aliases.append(q.value(1).toString());
                           return true;
                       });
    QHash<QString, int> claimIndex;
    ok = ok && eachRow(db,
                       "SELECT id, date, date_note, kind, statement, claimant, responds_to "
                       "FROM claims ORDER BY position",
                       error, [&](QSqlQuery &q) {
                           Claim c;
                           c.id = q.value(0).toString();
                           c.date = PartialDate::parse(q.value(1).toString());
                           if (!c.date.isValid())
                               return badDate(QStringLiteral("claim"), c.id, q.value(1).toString(),
                                              error);
                           c.dateNote = q.value(2).toString();
                           c.kind = q.value(3).toString();
                           c.statement = q.value(4).toString();
                           c.claimant = q.value(5).toString();
                           c.respondsTo = q.value(6).toString();
                           claimIndex.insert(c.id, int(d.claims.size()));
                           d.claims.append(std::move(c));
                           return true;
                       });
    ok = ok &&
         eachRow(db,
                 "SELECT claim_id, actor_id, role FROM claim_actors "
                 "ORDER BY claim_id, position",
                 error, [&](QSqlQuery &q) {
                     const int c = claimIndex.value(q.value(0).toString(), -1);
                     if (c >= 0)
                         d.claims[c].actors.append({q.value(1).toString(), q.value(2).toString()});
                     return true;
                 });
    ok = ok &&
         eachRow(db,
                 "SELECT claim_id, source_id, paragraph, quote, prefix, suffix "
                 "FROM citations ORDER BY claim_id, position",
                 error, [&](QSqlQuery &q) {
                     const int c = claimIndex.value(q.value(0).toString(), -1);
                     if (c >= 0)
                         d.claims[c].citations.append({q.value(1).toString(), q.value(2).toInt(),
                                                       q.value(3).toString(), q.value(4).toString(),
                                                       q.value(5).toString()});
                     return true;
                 });
    QHash<QString, int> conflictIndex;
    ok = ok &&
         eachRow(db, "SELECT id, about FROM conflicts ORDER BY position", error, [&](QSqlQuery &q) {
             conflictIndex.insert(q.value(0).toString(), int(d.conflicts.size()));
             d.conflicts.append({q.value(0).toString(), {}, q.value(1).toString()});
             return true;
         });
    ok = ok && eachRow(db,
                       "SELECT conflict_id, claim_id FROM conflict_claims "
                       "ORDER BY conflict_id, position",
                       error, [&](QSqlQuery &q) {
                           const int k = conflictIndex.value(q.value(0).toString(), -1);
                           if (k >= 0)
                               d.conflicts[k].claims.append(q.value(1).toString());
                           return true;
                       });
    if (!ok)
        return std::nullopt;
    d.reindex();
    return d;
}

} // namespace StoreRows
