#pragma once

#include <QString>

struct pg_conn;

/// Opening a connection to a team dossier's server, the one way the store (PgStore) and its
/// watcher (PgWatcher) both do. The user's string goes to libpq as given; beneath it, unless it
/// sets them itself, TCP keepalives and a user timeout, so that a server whose host is gone
/// without a word (no FIN, no RST: a cable, a suspended VM, a firewall dropping the flow) is
/// noticed by the kernel within seconds instead of the hours of its defaults, and a connection
/// attempt that meets silence gives up.
namespace PgConnect {

/// The libpq settings added beneath the user's string, as "keyword=value" words, in the order
/// given to libpq: keepalives, keepalives_idle, keepalives_interval, keepalives_count,
/// tcp_user_timeout, connect_timeout.
QString defaults();

/// Connects and waits for the outcome (PQconnectdb); never null.
pg_conn *open(const QString &connection);
/// Starts connecting without waiting (PQconnectStart): the caller polls with PQconnectPoll.
/// Null only when out of memory.
pg_conn *start(const QString &connection);

/// True when the server answers an empty query within `timeoutMs` on `conn`, which has no
/// query in flight; false when it refuses, the connection broke, or silence lasted that long
/// (then the query is still in flight: reset the connection).
bool answers(pg_conn *conn, int timeoutMs);

} // namespace PgConnect
