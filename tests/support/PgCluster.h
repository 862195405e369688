#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <memory>

/// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, the server on a
/// private Unix socket in it (no TCP: listen_addresses is empty) at a free port number, run as
/// an unprivileged user (PostgreSQL refuses root: as root, the `postgres` user, else `nobody`,
/// through runuser). The server is stopped and the folder removed when the object goes, a
/// failing test included; a cluster left by a killed run is stopped and removed by the next.
///
/// Authentication: the `postgres` superuser is trusted on the socket; every other role needs
/// its password (SCRAM), so tests can try a wrong one.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// Starts the cluster; false with the reason in error() (binaries missing, initdb failed).
    bool start();
    /// Before start(): the server listens on TCP too, on 127.0.0.1 at port(), with the same
    /// authentication as on the socket; for tests of what only TCP does (a proxy between).
    void listenOnTcp() { m_tcp = true; }
    /// Why the cluster is not there: for QSKIP or QFAIL.
    QString error() const { return m_error; }
    /// True when the server binaries were not found (the only reason a test may skip).
    bool binariesMissing() const { return m_missing; }

    QString socketFolder() const;
    int port() const { return m_port; }
    /// A libpq URI to `database` as `user` (the superuser unless given).
    QString uri(const QString &database, const QString &user = QStringLiteral("postgres"),
                const QString &password = QString()) const;
    /// Runs SQL as the superuser in `database`; false with the server's message.
    bool exec(const QString &sql, QString *error,
              const QString &database = QStringLiteral("postgres")) const;
    /// A new, empty UTF8 database.
    bool createDatabase(const QString &name, QString *error) const;
    /// Stops the server and keeps its data, as a server going away under its clients does;
    /// restartServer() starts it again on the same socket and port.
    bool stopServer(QString *error);
    bool restartServer(QString *error);

    /// The folder of the server binaries (initdb, pg_ctl, psql).
    QString binFolder() const { return m_bin; }

    /// The reason the suite may not run without PostgreSQL: in CI (CI=true) a missing server
    /// fails the tests, elsewhere it skips them.
    static bool mustRun() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

private:
    bool run(const QStringList &command, QString *output);
    bool startServer(QString *error);
    static void reapStale(const QString &base);
    void stop();

    QString m_bin;
    QString m_user; ///< the account the server runs as; empty: this process's own
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    bool m_tcp = false;
    bool m_missing = false;
    QString m_error;
};

/// Starts `cluster` or ends the calling test: skipped when the binaries are missing (failed
/// instead in CI), failed when they are there but the cluster does not start.
#define PG_CLUSTER_START(cluster)                                                                  \
    do {                                                                                           \
        if (!(cluster).start()) {                                                                  \
            if ((cluster).binariesMissing() && !PgCluster::mustRun())                              \
                QSKIP(qPrintable((cluster).error()));                                              \
            QFAIL(qPrintable((cluster).error()));                                                  \
        }                                                                                          \
    } while (false)
