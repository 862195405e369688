#pragma once

#include "models/data/Dataset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

/// Start-up's path to a dataset: the store at a path, filled from the bundled dataset the
/// first time and again whenever the bundled dataset changes (unless the user imported a
/// dataset of their own into it).
class DatasetLoader
{
public:
    struct Result
    {
        std::optional<Dataset> dataset;
        QString databasePath;
        QString datasetSha256;
        bool readOnly = false;
        QStringList notices; ///< things worth telling the user, e.g. "re-imported"
        QString error;       ///< why there is no dataset
    };

    /// What the caller may do to the database file.
    enum class Access
    {
        /// The window: creates the store, fills it with the bundled dataset the first time and
        /// refreshes a copy of an older bundled dataset; otherwise opens it read-only.
        MayUpdate,
        /// Commands that only read (export, report): no file is created, changed or left
        /// beside the database. Where the window would import the bundled dataset, they read it
        /// from the program instead.
        ReadOnly
    };

    /// `<AppDataLocation>/dossier.sqlite`.
    static QString defaultDatabasePath();
    /// The dataset compiled into the program.
    static QByteArray bundledJson();
    /// Its SHA-256 in hex, computed at build time.
    static QString bundledSha256();
    /// The origin recorded for the bundled dataset, for people to read. Whether a store holds
    /// the bundled dataset is its provenance (DatasetStore::Provenance), which no file can claim.
    static constexpr const char *BundledOrigin = "bundled";

    static Result open(const QString &databasePath, Access access = Access::MayUpdate);
    /// The bundled dataset straight from the resource, without a store: the fallback when
    /// the user's database cannot be opened.
    static Result loadBundled();
};
