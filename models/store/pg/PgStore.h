#pragma once

#include "models/data/Dataset.h"
#include "models/store/DossierStore.h"
#include "models/store/pg/PgResult.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

struct pg_conn;

/// The PostgreSQL store behind a team dossier: the same record tables as the SQLite store
/// (DatasetStore), each record with a version, and the schema in resources/schema/pg,
/// versioned by a meta row. It talks to the server through libpq: COPY for the bulk import,
/// and later LISTEN/NOTIFY, which Qt's QPSQL driver either lacks or needs a package of its own
/// for (docs/design-editing.md). Errors are returned as text, never with the password.
///
/// Editing: write() writes a change as DatasetStore does (versions checked, a row of history,
/// the next revision) and notifies channel `dossier` with the revision in the same
/// transaction. The history names the database user unless the program gives another.
class PgStore final : public DossierStore
{
public:
    static constexpr int SchemaVersion = 3;

    PgStore();
    ~PgStore() override;

    /// Connects with a libpq connection string (URI or key=value words), as given: libpq's
    /// environment, service file, password file and sslmode apply. A database of a newer schema
    /// than this program knows is refused; an older one is upgraded. A database not prepared
    /// yet opens, with isInitialised() false.
    bool open(const QString &connection, QString *error);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    /// The connection string without its password: how messages name the dossier.
    QString displayName() const { return m_displayName; }
    QString location() const override { return m_displayName; }
    /// Empty when the connected role may change the evidence (PostgreSQL's grants).
    QString whyNotWritable() const override;
    bool knowsItsUsers() const override { return true; }

    // Markup (PgMarkup.cpp): in tables of their own (schema 3), which PostgreSQL's grants may
    // open to a reviewer's role that cannot change the evidence.
    /// Empty when the connected role may write the markup tables; otherwise why not, naming it.
    QString whyNotMarkable() const override;
    std::optional<Markup> loadMarkup(QString *error) const override;
    bool writeMarkup(const MarkupChange &change, QString *error) override;
    bool replaceMarkup(const Markup &markup, QString *error) override;

    bool isInitialised() const { return schemaVersion() > 0; }
    /// 0 when the database holds no Dossier schema.
    int schemaVersion() const;
    /// Prepares the database: creates the schema, or upgrades it. A database holding tables
    /// of its own (not a Dossier's) is refused, and the message names them.
    bool init(QString *error);

    /// Replaces the whole content with `dataset` in one transaction, through COPY; every
    /// record at version 1 and the revision back to 0. `origin` and `datasetSha256` are kept
    /// in the meta table, as DatasetStore keeps them.
    bool importDataset(const Dataset &dataset, const QString &origin, const QString &datasetSha256,
                       QString *error) override;
    /// Reads the whole dataset from one snapshot of the database, with the records' versions
    /// and the revision when asked.
    std::optional<Dataset> load(QString *error, RecordVersions *versions = nullptr,
                                quint64 *revision = nullptr) override;
    /// An empty `user` is the database user (current_user).
    WriteResult write(const Change &change, const QString &user) override;
    std::optional<QList<LoggedChange>> changesSince(quint64 revision,
                                                    QString *error) const override;
    std::optional<QList<LoggedChange>> history(RecordTable table, const QString &id,
                                               QString *error) const override;
    quint64 revision() const override;
    QString datasetSha256() const override { return metaValue(QStringLiteral("dataset_sha256")); }
    /// True when a dataset was imported (its digest is there).
    bool hasDataset() const { return !metaValue(QStringLiteral("dataset_sha256")).isEmpty(); }
    QString metaValue(const QString &key) const;

    /// A PgWatcher: LISTEN on a connection of its own, which also tells a lost server.
    std::unique_ptr<StoreWatcher> watch(QString *error) override;
    /// Connects again after the server was lost (PQreset); false while it is still away.
    bool reconnect(QString *error) override;

    /// The tables of the connection's schema that are not a Dossier's.
    QStringList foreignTables(QString *error) const;

private:
    using RecordKey = std::pair<RecordTable, QString>;
    std::optional<Dataset> read(QString *error, RecordVersions *versions,
                                const std::optional<RecordKey> &only) const;
    std::optional<Record> readRecord(RecordTable table, const QString &id, int *version,
                                     QString *error) const;
    std::optional<QList<LoggedChange>> readChanges(const QByteArray &statement,
                                                   const PgParams &params, QString *error) const;
    bool exec(const char *sql, QString *error) const;
    bool migrate(int from, QString *error);
    QString serverError() const;

    pg_conn *m_conn = nullptr;
    QString m_connection;
    QString m_displayName;
};
