#pragma once

#include "models/data/Dataset.h"
#include "tests/support/PgCluster.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

class DossierStore;

/// The store tests' backend column: each test row runs on a SQLite file and on a database of a
/// throwaway PostgreSQL cluster, started with the first PostgreSQL row. A test class calls
/// addColumn() in initTestCase_data() and begin() in init(), then asks for stores by name.
class StoreBackends
{
public:
    /// The global `backend` column: "sqlite" and "postgresql".
    static void addColumn();

    /// Starts a test row on `backend`: a new folder, each store name new again, the cluster
    /// started if it is the first PostgreSQL row. Empty when ready; otherwise why not, with
    /// `skip` true when PostgreSQL is not installed and need not be (PgCluster::mustRun()).
    QString begin(const QString &backend, bool *skip);

    bool isSqlite() const { return m_backend == QLatin1String("sqlite"); }
    /// Where the store `name` of the row's backend is: a file, or a server's database.
    QString location(const QString &name) const;
    /// A new, empty store `name`, schema prepared; null on a failure, said in `error`.
    std::unique_ptr<DossierStore> createdEmpty(const QString &name, QString *error);
    /// A new store `name` holding `dataset`; null on a failure, said with qWarning.
    std::unique_ptr<DossierStore> created(const QString &name, const Dataset &dataset);
    /// Another connection to the store `name`, as another window or client has.
    std::unique_ptr<DossierStore> opened(const QString &name) const;
    const PgCluster &cluster() const { return m_cluster; }
    /// Runs `sql` on the store `name` behind the program's back (on a server, as the
    /// superuser): a table taken away, a row broken. False with the message.
    bool exec(const QString &name, const QString &sql, QString *error) const;

private:
    QString databaseName(const QString &name) const;

    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    PgCluster m_cluster;
    bool m_clusterTried = false;
    int m_row = 0; ///< numbers the databases of each test row apart
};
