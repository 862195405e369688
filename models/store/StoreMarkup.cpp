// DatasetStore's markup (issue 21): stars, tags and notes in tables of their own (schema 7),
// apart from the evidence, so that importDataset() and write() never touch them.
#include "models/store/DatasetStore.h"
#include "models/store/StoreRows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetStore", text);
}

constexpr int MarkupSchemaVersion = 7;

// One claim's markup: its row and its tags, or none when it is empty.
bool writeClaim(QSqlQuery &q, const QString &claimId, const ClaimMarkup &markup)
{
    q.prepare(QStringLiteral("DELETE FROM markup_claim_tags WHERE claim_id = ?"));
    q.addBindValue(claimId);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("DELETE FROM markup_claims WHERE claim_id = ?"));
    q.addBindValue(claimId);
    if (!q.exec())
        return false;
    if (markup.isEmpty())
        return true;
    q.prepare(QStringLiteral("INSERT INTO markup_claims VALUES (?, ?, ?)"));
    q.addBindValue(claimId);
    q.addBindValue(markup.key ? 1 : 0);
    // A null QString binds as NULL.
    q.addBindValue(markup.note.isNull() ? QStringLiteral("") : markup.note);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO markup_claim_tags VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < markup.tags.size(); ++i) {
        q.bindValue(0, claimId);
        q.bindValue(1, qint64(i));
        q.bindValue(2, markup.tags[i]);
        if (!q.exec())
            return false;
    }
    return true;
}

bool writeColour(QSqlQuery &q, const QString &tag, const QString &colour)
{
    q.prepare(QStringLiteral("DELETE FROM markup_tags WHERE tag = ?"));
    q.addBindValue(tag);
    if (!q.exec())
        return false;
    if (colour.isEmpty())
        return true;
    q.prepare(QStringLiteral("INSERT INTO markup_tags VALUES (?, ?)"));
    q.addBindValue(tag);
    q.addBindValue(colour);
    return q.exec();
}

} // namespace

QString DatasetStore::whyNotMarkable() const
{
    // The bundled copy is kept as shipped, markup included: Save Copy As makes one to mark up.
    return whyNotWritable();
}

std::optional<Markup> DatasetStore::loadMarkup(QString *error) const
{
    Markup markup;
    // An older store read where it cannot be upgraded has no markup.
    if (schemaVersion() < MarkupSchemaVersion)
        return markup;
    QSqlQuery q(db());
    const auto failed = [&] {
        *error = tr("cannot read the markup of %1: %2").arg(m_path, q.lastError().text());
        return std::nullopt;
    };
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT claim_id, key, note FROM markup_claims")))
        return failed();
    QHash<QString, ClaimMarkup> claims;
    while (q.next())
        claims.insert(q.value(0).toString(), {q.value(1).toInt() != 0, {}, q.value(2).toString()});
    if (!q.exec(QStringLiteral(
            "SELECT claim_id, tag FROM markup_claim_tags ORDER BY claim_id, position")))
        return failed();
    while (q.next())
        claims[q.value(0).toString()].tags.append(q.value(1).toString());
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        markup.set(it.key(), it.value());
    if (!q.exec(QStringLiteral("SELECT tag, colour FROM markup_tags")))
        return failed();
    while (q.next())
        markup.setColour(q.value(0).toString(), q.value(1).toString());
    return markup;
}

bool DatasetStore::writeMarkup(const MarkupChange &change, QString *error)
{
    if (const QString why = whyNotMarkable(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    sqlite3 *h = StoreRows::handle(db());
    // IMMEDIATE: wait out another writer for the busy timeout rather than fail at the first row.
    if (!h || sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = tr("the markup could not be saved to %1: %2")
                     .arg(m_path, h ? QString::fromUtf8(sqlite3_errmsg(h)) : QString());
        return false;
    }
    QSqlQuery q(db());
    bool ok = true;
    for (const MarkupChange::ClaimEdit &edit : change.claims)
        ok = ok && writeClaim(q, edit.claimId, edit.after);
    for (const MarkupChange::ColourEdit &edit : change.colours)
        ok = ok && writeColour(q, MarkupTags::normalise(edit.tag), edit.after);
    if (!ok || sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString why = ok ? QString::fromUtf8(sqlite3_errmsg(h)) : q.lastError().text();
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        *error =
            tr("the markup could not be saved to %1, nothing was changed: %2").arg(m_path, why);
        return false;
    }
    return true;
}

bool DatasetStore::replaceMarkup(const Markup &markup, QString *error)
{
    if (m_readOnly) {
        *error = whyNotWritable();
        return false;
    }
    sqlite3 *h = StoreRows::handle(db());
    if (!h || sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = tr("the markup could not be saved to %1: %2")
                     .arg(m_path, h ? QString::fromUtf8(sqlite3_errmsg(h)) : QString());
        return false;
    }
    QSqlQuery q(db());
    bool ok = q.exec(QStringLiteral("DELETE FROM markup_claim_tags")) &&
              q.exec(QStringLiteral("DELETE FROM markup_claims")) &&
              q.exec(QStringLiteral("DELETE FROM markup_tags"));
    for (auto it = markup.claims().cbegin(); ok && it != markup.claims().cend(); ++it)
        ok = writeClaim(q, it.key(), it.value());
    const QHash<QString, QString> colours = markup.colours();
    for (auto it = colours.cbegin(); ok && it != colours.cend(); ++it)
        ok = writeColour(q, it.key(), it.value());
    if (!ok || sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString why = ok ? QString::fromUtf8(sqlite3_errmsg(h)) : q.lastError().text();
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        *error =
            tr("the markup could not be saved to %1, nothing was changed: %2").arg(m_path, why);
        return false;
    }
    return true;
}
