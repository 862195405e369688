#include "ClaimMatcher.h"
#include "CliContext.h"
#include "Commands.h"
#include "CsvExport.h"
#include "DatasetJsonReader.h"
#include "DatasetJsonWriter.h"
#include "DatasetStore.h"
#include "DatasetValidator.h"

#include <QCoreApplication>

namespace Commands {

void addExportOptions(QCommandLineParser &parser)
{
    CliContext::addDatabaseOption(parser);
    CliContext::addFilterOptions(parser);
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("Cli", "json (the authoring format) or csv."),
                      QCoreApplication::translate("Cli", "FORMAT"), QStringLiteral("json")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("Cli", "Write to FILE instead of standard output."),
         QCoreApplication::translate("Cli", "FILE")});
}

int runExport(CliContext &cli)
{
    const QString format = cli.parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        cli.fail(QCoreApplication::translate("Cli", "--format must be json or csv, not '%1'")
                     .arg(format));
        return 2;
    }
    if (cli.parser.positionalArguments().size() > 1) {
        cli.fail(QCoreApplication::translate("Cli", "export takes no file argument; use -o FILE"));
        return 2;
    }
    if (!cli.checkDatabaseOption() ||
        !cli.checkOutputPath(cli.parser.value(QStringLiteral("output")), cli.databasePath()))
        return 2;
    const auto dataset = cli.loadDataset();
    if (!dataset)
        return 1;
    const auto filter = cli.filter(*dataset);
    if (!filter)
        return 2;
    const QList<int> claims = ClaimMatcher(*dataset, *filter).matchingClaims();
    const QByteArray bytes = format == QLatin1String("csv")
                                 ? CsvExport::write(*dataset, claims)
                                 : (filter->isEmpty() ? DatasetJsonWriter::write(*dataset)
                                                      : DatasetJsonWriter::write(*dataset, claims));
    return cli.writeOutput(cli.parser.value(QStringLiteral("output")), bytes) ? 0 : 1;
}

void addImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "The dataset JSON to import."),
                                 QCoreApplication::translate("Cli", "FILE"));
    CliContext::addDatabaseOption(parser);
}

int runImport(CliContext &cli)
{
    const QStringList args = cli.parser.positionalArguments().mid(1);
    if (args.size() != 1) {
        cli.fail(QCoreApplication::translate("Cli", "import takes exactly one dataset file"));
        return 2;
    }
    if (!cli.checkDatabaseOption())
        return 2;
    auto read = DatasetJsonReader::readFile(args.first());
    if (read.ok())
        read.problems = DatasetValidator::validate(read.dataset, args.first());
    if (!read.ok()) {
        for (const Problem &p : read.problems)
            cli.err << p.toString() << Qt::endl;
        cli.fail(QCoreApplication::translate("Cli", "%1 problem(s) in %2; nothing was imported")
                     .arg(read.problems.size())
                     .arg(args.first()));
        return 1;
    }
    DatasetStore store;
    QString error;
    const QString path = cli.databasePath();
    if (!store.open(path, DatasetStore::Mode::ReadWrite, &error) ||
        !store.importDataset(read.dataset, args.first(), QString::fromLatin1(read.sha256),
                             &error)) {
        cli.fail(error);
        return 1;
    }
    cli.out << QCoreApplication::translate(
                   "Cli", "Imported %1 claims, %2 actors, %3 sources and %4 conflicts into %5")
                   .arg(read.dataset.claims.size())
                   .arg(read.dataset.actors.size())
                   .arg(read.dataset.sources.size())
                   .arg(read.dataset.conflicts.size())
                   .arg(path)
            << Qt::endl;
    return 0;
}

} // namespace Commands
