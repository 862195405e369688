#include "models/store/DatasetStore.h"

#include "models/data/FileKind.h"
#include "models/store/ChangeJson.h"
#include "models/store/SqliteWatcher.h"
#include "models/store/StoreRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <optional>
#include <sqlite3.h>
#include <sys/stat.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetStore", text);
}

QString sqlError(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// Splits a schema script into statements; our scripts hold no ';' inside literals.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

// Each schema version and the script that brings an older database to it. Versions 2 and 3
// added a full-text index that version 4 drops again: their scripts are gone, and a database
// at version 1, 2 or 3 goes straight to 4.
struct Migration
{
    int version;
    const char *script;
};
constexpr Migration Migrations[] = {{1, ":/schema/001_initial.sql"},
                                    {4, ":/schema/004_no_search_index.sql"},
                                    {5, ":/schema/005_labels_and_date_basis.sql"},
                                    {6, ":/schema/006_versions_and_changes.sql"},
                                    {7, ":/schema/007_markup.sql"}};
static_assert(std::size(Migrations) > 0 &&
              Migrations[std::size(Migrations) - 1].version == DatasetStore::SchemaVersion);

// From version 1 on, the record tables are those of SchemaVersion less the columns versions 5
// and 6 added (StoreRows reads without them): a database of an older version that this program may
// not upgrade can still be read.
constexpr int OldestReadableVersion = 1;

// Foreign keys off for an import: copying whole tables needs it, and checking the references
// once at the end (StoreRows::checkForeignKeys) costs less than a lookup per row. Set outside
// the transaction, where SQLite ignores this pragma.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

DatasetStore::DatasetStore()
    : m_connection(QStringLiteral("dossier-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DatasetStore::~DatasetStore()
{
    close();
}

QSqlDatabase DatasetStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void DatasetStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase d = db();
            if (d.isOpen())
                d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_whyReadOnly.clear();
}

bool DatasetStore::open(const QString &path, Mode mode, QString *error)
{
    m_newFile = mode == Mode::NewFile;
    const bool opened = openAtVersion(path, mode == Mode::ReadOnly ? -1 : SchemaVersion, error);
    m_newFile = false;
    return opened;
}

bool DatasetStore::openAtVersion(const QString &path, int version, QString *error)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    const FileKind::Kind kind = FileKind::of(path);
    if (kind == FileKind::Kind::Directory) {
        *error = tr("%1 is a folder, not a database file").arg(path);
        return false;
    }
    // Checked before SQLite opens anything: opening a pipe blocks until a writer comes, and
    // SQLite creates its journal beside a device. It opens the companion files too.
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                path + QStringLiteral("-journal")}) {
        const FileKind::Kind k = FileKind::of(file);
        if (k == FileKind::Kind::Special || (file != path && k == FileKind::Kind::Directory)) {
            *error =
                tr("%1 %2; a database is a regular file").arg(file, FileKind::whyNotWritable(file));
            return false;
        }
    }
    // A read-only file or a request for read-only opens read-only: browsing still works.
    m_readOnly = version < 0 || (kind == FileKind::Kind::Regular && !info.isWritable());
    if (kind == FileKind::Kind::Missing && m_readOnly) {
        *error = tr("%1 does not exist").arg(path);
        return false;
    }
    // SQLite takes an empty file for an empty database and would fill it: it is more likely
    // the user's (notes about to be written, a file created by mistake) than ours.
    if (kind == FileKind::Kind::Regular && info.size() == 0 && !m_newFile) {
        *error = tr("%1 is an empty file, not a Dossier database; it was left untouched").arg(path);
        return false;
    }
    if (kind == FileKind::Kind::Missing && !info.absoluteDir().exists()) {
        *error = tr("the folder %1 does not exist").arg(info.absolutePath());
        return false;
    }
    if (!(m_readOnly ? connectReadOnly(error) : connect(error)) || !configure(error)) {
        close();
        return false;
    }
    const int current = schemaVersion();
    if (current > SchemaVersion) {
        *error = tr("%1 was written by a newer Dossier (schema %2; this program knows %3)")
                     .arg(path, QString::number(current), QString::number(SchemaVersion));
        close();
        return false;
    }
    if (m_readOnly) {
        // Only a file that cannot be written is read at an older version. Asked for read-only
        // access to a file it may upgrade, the store refuses: the caller then opens it for
        // writing, and the migration runs.
        const bool mayUpgrade = info.exists() && info.isWritable();
        if (current < SchemaVersion && (mayUpgrade || current < OldestReadableVersion)) {
            *error = tr("%1 is read-only and uses an older schema (%2) that needs upgrading")
                         .arg(path, QString::number(current));
            close();
            return false;
        }
        return true;
    }
    if (!migrate(version, error)) {
        close();
        return false;
    }
    return true;
}

