#pragma once

#include "ClaimFilter.h"

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

    QString databasePath() const;
    /// Opens the store (importing the bundled dataset when needed); prints why not.
    std::optional<Dataset> loadDataset();
    /// Builds the filter from the options; prints what is wrong (an unknown actor, a bad
    /// year) and gives nullopt.
    std::optional<ClaimFilter> filter(const Dataset &dataset);

    /// Writes to `path` atomically, or to standard output when `path` is empty or "-".
    bool writeOutput(const QString &path, const QByteArray &bytes);

    void fail(const QString &message);
};
