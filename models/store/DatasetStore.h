#pragma once

#include "models/data/Dataset.h"
#include "models/dossier/Change.h"
#include "models/store/ChangeLog.h"
#include "models/store/DossierStore.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

/// The SQLite store behind a dossier. Schema in resources/schema, versioned with
/// PRAGMA user_version and migrated forward on open; every write is one transaction, so an
/// import or a change either lands whole or leaves the database as it was. Errors are returned
/// as text, never shown: this layer has no user interface.
///
/// Editing (docs/design-editing.md): write() writes one change, checking record versions;
/// load() gives the versions and the revision a Dossier starts from; changesSince() and
/// history() read the changes table back; dataVersion() tells another connection's writes.
class DatasetStore final : public DossierStore
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly, ///< never creates, changes or leaves beside it any file
        /// Read-write on the empty file the caller has just created for the store. Otherwise an
        /// empty file is refused: it is more likely the user's than a database.
        NewFile
    };
    /// Where an imported dataset came from. Only the program's own import of its bundled dataset
    /// says Bundled: that is what lets it be refreshed when the bundled dataset changes, so no
    /// name or content of a user's file can claim it.
    enum class Provenance
    {
        UserFile,
        Bundled
    };
    /// What the store holds.
    enum class Content
    {
        Nothing, ///< no dataset yet (a new store, or one whose only import failed)
        /// a dataset and the digest of the file it was imported from (edited since when
        /// revision() is above 0: the digest then names where it started, not what it holds)
        Dataset,
        Damaged ///< records or meta rows without the dataset's digest: changed by other tools
    };
    static constexpr int SchemaVersion = 7;

    DatasetStore();
    ~DatasetStore() override;

    /// Opens (creating it in ReadWrite mode when missing) and migrates to SchemaVersion.
    /// A file that is not SQLite, or a newer schema than this program knows, is refused; so is
    /// anything but a regular file (a pipe would block the open, a device would get a journal
    /// beside it) and an empty file (SQLite would make a database of it).
    /// ReadOnly opens without locks when no other connection is writing (no `-wal` file), so
    /// that no `-wal` or `-shm` file is left beside the database and a read-only medium still
    /// opens; load() reads again, with locks, should another program write meanwhile.
    bool open(const QString &path, Mode mode, QString *error);
    /// Opens the store migrated no further than `version` (1 or SchemaVersion): for
    /// migration tests.
    bool openAtVersion(const QString &path, int version, QString *error);
    void close();

    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString location() const override { return m_path; }
    /// Why the open store takes no change: opened read-only (see refusedWrite()), or the
    /// bundled dataset's copy, kept as shipped. Empty when it can be written.
    QString whyNotWritable() const override;
    bool knowsItsUsers() const override { return false; }
    /// Says why the store is open read-only although it was asked to write (the reason
    /// open() gave in ReadWrite mode): what whyNotWritable() then tells.
    void refusedWrite(const QString &why) { m_whyReadOnly = why; }
    QString datasetSha256() const override { return metaValue(QStringLiteral("dataset_sha256")); }
    int schemaVersion() const;
    /// True when the store holds nothing at all (see Content::Nothing).
    bool isEmpty() const { return content() == Content::Nothing; }
    Content content() const;
    /// True when the store holds the bundled dataset as it was imported (Provenance::Bundled)
    /// and never edited since: only then may a newer bundled dataset replace it. An edited
    /// copy is the user's.
    bool holdsBundledCopy() const;
    /// How many changes were written since the last import (0 after an import, and for a store
    /// older than schema 6).
    quint64 revision() const override;

    /// Replaces the whole content with `dataset` in one transaction. `origin` (the file's path,
    /// for people to read), `datasetSha256` and `provenance` are kept in the meta table (see
    /// metaValue()).
    bool importDataset(const Dataset &dataset, const QString &origin, const QString &datasetSha256,
                       QString *error, Provenance provenance);
    bool importDataset(const Dataset &dataset, const QString &origin, const QString &datasetSha256,
                       QString *error) override
    {
        return importDataset(dataset, origin, datasetSha256, error, Provenance::UserFile);
    }
    /// Reads the whole dataset; when a store opened without locks changed meanwhile, reads it
    /// again with them, so the dataset and the meta values that follow are one import's. With
    /// `versions` and `revision`, gives the records' versions and the revision too, all read in
    /// one transaction.
    std::optional<Dataset> load(QString *error, RecordVersions *versions = nullptr,
                                quint64 *revision = nullptr) override;

    /// Writes `change` in one transaction: its records, checking each operation's expected
    /// version (RecordVersions says what each becomes), a row of the changes table under the
    /// next revision, by `user`, now. Records keep the order DatasetEdit::apply gives them in
    /// memory: a load after any sequence of writes equals the dataset those changes made. One
    /// record not at the version expected is a conflict, and nothing is written.
    WriteResult write(const Change &change, const QString &user) override;
    /// The changes written after `revision`, oldest first; nullopt with `error` when the
    /// table cannot be read.
    std::optional<QList<LoggedChange>> changesSince(quint64 revision,
                                                    QString *error) const override;
    /// The changes that touched one record, oldest first (the whole change each time: a merge
    /// holds the other records it rewrote).
    std::optional<QList<LoggedChange>> history(RecordTable table, const QString &id,
                                               QString *error) const override;
    /// SQLite's PRAGMA data_version: it moves when another connection commits to the file, so
    /// a window compares it before each action to know whether to read changesSince().
    qint64 dataVersion() const;
    /// A SqliteWatcher on dataVersion(), looking every quarter of a second.
    std::unique_ptr<StoreWatcher> watch(QString *error) override;

    QString metaValue(const QString &key) const;

    // Markup (StoreMarkup.cpp): tables of its own, which importDataset() leaves alone.
    QString whyNotMarkable() const override;
    std::optional<Markup> loadMarkup(QString *error) const override;
    bool writeMarkup(const MarkupChange &change, QString *error) override;
    bool replaceMarkup(const Markup &markup, QString *error) override;

    /// Called now and then while SQLite works on a statement (an import's rows, the check of
    /// their references), with the number of rows written or deleted since it was set.
    /// Returning false interrupts the statement: an import then rolls back and leaves the store
    /// as it was. An empty function stops watching, as closing the store does. Set it on the
    /// thread that uses the store.
    using Watch = std::function<bool(qint64 rowsChanged)>;
    void setWatch(Watch watch);

