#pragma once

#include "models/filter/ClaimFilter.h"
#include "models/markup/Markup.h"
#include "models/viewmodels/SavedViews.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <optional>

class Dataset;

/// What every command shares: its parser, standard streams, the filter options and the
/// way to the dataset (the store named by --database, or the default one).
class CliContext
{
public:
    explicit CliContext(QCommandLineParser &parser);

    QCommandLineParser &parser;
    QTextStream out;
    QTextStream err;

    static void addDatabaseOption(QCommandLineParser &parser);
    static void addFilterOptions(QCommandLineParser &parser);

    /// What --database names (a file, or a PostgreSQL connection string, password included),
    /// or the default database file.
    QString databasePath() const;
    /// True when --database names a PostgreSQL server (PgLocation::isConnectionString).
    bool isServerDatabase() const;
    /// The database as messages name it: a connection string without its password.
    QString databaseName() const;
    /// False (and says why) when --database is given an empty name.
    bool checkDatabaseOption();
    /// Opens the store (importing the bundled dataset when needed); prints why not. A store
    /// named by --database must exist: reading commands never create one at a mistyped path.
    /// A PostgreSQL dossier is read from the server, which must hold a dataset.
    std::optional<Dataset> loadDataset();
    /// The SHA-256 of the dataset loadDataset() gave, as the store recorded it.
    QString datasetSha256;
    /// False (and says why) when `output` is neither standard output nor a regular file (or a
    /// new one): a device, a pipe, a socket or a folder; or when it is `database` or one of its
    /// companion files: writing there would destroy it. Every command checks its output here
    /// before it starts, and writeOutput() again before it writes.
    bool checkOutputPath(const QString &output, const QString &database);
    /// True for "-" (or no -o at all) and for any name of this process's standard output.
    static bool isStandardOutput(const QString &path);
    /// Builds the filter from the options; prints what is wrong (an unknown actor, a bad
    /// year) and gives nullopt.
    std::optional<ClaimFilter> filter(const Dataset &dataset);
    /// The user's markup in the database loadDataset() read (--key-only and --tag match it);
    /// prints why not and gives nullopt when it cannot be read.
    std::optional<Markup> loadMarkup();

    /// The saved view so named (SavedViews, in the user's settings); nothing, with `error` saying
    /// so and listing the known names, when there is none.
    static std::optional<SavedView> savedView(const QString &name, QString *error);

    /// Writes to `path` atomically, or to standard output when isStandardOutput(path).
    bool writeOutput(const QString &path, const QByteArray &bytes);

    void fail(const QString &message);
};
