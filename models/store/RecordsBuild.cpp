#include "models/store/RecordsBuild.h"

#include "models/store/StoreRows.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>
#include <sqlite3.h>

namespace {

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

// SQLite calls this every few thousand instructions of the build's statements; non-zero stops
// the statement. (sqlite3_interrupt() would miss a build that is between two statements.)
int cancelled(void *flag)
{
    return static_cast<std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

} // namespace

RecordsBuild::RecordsBuild(const Dataset &dataset) : m_dataset(dataset) {}

RecordsBuild::~RecordsBuild()
{
    if (m_checked.valid()) {
        m_cancelled = true;
        m_checked.wait();
    }
    if (m_attached) {
        QString ignored; // the store's connection drops it when it closes, at the latest
        exec(m_store, QStringLiteral("DETACH DATABASE records_build"), &ignored);
    }
    sqlite3_close(m_scratch);
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

bool RecordsBuild::start(sqlite3 *store, QString *error)
{
    m_store = store;
    {
        // Only for a unique name: SQLite makes its database in the empty file. Beside the
        // store, on the disk the imported rows are bound for anyway (a temporary folder may be
        // in memory, or smaller).
        const char *storeFile = sqlite3_db_filename(store, "main");
        const QDir folder = storeFile && *storeFile
                                ? QFileInfo(QString::fromUtf8(storeFile)).absoluteDir()
                                : QDir::temp();
        QTemporaryFile file(folder.filePath(QStringLiteral(".dossier-import-XXXXXX.sqlite")));
        file.setAutoRemove(false);
        if (!file.open()) {
            *error = file.errorString();
            return false;
        }
        m_path = file.fileName();
    }
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_scratch, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_scratch));
        return false;
    }
    // The scratch database serves one import and is deleted after it: no journal, no syncs.
    if (!exec(m_scratch,
              QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                             "PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF"),
              error) ||
        !createTables(error))
        return false;
    // The tables exist before the store attaches them, so the store's connection knows them.
    sqlite3_stmt *attach = nullptr;
    sqlite3_prepare_v2(store, "ATTACH DATABASE ?1 AS records_build", -1, &attach, nullptr);
    const QByteArray path = m_path.toUtf8();
    sqlite3_bind_text(attach, 1, path.constData(), int(path.size()), SQLITE_STATIC);
    m_attached = sqlite3_step(attach) == SQLITE_DONE;
    sqlite3_finalize(attach);
    if (!m_attached) {
        *error = QString::fromUtf8(sqlite3_errmsg(store));
        return false;
    }
    // Both connections hold the file open now. Where an open file can be deleted (Unix), it
    // goes at once, so that even a killed import leaves nothing behind; SQLite checks a
    // file's name only before making a journal, and this database has none.
    if (QFile::remove(m_path))
        m_path.clear();
    sqlite3_progress_handler(m_scratch, 10000, cancelled, &m_cancelled);
    m_checked = std::async(std::launch::async, [this] {
        build();
        return StoreRows::checkForeignKeys(m_scratch, &m_checkError);
    });
    return true;
}

bool RecordsBuild::createTables(QString *error)
{
    // The store's own definitions: the same constraints fail with the same messages. Tables
    // only: the store builds its other indexes after the copy, in one pass each.
    sqlite3_stmt *definitions = nullptr;
    if (sqlite3_prepare_v2(m_store,
                           "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?1",
                           -1, &definitions, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_store));
        return false;
    }
    bool ok = true;
    for (const QLatin1String table : StoreRows::recordTables()) {
        sqlite3_bind_text(definitions, 1, table.data(), int(table.size()), SQLITE_STATIC);
        while (ok && sqlite3_step(definitions) == SQLITE_ROW)
            ok = exec(m_scratch, columnText(definitions, 0), error);
        sqlite3_reset(definitions);
    }
    sqlite3_finalize(definitions);
    return ok;
}

void RecordsBuild::build()
{
    bool ok = exec(m_scratch, QStringLiteral("BEGIN"), &m_writeError) &&
              StoreRows::insertRecords(m_scratch, m_dataset, &m_writeError) &&
              exec(m_scratch, QStringLiteral("COMMIT"), &m_writeError);
    if (!ok)
        m_cancelled = true; // nothing to check
    m_written.set_value(ok);
}

bool RecordsBuild::copyInto(QString *error)
{
    if (!m_checked.valid())
        return false;
    if (!m_written.get_future().get()) {
        *error = m_writeError;
        return false;
    }
    if (!copyTables(error))
        return false;
    if (!m_checked.get()) {
        *error = m_checkError;
        return false;
    }
    return true;
}

bool RecordsBuild::copyTables(QString *error)
{
    // Into empty tables with the same definitions and indexes, and with foreign keys off,
    // SQLite copies whole tables record by record, in order (its transfer optimization). The
    // scratch tables have only the indexes their keys imply: the others go now and are built
    // again after the copy, sorted once rather than grown row by row.
    QStringList names;
    QStringList definitions;
    sqlite3_stmt *indexes = nullptr;
    sqlite3_prepare_v2(m_store,
                       "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND "
                       "tbl_name = ?1 AND sql IS NOT NULL",
                       -1, &indexes, nullptr);
    for (const QLatin1String table : StoreRows::recordTables()) {
        sqlite3_bind_text(indexes, 1, table.data(), int(table.size()), SQLITE_STATIC);
        while (sqlite3_step(indexes) == SQLITE_ROW) {
            names.append(columnText(indexes, 0));
            definitions.append(columnText(indexes, 1));
        }
        sqlite3_reset(indexes);
    }
    sqlite3_finalize(indexes); // SQLite drops nothing while a statement reads the schema
    for (const QString &name : std::as_const(names))
        if (!exec(m_store, QStringLiteral("DROP INDEX main.\"%1\"").arg(name), error))
            return false;
    for (const QLatin1String table : StoreRows::recordTables())
        if (!exec(m_store,
                  QStringLiteral("INSERT INTO main.%1 SELECT * FROM records_build.%1").arg(table),
                  error))
            return false;
    for (const QString &definition : std::as_const(definitions))
        if (!exec(m_store, definition, error))
            return false;
    return true;
}
