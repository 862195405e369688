#include "models/store/pg/PgWatcher.h"

#include "models/store/pg/PgLocation.h"
#include "models/store/pg/PgResult.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <libpq-fe.h>

PgWatcher::PgWatcher(const QString &connection, const QString &displayName, int retryMs,
                     QObject *parent)
    : StoreWatcher(parent), m_connection(connection), m_displayName(displayName),
      m_retry(new QTimer(this))
{
    m_retry->setInterval(retryMs);
    connect(m_retry, &QTimer::timeout, this, &PgWatcher::retry);
}

PgWatcher::~PgWatcher()
{
    delete m_notifier;
    if (m_conn)
        PQfinish(m_conn);
}

bool PgWatcher::start(QString *error)
{
    m_conn = PQconnectdb(m_connection.toUtf8().constData());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        *error = QCoreApplication::translate("PgStore", "cannot connect to %1: %2")
                     .arg(m_displayName,
                          m_conn ? PgLocation::scrubbed(
                                       QString::fromUtf8(PQerrorMessage(m_conn)).simplified(),
                                       m_connection)
                                 : QString());
        return false;
    }
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    return listen(error);
}

bool PgWatcher::listen(QString *error)
{
    const PgResult r(PQexec(m_conn, "LISTEN dossier"));
    if (!r.ok()) {
        *error = PgLocation::scrubbed(QString::fromUtf8(PQerrorMessage(m_conn)).simplified(),
                                      m_connection);
        return false;
    }
    delete m_notifier;
    m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgWatcher::readSocket);
    return true;
}

void PgWatcher::check()
{
    if (m_unreachable.isEmpty())
        readSocket();
}

void PgWatcher::readSocket()
{
    if (!m_conn)
        return;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        lost();
        return;
    }
    bool notified = false;
    while (PGnotify *n = PQnotifies(m_conn)) {
        notified = true;
        PQfreemem(n);
    }
    if (notified)
        emit changed();
}

void PgWatcher::lost()
{
    // The socket is closed or dead: a notifier on it would fire without end.
    delete m_notifier;
    m_notifier = nullptr;
    m_unreachable =
        QCoreApplication::translate("PgStore", "The server %1 cannot be reached; reconnecting…")
            .arg(m_displayName);
    m_retry->start();
    emit reachableChanged(m_unreachable);
}

void PgWatcher::retry()
{
    PQreset(m_conn);
    QString error;
    if (PQstatus(m_conn) != CONNECTION_OK || !listen(&error))
        return; // still away: the timer tries again
    m_retry->stop();
    m_unreachable.clear();
    emit reachableChanged(QString());
    emit changed(); // what was written meanwhile was notified to no one here
}
