#include "models/store/pg/PgConnect.h"

#include <QDeadlineTimer>
#include <QStringList>
#include <array>
#include <libpq-fe.h>
#include <poll.h>

namespace {

struct Setting
{
    const char *keyword;
    const char *value;
};

// Noticed within about 25 s idle (10 s quiet, then 3 probes 5 s apart), or 15 s after data
// sent goes unacknowledged; a connection attempt waits 10 s at most. Over a Unix socket libpq
// ignores the TCP ones.
constexpr std::array Defaults{
    Setting{"keepalives", "1"},           Setting{"keepalives_idle", "10"},
    Setting{"keepalives_interval", "5"},  Setting{"keepalives_count", "3"},
    Setting{"tcp_user_timeout", "15000"}, Setting{"connect_timeout", "10"},
};

// libpq's keyword and value arrays: the defaults first and the user's string last, expanded
// (expand_dbname): a setting the string makes itself comes after, and so wins.
struct Params
{
    explicit Params(const QString &connection) : conninfo(connection.toUtf8())
    {
        size_t i = 0;
        for (const Setting &s : Defaults) {
            keywords[i] = s.keyword;
            values[i++] = s.value;
        }
        keywords[i] = "dbname";
        values[i++] = conninfo.constData();
        keywords[i] = nullptr;
        values[i] = nullptr;
    }

    QByteArray conninfo;
    std::array<const char *, Defaults.size() + 2> keywords{};
    std::array<const char *, Defaults.size() + 2> values{};
};

} // namespace

namespace PgConnect {

QString defaults()
{
    QStringList words;
    for (const Setting &s : Defaults)
        words.append(QStringLiteral("%1=%2").arg(QLatin1String(s.keyword), QLatin1String(s.value)));
    return words.join(u' ');
}

pg_conn *open(const QString &connection)
{
    const Params p(connection);
    return PQconnectdbParams(p.keywords.data(), p.values.data(), 1);
}

pg_conn *start(const QString &connection)
{
    const Params p(connection);
    return PQconnectStartParams(p.keywords.data(), p.values.data(), 1);
}

bool answers(pg_conn *conn, int timeoutMs)
{
    if (!conn || PQstatus(conn) != CONNECTION_OK || !PQsendQuery(conn, ""))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    bool ok = true;
    while (true) {
        while (!PQisBusy(conn)) {
            PGresult *r = PQgetResult(conn);
            if (!r)
                return ok && PQstatus(conn) == CONNECTION_OK;
            ok = ok && PQresultStatus(r) == PGRES_EMPTY_QUERY;
            PQclear(r);
        }
        pollfd fd{PQsocket(conn), POLLIN, 0};
        const int left = int(deadline.remainingTime());
        if (left <= 0 || ::poll(&fd, 1, left) <= 0 || !PQconsumeInput(conn))
            return false;
    }
}

} // namespace PgConnect
