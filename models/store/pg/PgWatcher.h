#pragma once

#include "models/store/StoreWatcher.h"

#include <QDeadlineTimer>
#include <QString>

struct pg_conn;
class QSocketNotifier;
class QTimer;

/// Follows a team dossier through the server's notifications: a connection of its own that
/// LISTENs on channel `dossier` (PgStore::write notifies it at each commit), under a
/// QSocketNotifier, so that nothing waits on it. A second connection, because the store's
/// own runs queries synchronously and would swallow notices among their results.
///
/// It also tells when the server goes away: when the socket closes and libpq says
/// CONNECTION_BAD, and when it goes silent without closing (its host gone, a network that
/// drops everything): every `probeMs` it sends an empty query, and one still unanswered at the
/// next is a server lost. Then it tries again every `retryMs`, each attempt without waiting
/// (PQconnectPoll) and given up after `connectMs`, until the server is back; then changed() is
/// sent, since what was written meanwhile was not notified to it.
class PgWatcher final : public StoreWatcher
{
    Q_OBJECT
public:
    PgWatcher(const QString &connection, const QString &displayName, int retryMs = 1000,
              int probeMs = 5000, int connectMs = 10000, QObject *parent = nullptr);
    ~PgWatcher() override;

    /// False, with `error`, when the connection or LISTEN fails.
    bool start(QString *error);
    void check() override;
    QString whyUnreachable() const override { return m_unreachable; }

private:
    bool listen(QString *error);
    void readSocket();
    void probe();
    void lost(const QString &reason);
    void retry();
    void pollConnect();

    QString m_connection;
    QString m_displayName;
    pg_conn *m_conn = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry;
    QTimer *m_probe;
    QTimer *m_connectPoll;
    int m_probeMs;
    int m_connectMs;
    bool m_probing = false;    ///< an empty query sent and not answered yet
    bool m_connecting = false; ///< a new connection under way
    bool m_connectWantsRead = false;
    QDeadlineTimer m_connectDeadline;
    QString m_unreachable;
};
