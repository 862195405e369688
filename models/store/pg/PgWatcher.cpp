#include "models/store/pg/PgWatcher.h"

#include "models/store/pg/PgConnect.h"
#include "models/store/pg/PgLocation.h"
#include "models/store/pg/PgResult.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <libpq-fe.h>
#include <poll.h>

PgWatcher::PgWatcher(const QString &connection, const QString &displayName, int retryMs,
                     int probeMs, int connectMs, QObject *parent)
    : StoreWatcher(parent), m_connection(connection), m_displayName(displayName),
      m_retry(new QTimer(this)), m_probe(new QTimer(this)), m_connectPoll(new QTimer(this)),
      m_probeMs(probeMs), m_connectMs(connectMs)
{
    m_retry->setInterval(retryMs);
    connect(m_retry, &QTimer::timeout, this, &PgWatcher::retry);
    m_probe->setInterval(probeMs);
    connect(m_probe, &QTimer::timeout, this, &PgWatcher::probe);
    m_connectPoll->setInterval(20);
    connect(m_connectPoll, &QTimer::timeout, this, &PgWatcher::pollConnect);
}

PgWatcher::~PgWatcher()
{
    delete m_notifier;
    if (m_conn)
        PQfinish(m_conn);
}

bool PgWatcher::start(QString *error)
{
    m_conn = PgConnect::open(m_connection);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        *error = QCoreApplication::translate("PgStore", "cannot connect to %1: %2")
                     .arg(m_displayName,
                          m_conn ? PgLocation::scrubbed(
                                       QString::fromUtf8(PQerrorMessage(m_conn)).simplified(),
                                       m_connection)
                                 : QString());
        return false;
    }
    return listen(error);
}

bool PgWatcher::listen(QString *error)
{
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    const PgResult r(PQexec(m_conn, "LISTEN dossier"));
    if (!r.ok()) {
        *error = PgLocation::scrubbed(QString::fromUtf8(PQerrorMessage(m_conn)).simplified(),
                                      m_connection);
        return false;
    }
    delete m_notifier;
    m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgWatcher::readSocket);
    m_probing = false;
    m_probe->start();
    return true;
}

void PgWatcher::check()
{
    if (m_unreachable.isEmpty())
        readSocket();
}

void PgWatcher::readSocket()
{
    if (!m_conn || !m_notifier)
        return;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        lost(
            QCoreApplication::translate("PgStore", "The server %1 cannot be reached; reconnecting…")
                .arg(m_displayName));
        return;
    }
    // The probe's answer: its result, then the null that ends it.
    while (m_probing && !PQisBusy(m_conn)) {
        PGresult *r = PQgetResult(m_conn);
        if (!r)
            m_probing = false;
        PQclear(r);
    }
    bool notified = false;
    while (PGnotify *n = PQnotifies(m_conn)) {
        notified = true;
        PQfreemem(n);
    }
    if (notified)
        emit changed();
}

void PgWatcher::probe()
{
    // A socket that stays open while nothing comes back through it: the kernel would say so
    // only once its keepalives or user timeout ran out, and not at all through a proxy on
    // this host. The last probe's answer may be waiting unread (this thread was busy, or the
    // notifier is yet to fire): read first.
    if (m_probing)
        readSocket();
    if (!m_unreachable.isEmpty())
        return;
    if (m_probing) {
        lost(QCoreApplication::translate(
                 "PgStore",
                 "The server %1 cannot be reached: no answer for %n second(s); reconnecting…",
                 nullptr, m_probeMs / 1000)
                 .arg(m_displayName));
        return;
    }
    if (!PQsendQuery(m_conn, "")) {
        lost(
            QCoreApplication::translate("PgStore", "The server %1 cannot be reached; reconnecting…")
                .arg(m_displayName));
        return;
    }
    m_probing = true;
}

void PgWatcher::lost(const QString &reason)
{
    // The socket is closed or dead: a notifier on it would fire without end.
    delete m_notifier;
    m_notifier = nullptr;
    m_probe->stop();
    m_probing = false;
    m_unreachable = reason;
    m_retry->start();
    emit reachableChanged(m_unreachable);
}

void PgWatcher::retry()
{
    if (m_connecting) {
        if (!m_connectDeadline.hasExpired())
            return;
        m_connectPoll->stop(); // silence: this attempt is given up, the next one starts
        m_connecting = false;
    }
    // A new connection rather than PQreset, which would wait for it: the window goes on.
    if (m_conn)
        PQfinish(m_conn);
    m_conn = PgConnect::start(m_connection);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        return; // the timer tries again
    m_connecting = true;
    m_connectWantsRead = false; // libpq's first wait is for the socket to take the connection
    m_connectDeadline = QDeadlineTimer(m_connectMs);
    m_connectPoll->start();
}

void PgWatcher::pollConnect()
{
    pollfd fd{PQsocket(m_conn), short(m_connectWantsRead ? POLLIN : POLLOUT), 0};
    if (fd.fd >= 0 && ::poll(&fd, 1, 0) == 0)
        return; // not ready yet
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        m_connectWantsRead = true;
        return;
    case PGRES_POLLING_WRITING:
        m_connectWantsRead = false;
        return;
    case PGRES_POLLING_FAILED:
        m_connectPoll->stop();
        m_connecting = false;
        return; // the retry timer tries again
    case PGRES_POLLING_OK:
        break;
    default:
        return;
    }
    m_connectPoll->stop();
    m_connecting = false;
    QString error;
    if (!listen(&error))
        return; // the retry timer tries again
    m_retry->stop();
    m_unreachable.clear();
    emit reachableChanged(QString());
    emit changed(); // what was written meanwhile was notified to no one here
}