bool DatasetStore::connectWith(const QString &name, const QString &options, QString *error)
{
    close();
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(name);
    d.setConnectOptions(options);
    if (!d.open()) {
        *error = tr("cannot open the database %1: %2").arg(m_path, sqlError(d.lastError()));
        return false;
    }
    return true;
}

bool DatasetStore::connect(QString *error)
{
    m_unlocked.reset();
    return connectWith(m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), error);
}

std::optional<DatasetStore::Snapshot> DatasetStore::snapshot(const QString &path)
{
    const auto nanoseconds = [](const struct timespec &t) {
        return qint64(t.tv_sec) * 1000000000 + qint64(t.tv_nsec);
    };
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    Snapshot s{qint64(st.st_size), nanoseconds(st.st_mtim), quint64(st.st_ino)};
    if (::stat(QFile::encodeName(path + QStringLiteral("-wal")).constData(), &st) == 0) {
        s.walSize = qint64(st.st_size);
        s.walModifiedNs = nanoseconds(st.st_mtim);
    }
    return s;
}

bool DatasetStore::connectReadOnly(QString *error)
{
    // SQLite reads a database in WAL mode through a shared-memory index in a `-shm` file, which
    // it creates (with a `-wal`) even to read, and leaves behind; on a read-only medium it
    // cannot, and the open fails. A connection at work keeps both files; without them, or with
    // an empty `-wal` left without its `-shm`, nobody is writing and the whole database is in
    // the file: SQLite can read it as immutable, with no lock and no companion file. load()
    // reads again with locks should a writer come meanwhile.
    // A `-wal` holding pages without its `-shm` (a writer was killed) is part of the database,
    // and a `-journal` is a rollback journal left by an interrupted writer: the file alone is
    // not the database then, so SQLite must see them (and recover, or refuse being read-only).
    const QString uri =
        QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const QString options =
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    const bool walPages = wal.exists() && wal.size() > 0;
    const bool writerAtWork = wal.exists() && QFileInfo::exists(m_path + QStringLiteral("-shm"));
    const bool journal = QFileInfo::exists(m_path + QStringLiteral("-journal"));
    const auto unlocked = [&] {
        m_unlocked = snapshot(m_path);
        if (!m_unlocked) {
            *error = tr("cannot read the database %1").arg(m_path);
            return false;
        }
        return connectWith(uri + QStringLiteral("?mode=ro&immutable=1"), options, error);
    };
    if (!walPages && !writerAtWork && !journal)
        return unlocked();
    m_unlocked.reset();
    QString lockedError;
    if (connectWith(uri + QStringLiteral("?mode=ro"), options, &lockedError)) {
        QSqlQuery q(db());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
            return true;
        lockedError = sqlError(q.lastError());
    }
    // A read-only folder holding the database, its empty `-wal` and its `-shm` (copied from
    // where it was open): no writer can be at work there, and the file is the whole database.
    if (!walPages && !journal)
        return unlocked();
    *error = tr("cannot read the database %1: %2").arg(m_path, lockedError);
    return false;
}

bool DatasetStore::configure(QString *error)
{
    QSqlQuery q(db());
    // Reading the schema is what tells a SQLite file from anything else.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        const QString why = sqlError(q.lastError());
        *error = why.contains(QLatin1String("not a database"))
                     ? tr("%1 is not a Dossier database (SQLite says: %2)").arg(m_path, why)
                     : tr("cannot read the database %1: %2").arg(m_path, why);
        return false;
    }
    const int objects = q.value(0).toInt();
    q.finish();
    // Schema version 0 with tables: another program's SQLite file. Migrating would add our
    // tables beside its own, and switch it to WAL.
    if (objects > 0 && schemaVersion() == 0) {
        *error = tr("%1 is not a Dossier database: it holds another program's tables").arg(m_path);
        return false;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL: readers never block the writer, and a killed import leaves the last commit intact.
    if (!m_readOnly && !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        *error = tr("cannot write to the database %1: %2").arg(m_path, sqlError(q.lastError()));
        return false;
    }
    return true;
}

