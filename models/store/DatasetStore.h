#pragma once

#include "models/data/Dataset.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

/// The SQLite store behind a dossier. Schema in resources/schema, versioned with
/// PRAGMA user_version and migrated forward on open; every write is one transaction, so an
/// import either lands whole or leaves the database as it was. Errors are returned as text,
/// never shown: this layer has no user interface.
class DatasetStore
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    static constexpr int SchemaVersion = 4;

    DatasetStore();
    ~DatasetStore();
    DatasetStore(const DatasetStore &) = delete;
    DatasetStore &operator=(const DatasetStore &) = delete;

    /// Opens (creating it in ReadWrite mode when missing) and migrates to SchemaVersion.
    /// A file that is not SQLite, or a newer schema than this program knows, is refused.
    bool open(const QString &path, Mode mode, QString *error);
    /// Opens the store migrated no further than `version` (1 or SchemaVersion): for
    /// migration tests.
    bool openAtVersion(const QString &path, int version, QString *error);
    void close();

    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isEmpty() const;

    /// Replaces the whole content with `dataset` in one transaction. `origin` and
    /// `datasetSha256` are kept in the meta table (see metaValue()).
    bool importDataset(const Dataset &dataset, const QString &origin, const QString &datasetSha256,
                       QString *error);
    std::optional<Dataset> load(QString *error) const;

    QString metaValue(const QString &key) const;

    /// Called now and then while SQLite works on a statement (an import's rows, the check of
    /// their references), with the number of rows written or deleted since it was set.
    /// Returning false interrupts the statement: an import then rolls back and leaves the store
    /// as it was. An empty function stops watching, as closing the store does. Set it on the
    /// thread that uses the store.
    using Watch = std::function<bool(qint64 rowsChanged)>;
    void setWatch(Watch watch);


private:
    bool connect(QString *error);
    bool configure(QString *error);
    bool migrate(int targetVersion, QString *error);
    void giveBackFreedSpace();
    bool runScript(const QString &resource, QString *error);
    QSqlDatabase db() const;
    static int onProgress(void *store);

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    Watch m_watch;
    struct sqlite3 *m_watched = nullptr; ///< the connection the watch is set on
    qint64 m_watchedFrom = 0;            ///< its sqlite3_total_changes64 then
};
