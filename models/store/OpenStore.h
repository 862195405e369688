#pragma once

#include "models/store/DatasetLoader.h"
#include "models/store/DossierStore.h"

#include <QString>
#include <memory>

/// Opens the store a location names: a PostgreSQL server for a connection string
/// (PgLocation::isConnectionString: a `postgresql://` URI or `service=` words), a SQLite file
/// otherwise. ReadWrite on a file that cannot be written opens it read-only, with the reason in
/// whyNotWritable(); a server's database not prepared yet, or holding no dataset, is refused.
/// Null, with `error`, when the location cannot be opened at all.
std::unique_ptr<DossierStore> openStore(const QString &location, DossierStore::Access access,
                                        QString *error);

/// True when `location` names a server rather than a file.
bool isServerLocation(const QString &location);
/// `location` as messages, titles and recent lists show it: without a password.
QString displayedLocation(const QString &location);

/// The window's way in: a server's dossier read through openStore(), a file through
/// DatasetLoader::open() (which fills it from the bundled dataset the first time). A server's
/// dossier is never replaced by the bundled dataset: one not prepared, or empty, is an error.
DatasetLoader::Result loadDossier(const QString &location);
