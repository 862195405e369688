#pragma once

#include <QString>

/// A PostgreSQL connection as a person fills it in (File ▸ Connect to Team Dossier…): either a
/// service from the service file, or a server, database and user. Turned into libpq's
/// key=value words, quoted as libpq parses them, so that any value (a space, a quote, a
/// backslash) arrives as typed. Empty fields are left out, so libpq's own defaults and
/// environment (PGHOST, PGUSER, ~/.pgpass, the service file) apply.
struct PgConnectionFields
{
    QString service;
    QString host;
    QString port;
    QString database;
    QString user;
    QString sslMode; ///< libpq's sslmode word ("require", "verify-full"…), empty for its default

    /// The key=value words; `password`, when given, is added for this connection only and is
    /// never part of what is shown or remembered (PgLocation::withoutPassword).
    QString toConnectionString(const QString &password = QString()) const;
    /// The fields of a connection string (URI or words) libpq accepts; none for one it refuses,
    /// with its reason in `error`. A password in it is dropped.
    static PgConnectionFields fromConnectionString(const QString &connection,
                                                   QString *error = nullptr);
    bool isEmpty() const;

    bool operator==(const PgConnectionFields &) const = default;
};
