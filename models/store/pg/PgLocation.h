#pragma once

#include <QString>

/// Telling a PostgreSQL connection string from a database file, and showing one to people.
/// Connection strings are libpq's own (a `postgresql://` URI, or `key=value` words such as
/// `service=team`); they are handed to libpq as given, so its environment variables, service
/// file, `.pgpass` and `sslmode` all apply.
namespace PgLocation {

/// True for a `postgresql://` or `postgres://` URI, or for words naming a service, host or
/// database: what `--database` then means is a server, not a file.
bool isConnectionString(const QString &text);
/// The connection string without its password, if it holds one: for messages, recent lists
/// and logs. A password never leaves the string libpq is given.
QString withoutPassword(const QString &connection);
/// `text` with every occurrence of the connection string's password replaced: for libpq's own
/// messages, which may quote the string they were given.
QString scrubbed(const QString &text, const QString &connection);

} // namespace PgLocation