int DatasetStore::schemaVersion() const
{
    QSqlQuery q(db());
    const int version =
        q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return version;
}

bool DatasetStore::runScript(const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the schema script %1 is missing from this build").arg(resource);
        return false;
    }
    QSqlQuery q(db());
    for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
        if (!q.exec(statement)) {
            *error = tr("schema script %1 failed: %2").arg(resource, sqlError(q.lastError()));
            return false;
        }
    }
    return true;
}

bool DatasetStore::migrate(int targetVersion, QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = tr("cannot read the schema version of %1").arg(m_path);
        return false;
    }
    for (const Migration &step : Migrations) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        QSqlDatabase d = db();
        if (!d.transaction()) {
            *error = tr("cannot upgrade %1: %2").arg(m_path, sqlError(d.lastError()));
            return false;
        }
        QSqlQuery q(d);
        if (!runScript(QLatin1String(step.script), error) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) || !d.commit()) {
            if (error->isEmpty())
                *error =
                    q.lastError().isValid() ? sqlError(q.lastError()) : sqlError(d.lastError());
            *error = tr("cannot upgrade %1 to schema %2: %3")
                         .arg(m_path, QString::number(step.version), *error);
            d.rollback();
            return false;
        }
    }
    if (current > 0 && current < targetVersion)
        giveBackFreedSpace();
    return true;
}

void DatasetStore::giveBackFreedSpace()
{
    // Dropping the search index of a large store leaves about half of its file free: SQLite
    // keeps freed pages for later writes. Rewriting the file gives them back. Should that fail
    // (it needs as much free disk as the store takes), the store stays correct, only larger.
    QSqlQuery q(db());
    const auto pragma = [&q](const char *name) {
        const qint64 value = q.exec(QLatin1String("PRAGMA ") + QLatin1String(name)) && q.next()
                                 ? q.value(0).toLongLong()
                                 : 0;
        q.finish();
        return value;
    };
    const qint64 freePages = pragma("freelist_count");
    if (freePages > 0 && freePages * 4 >= pragma("page_count"))
        q.exec(QStringLiteral("VACUUM"));
}

DatasetStore::Content DatasetStore::content() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'dataset_sha256'")) && q.next())
        return Content::Dataset;
    // Without its digest a dataset is not one this program wrote whole: the row was deleted by
    // other tools. Taking the store for an empty one would let the bundled dataset replace it.
    for (const char *table : {"meta", "sources", "actors", "claims", "conflicts"}) {
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))) ||
            q.next())
            return Content::Damaged;
    }
    return Content::Nothing;
}

bool DatasetStore::holdsBundledCopy() const
{
    return metaValue(QStringLiteral("provenance")) == QLatin1String("bundled") && revision() == 0;
}

QString DatasetStore::whyNotWritable() const
{
    if (m_readOnly)
        return m_whyReadOnly.isEmpty()
                   ? tr("%1 was opened read-only: it is shown as it is, and cannot be edited.")
                         .arg(m_path)
                   : tr("The database cannot be written (%1): it is shown as it is, and cannot "
                        "be edited.")
                         .arg(m_whyReadOnly);
    if (holdsBundledCopy())
        return tr("This is the bundled dataset, kept as shipped: File ▸ Save Copy As… makes a "
                  "copy you can edit.");
    return {};
}

quint64 DatasetStore::revision() const
{
    return metaValue(QStringLiteral("revision")).toULongLong();
}

