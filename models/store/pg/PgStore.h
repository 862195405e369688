#pragma once

#include "models/data/Dataset.h"

#include <QString>
#include <QStringList>
#include <optional>

struct pg_conn;

/// The PostgreSQL store behind a team dossier: the same record tables as the SQLite store
/// (DatasetStore), each record with a version, and the schema in resources/schema/pg,
/// versioned by a meta row. It talks to the server through libpq: COPY for the bulk import,
/// and later LISTEN/NOTIFY, which Qt's QPSQL driver either lacks or needs a package of its own
/// for (docs/design-editing.md). Errors are returned as text, never with the password.
class PgStore
{
public:
    static constexpr int SchemaVersion = 1;

    PgStore();
    ~PgStore();
    PgStore(const PgStore &) = delete;
    PgStore &operator=(const PgStore &) = delete;

    /// Connects with a libpq connection string (URI or key=value words), as given: libpq's
    /// environment, service file, password file and sslmode apply. A database of a newer schema
    /// than this program knows is refused; an older one is upgraded. A database not prepared
    /// yet opens, with isInitialised() false.
    bool open(const QString &connection, QString *error);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    /// The connection string without its password: how messages name the dossier.
    QString displayName() const { return m_displayName; }

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
                       QString *error);
    /// Reads the whole dataset from one snapshot of the database.
    std::optional<Dataset> load(QString *error);
    /// True when a dataset was imported (its digest is there).
    bool hasDataset() const { return !metaValue(QStringLiteral("dataset_sha256")).isEmpty(); }
    QString metaValue(const QString &key) const;

    /// The tables of the connection's schema that are not a Dossier's.
    QStringList foreignTables(QString *error) const;

private:
    bool exec(const char *sql, QString *error) const;
    bool migrate(int from, QString *error);
    QString serverError() const;

    pg_conn *m_conn = nullptr;
    QString m_connection;
    QString m_displayName;
};
