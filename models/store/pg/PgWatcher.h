#pragma once

#include "models/store/StoreWatcher.h"

#include <QString>

struct pg_conn;
class QSocketNotifier;
class QTimer;

/// Follows a team dossier through the server's notifications: a connection of its own that
/// LISTENs on channel `dossier` (PgStore::write notifies it at each commit), under a
/// QSocketNotifier, so that nothing waits on it. A second connection, because the store's
/// own runs queries synchronously and would swallow notices among their results.
///
/// It also tells when the server goes away (the socket closes and libpq says
/// CONNECTION_BAD) and tries again every `retryMs` until it is back; then changed() is sent,
/// since what was written meanwhile was not notified to it.
class PgWatcher final : public StoreWatcher
{
    Q_OBJECT
public:
    PgWatcher(const QString &connection, const QString &displayName, int retryMs = 1000,
              QObject *parent = nullptr);
    ~PgWatcher() override;

    /// False, with `error`, when the connection or LISTEN fails.
    bool start(QString *error);
    void check() override;
    QString whyUnreachable() const override { return m_unreachable; }

private:
    bool listen(QString *error);
    void readSocket();
    void lost();
    void retry();

    QString m_connection;
    QString m_displayName;
    pg_conn *m_conn = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry;
    QString m_unreachable;
};