QString DatasetStore::metaValue(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool DatasetStore::importDataset(const Dataset &dataset, const QString &origin,
                                 const QString &datasetSha256, QString *error,
                                 Provenance provenance)
{
    if (m_readOnly) {
        *error = tr("%1 is read-only: the import was refused and nothing was changed").arg(m_path);
        return false;
    }
    QSqlDatabase d = db();
    sqlite3 *handle = StoreRows::handle(d);
    if (!handle) {
        *error = tr("import into %1 failed, nothing was changed: %2")
                     .arg(m_path, QStringLiteral("the database connection is not SQLite"));
        return false;
    }
    // A large import would otherwise spill pages into the WAL and read them back before the
    // commit; a bigger page cache for this connection keeps the whole transaction in memory.
    QSqlQuery(d).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const ForeignKeysOff foreignKeysOff(d);
    if (!d.transaction()) {
        *error = tr("cannot write to %1: %2").arg(m_path, sqlError(d.lastError()));
        return false;
    }
    QString why;
    const QList<std::pair<QString, QString>> meta{
        {QStringLiteral("dataset_sha256"), datasetSha256},
        {QStringLiteral("dataset_version"), dataset.info.version},
        {QStringLiteral("dataset_title"), dataset.info.title},
        {QStringLiteral("dataset_description"), dataset.info.description},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("provenance"),
         provenance == Provenance::Bundled ? QStringLiteral("bundled") : QStringLiteral("file")},
        {QStringLiteral("imported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("revision"), QStringLiteral("0")}};
    if (!StoreRows::clear(d, &why) || !StoreRows::insertRecords(handle, dataset, &why) ||
        !StoreRows::checkForeignKeys(handle, &why) || !StoreRows::writeMeta(d, meta, &why) ||
        !d.commit()) {
        d.rollback();
        *error = why.contains(QLatin1String("database is locked"))
                     ? tr("%1 is busy: another program kept writing to it for 5 seconds; nothing "
                          "was changed, try again")
                           .arg(m_path)
                     : tr("import into %1 failed, nothing was changed: %2").arg(m_path, why);
        return false;
    }
    return true;
}

std::optional<Dataset> DatasetStore::load(QString *error, RecordVersions *versions,
                                          quint64 *revision)
{
    QString why;
    std::optional<Dataset> dataset;
    for (int attempt = 1;; ++attempt) {
        // One read transaction for the records, the versions and the meta values: a change
        // another connection commits meanwhile is either in all of them or in none.
        sqlite3 *handle = StoreRows::handle(db());
        const bool own = handle && sqlite3_get_autocommit(handle) != 0 &&
                         sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (versions)
            *versions = {};
        dataset = StoreRows::read(db(), &why, versions);
        if (dataset) {
            dataset->info.version = metaValue(QStringLiteral("dataset_version"));
            dataset->info.title = metaValue(QStringLiteral("dataset_title"));
            dataset->info.description = metaValue(QStringLiteral("dataset_description"));
            if (revision)
                *revision = this->revision();
        }
        if (own)
            sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
        // Read without locks, the file may have changed meanwhile (or a writer's `-wal` come)
        // and what was read mix two imports: read again, with SQLite's locks when a writer's
        // `-wal` is there.
        if (!m_unlocked || snapshot(m_path) == m_unlocked)
            break;
        if (attempt == 3) {
            *error = tr("cannot read %1: it kept changing while it was read").arg(m_path);
            return std::nullopt;
        }
        if (!connectReadOnly(error))
            return std::nullopt;
    }
    if (!dataset)
        *error = tr("cannot read %1: %2").arg(m_path, why);
    return dataset;
}

WriteResult DatasetStore::write(const Change &change, const QString &user)
{
    WriteResult result;
    if (m_readOnly) {
        result.error = tr("%1 is read-only: the change was not saved").arg(m_path);
        return result;
    }
    if (content() != Content::Dataset) {
        result.error = tr("%1 holds no dataset to change").arg(m_path);
        return result;
    }
    sqlite3 *h = StoreRows::handle(db());
    const auto failed = [&](const QString &why) {
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        result.outcome = WriteResult::Outcome::Failed;
        result.error =
            why.contains(QLatin1String("database is locked"))
                ? tr("%1 is busy: another program kept writing to it for 5 seconds; the change "
                     "was not saved, try again")
                      .arg(m_path)
                : tr("the change could not be saved to %1, nothing was changed: %2")
                      .arg(m_path, why);
        return result;
    };
    // IMMEDIATE takes the write lock before the revision is read: two writers never number
    // their changes alike. Foreign keys are checked at the commit, on the change as a whole (a
    // merge rewrites the claims before it removes the actor, or the other way round).
    if (sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(h)));
    sqlite3_exec(h, "PRAGMA defer_foreign_keys = ON", nullptr, nullptr, nullptr);
    result.revision = revision() + 1;
    QString why;
    for (qsizetype i = 0; i < change.operations.size(); ++i) {
        const RecordOperation &op = change.operations[i];
        const StoreRows::OperationResult written = StoreRows::writeOperation(h, op, &why);
        if (written == StoreRows::OperationResult::Failed)
            return failed(why);
        if (written == StoreRows::OperationResult::Missed) {
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
            result.outcome = WriteResult::Outcome::Conflict;
            result.revision = 0;
            result.operation = int(i);
            result.theirs =
                StoreRows::readRecord(db(), op.table(), op.id, &result.theirsVersion, &why);
            return result;
        }
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO changes VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(result.revision);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(user);
    q.addBindValue(change.description);
    q.addBindValue(QString::fromUtf8(ChangeJson::write(change)));
    if (!q.exec())
        return failed(sqlError(q.lastError()));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO change_records VALUES (?, ?, ?)"));
    for (const RecordOperation &op : change.operations) {
        q.bindValue(0, ChangeJson::tableName(op.table()));
        q.bindValue(1, op.id);
        q.bindValue(2, result.revision);
        if (!q.exec())
            return failed(sqlError(q.lastError()));
    }
    QString metaError;
    QSqlDatabase d = db();
    if (!StoreRows::writeMeta(d, {{QStringLiteral("revision"), QString::number(result.revision)}},
                              &metaError))
        return failed(metaError);
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(h)));
    result.outcome = WriteResult::Outcome::Written;
    return result;
}

std::optional<QList<LoggedChange>> DatasetStore::readChanges(const QString &statement,
                                                             const QVariantList &values,
                                                             QString *error) const
{
    QList<LoggedChange> changes;
    // A store older than schema 6, read where it cannot be upgraded, has no history.
    if (schemaVersion() < 6)
        return changes;
    QSqlQuery q(db());
    q.prepare(statement);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = tr("cannot read the history of %1: %2").arg(m_path, sqlError(q.lastError()));
        return std::nullopt;
    }
    while (q.next()) {
        QString why;
        auto change = ChangeJson::read(q.value(4).toString().toUtf8(), &why);
        if (!change) {
            *error =
                tr("cannot read the history of %1: %2")
                    .arg(m_path, QStringLiteral("revision %1: %2").arg(q.value(0).toString(), why));
            return std::nullopt;
        }
        change->description = q.value(3).toString();
        changes.append({q.value(0).toULongLong(),
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                        q.value(2).toString(), std::move(*change)});
    }
    return changes;
}

