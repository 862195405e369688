// PgStore's markup (issue 21, 22): stars, tags and notes in tables of their own (schema 3),
// apart from the evidence, so that a reviewer's role may be granted them and nothing else.
#include "models/store/pg/PgResult.h"
#include "models/store/pg/PgStore.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <libpq-fe.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PgStore", text);
}

constexpr int MarkupSchemaVersion = 3;

// One claim's markup: its row and its tags, or none when it is empty. False on the first
// statement refused; the server's message is then the connection's.
bool writeClaim(PGconn *conn, const QString &claimId, const ClaimMarkup &markup)
{
    // The tags go with their row (ON DELETE CASCADE).
    if (!PgResult(pgExec(conn, "DELETE FROM markup_claims WHERE claim_id = $1", {claimId})).ok())
        return false;
    if (markup.isEmpty())
        return true;
    if (!PgResult(pgExec(conn, "INSERT INTO markup_claims VALUES ($1, $2, $3)",
                         {claimId, markup.key ? QStringLiteral("t") : QStringLiteral("f"),
                          markup.note.isNull() ? QStringLiteral("") : markup.note}))
             .ok())
        return false;
    for (qsizetype i = 0; i < markup.tags.size(); ++i) {
        if (!PgResult(pgExec(conn, "INSERT INTO markup_claim_tags VALUES ($1, $2, $3)",
                             {claimId, QString::number(i), markup.tags[i]}))
                 .ok())
            return false;
    }
    return true;
}

bool writeColour(PGconn *conn, const QString &tag, const QString &colour)
{
    if (!PgResult(pgExec(conn, "DELETE FROM markup_tags WHERE tag = $1", {tag})).ok())
        return false;
    return colour.isEmpty() ||
           PgResult(pgExec(conn, "INSERT INTO markup_tags VALUES ($1, $2)", {tag, colour})).ok();
}

// Other windows follow markup on the channel they follow edits on (PgWatcher LISTENs to it).
// Sent in the writing transaction, so delivered at its COMMIT and never for one rolled back.
bool notifyMarkup(PGconn *conn)
{
    return PgResult(PQexec(conn, "SELECT pg_notify('dossier', 'markup')")).ok();
}

} // namespace

QString PgStore::whyNotMarkable() const
{
    if (!m_conn)
        return tr("no database is open");
    if (!hasDataset())
        return tr("%1 holds no dataset to mark up").arg(m_displayName);
    // The grants on the markup tables alone: a reviewer's role may write them and no evidence.
    const PgResult r(PQexec(m_conn, "SELECT current_user, "
                                    "has_table_privilege('markup_claims', 'INSERT, DELETE') AND "
                                    "has_table_privilege('markup_claim_tags', 'INSERT, DELETE') "
                                    "AND has_table_privilege('markup_tags', 'INSERT, DELETE')"));
    if (!r.ok() || r.rows() != 1)
        return tr("cannot read the rights of %1: %2").arg(m_displayName, serverError());
    if (r.text(0, 1) != QLatin1String("t"))
        return tr("The database user %1 may read this team dossier but not mark it up.")
            .arg(r.text(0, 0));
    return {};
}

std::optional<Markup> PgStore::loadMarkup(QString *error) const
{
    if (!m_conn) {
        *error = tr("no database is open");
        return std::nullopt;
    }
    Markup markup;
    if (schemaVersion() < MarkupSchemaVersion)
        return markup;
    QString why;
    // One snapshot: a claim's tags as they were with its row.
    if (!exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &why)) {
        *error = tr("cannot read the markup of %1: %2").arg(m_displayName, why);
        return std::nullopt;
    }
    const auto end = qScopeGuard([this] { PQclear(PQexec(m_conn, "COMMIT")); });
    const auto failed = [&] {
        *error = tr("cannot read the markup of %1: %2").arg(m_displayName, serverError());
        return std::nullopt;
    };
    QHash<QString, ClaimMarkup> claims;
    {
        const PgResult r(PQexec(m_conn, "SELECT claim_id, key, note FROM markup_claims"));
        if (!r.ok())
            return failed();
        for (int i = 0; i < r.rows(); ++i)
            claims.insert(r.text(i, 0), {r.text(i, 1) == QLatin1String("t"), {}, r.text(i, 2)});
    }
    {
        const PgResult r(PQexec(
            m_conn, "SELECT claim_id, tag FROM markup_claim_tags ORDER BY claim_id, position"));
        if (!r.ok())
            return failed();
        for (int i = 0; i < r.rows(); ++i)
            claims[r.text(i, 0)].tags.append(r.text(i, 1));
    }
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        markup.set(it.key(), it.value());
    const PgResult r(PQexec(m_conn, "SELECT tag, colour FROM markup_tags"));
    if (!r.ok())
        return failed();
    for (int i = 0; i < r.rows(); ++i)
        markup.setColour(r.text(i, 0), r.text(i, 1));
    return markup;
}

bool PgStore::writeMarkup(const MarkupChange &change, QString *error)
{
    if (const QString why = whyNotMarkable(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QString why;
    bool ok = exec("BEGIN", &why);
    for (const MarkupChange::ClaimEdit &edit : change.claims)
        ok = ok && writeClaim(m_conn, edit.claimId, edit.after);
    for (const MarkupChange::ColourEdit &edit : change.colours)
        ok = ok && writeColour(m_conn, MarkupTags::normalise(edit.tag), edit.after);
    ok = ok && notifyMarkup(m_conn);
    if (ok && exec("COMMIT", &why))
        return true;
    if (why.isEmpty())
        why = serverError();
    PQclear(PQexec(m_conn, "ROLLBACK"));
    *error =
        tr("the markup could not be saved to %1, nothing was changed: %2").arg(m_displayName, why);
    return false;
}

bool PgStore::replaceMarkup(const Markup &markup, QString *error)
{
    if (const QString why = whyNotMarkable(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QString why;
    // DELETE rather than TRUNCATE: a reviewer's role is granted DELETE, never TRUNCATE.
    bool ok = exec("BEGIN", &why) && exec("DELETE FROM markup_claims", &why) &&
              exec("DELETE FROM markup_tags", &why);
    for (auto it = markup.claims().cbegin(); ok && it != markup.claims().cend(); ++it)
        ok = writeClaim(m_conn, it.key(), it.value());
    const QHash<QString, QString> colours = markup.colours();
    for (auto it = colours.cbegin(); ok && it != colours.cend(); ++it)
        ok = writeColour(m_conn, it.key(), it.value());
    ok = ok && notifyMarkup(m_conn);
    if (ok && exec("COMMIT", &why))
        return true;
    if (why.isEmpty())
        why = serverError();
    PQclear(PQexec(m_conn, "ROLLBACK"));
    *error =
        tr("the markup could not be saved to %1, nothing was changed: %2").arg(m_displayName, why);
    return false;
}