private:
    /// The database file and its `-wal` as they stand: a writer changes one or the other.
    struct Snapshot
    {
        qint64 size = -1;
        qint64 modifiedNs = -1;
        quint64 inode = 0;
        qint64 walSize = -1; ///< -1: no `-wal`
        qint64 walModifiedNs = -1;
        bool operator==(const Snapshot &) const = default;
    };
    static std::optional<Snapshot> snapshot(const QString &path);
    bool connect(QString *error);
    bool connectReadOnly(QString *error);
    bool connectWith(const QString &name, const QString &options, QString *error);
    bool configure(QString *error);
    bool migrate(int targetVersion, QString *error);
    void giveBackFreedSpace();
    bool runScript(const QString &resource, QString *error);
    QSqlDatabase db() const;
    static int onProgress(void *store);
    std::optional<QList<LoggedChange>>
    readChanges(const QString &statement, const QVariantList &values, QString *error) const;

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    QString m_whyReadOnly;  ///< see refusedWrite()
    bool m_newFile = false; ///< opening the empty file made for the store: take it
    Watch m_watch;
    struct sqlite3 *m_watched = nullptr; ///< the connection the watch is set on
    qint64 m_watchedFrom = 0;            ///< its sqlite3_total_changes64 then
    /// Set while the store is open without locks: the file as it was when opened.
    std::optional<Snapshot> m_unlocked;
};