std::optional<QList<LoggedChange>> DatasetStore::changesSince(quint64 revision,
                                                              QString *error) const
{
    return readChanges(QStringLiteral("SELECT revision, time, user, description, change FROM "
                                      "changes WHERE revision > ? ORDER BY revision"),
                       {revision}, error);
}

std::optional<QList<LoggedChange>> DatasetStore::history(RecordTable table, const QString &id,
                                                         QString *error) const
{
    return readChanges(
        QStringLiteral("SELECT c.revision, c.time, c.user, c.description, c.change FROM "
                       "change_records r JOIN changes c ON c.revision = r.revision WHERE "
                       "r.record_table = ? AND r.record_id = ? ORDER BY c.revision"),
        {ChangeJson::tableName(table), id}, error);
}

qint64 DatasetStore::dataVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

std::unique_ptr<StoreWatcher> DatasetStore::watch(QString *error)
{
    if (dataVersion() < 0) {
        if (error)
            *error = QCoreApplication::translate("DatasetStore", "The dossier file is not open.");
        return nullptr;
    }
    return std::make_unique<SqliteWatcher>(*this, 250);
}

namespace {

// SQLite's virtual machine steps between two calls of a watch: a few hundred rows at most, so
// that a cancelled import stops at once, yet rarely enough to cost nothing.
constexpr int WatchSteps = 4096;

} // namespace

void DatasetStore::setWatch(Watch watch)
{
    const bool open = QSqlDatabase::contains(m_connection) && db().isOpen();
    sqlite3 *handle = open ? StoreRows::handle(db()) : nullptr;
    if (!handle)
        return;
    m_watch = std::move(watch);
    m_watched = handle;
    m_watchedFrom = sqlite3_total_changes64(handle);
    if (m_watch)
        sqlite3_progress_handler(handle, WatchSteps, &DatasetStore::onProgress, this);
    else
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

int DatasetStore::onProgress(void *store)
{
    auto *self = static_cast<DatasetStore *>(store);
    return self->m_watch(sqlite3_total_changes64(self->m_watched) - self->m_watchedFrom) ? 0 : 1;
}
