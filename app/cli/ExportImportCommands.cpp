#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "models/filter/ClaimMatcher.h"
#include "models/format/CsvExport.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/MarkupJson.h"
#include "models/format/TimelineJsExport.h"
#include "models/store/DatasetImport.h"
#include "models/store/DatasetStore.h"
#include "models/store/pg/PgStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <vector>

namespace Commands {

void addExportOptions(QCommandLineParser &parser)
{
    CliContext::addDatabaseOption(parser);
    CliContext::addFilterOptions(parser);
    parser.addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("Cli", "json (the authoring format), csv or timelinejs."),
         QCoreApplication::translate("Cli", "FORMAT"), QStringLiteral("json")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("Cli", "Write to FILE instead of standard output."),
         QCoreApplication::translate("Cli", "FILE")});
    parser.addOption({QStringLiteral("bom"),
                      QCoreApplication::translate("Cli", "Start a CSV with a UTF-8 byte-order "
                                                         "mark, for spreadsheets that need one.")});
    parser.addOption({QStringLiteral("with-markup"),
                      QCoreApplication::translate(
                          "Cli", "Also write your markup (stars, tags, notes) beside the JSON "
                                 "output, in FILE.markup.json; needs -o FILE.")});
}

namespace {

// A filtered JSON export is a dataset of its own: an answer to a claim left out loses its link,
// and a conflict keeps only the claims exported (or goes, with fewer than two). Say so.
void noteLinksLeftOut(CliContext &cli, const Dataset &dataset, const QList<int> &claims)
{
    std::vector<char> kept(size_t(dataset.claims.size()), 0);
    for (const int c : claims)
        kept[size_t(c)] = 1;
    const auto exported = [&](const QString &id) {
        const int c = dataset.claimIndex(id);
        return c >= 0 && kept[size_t(c)];
    };
    int responses = 0;
    for (const int c : claims) {
        const QString &target = dataset.claims[c].respondsTo;
        if (!target.isEmpty() && !exported(target))
            ++responses;
    }
    int conflicts = 0;
    for (const Conflict &conflict : dataset.conflicts) {
        const auto in = std::count_if(conflict.claims.begin(), conflict.claims.end(), exported);
        if (in > 0 && in < conflict.claims.size())
            ++conflicts;
    }
    if (responses > 0 || conflicts > 0)
        cli.err << QCoreApplication::translate(
                       "Cli", "dossier: note: %1 exported claim(s) answer claims the filter leaves "
                              "out, and %2 conflict(s) span both sides of it; those links are "
                              "not in the export")
                       .arg(responses)
                       .arg(conflicts)
                << Qt::endl;
}

// The markup of the claims exported (all of it, removed claims' too, when nothing is filtered
// out), and every tag colour.
Markup markupOf(const Markup &markup, const Dataset &dataset, const QList<int> &claims,
                bool filtered)
{
    if (!filtered)
        return markup;
    Markup kept;
    for (const int c : claims)
        kept.set(dataset.claims[c].id, markup.of(dataset.claims[c].id));
    const QHash<QString, QString> colours = markup.colours();
    for (auto it = colours.cbegin(); it != colours.cend(); ++it)
        kept.setColour(it.key(), it.value());
    return kept;
}

// The markup file beside an imported dataset, read and checked before anything is imported:
// nullopt (and a failure said) when it is there but wrong; an absent file gives no markup.
bool readMarkupBeside(CliContext &cli, const QString &datasetPath, std::optional<Markup> *markup)
{
    const QString path = MarkupJson::pathBeside(datasetPath);
    if (path == datasetPath || !QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.fail(
            QCoreApplication::translate("Cli", "cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QStringList problems;
    *markup = MarkupJson::read(file.readAll(), &problems);
    for (const QString &problem : problems)
        cli.err << path << QStringLiteral(": ") << problem << Qt::endl;
    if (!*markup) {
        cli.fail(QCoreApplication::translate("Cli", "%1 problem(s) in %2; nothing was imported")
                     .arg(problems.size())
                     .arg(path));
        return false;
    }
    return true;
}

} // namespace

int runExport(CliContext &cli)
{
    const QString format = cli.parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") &&
        format != QLatin1String("timelinejs")) {
        cli.fail(
            QCoreApplication::translate("Cli", "--format must be json, csv or timelinejs, not '%1'")
                .arg(format));
        return 2;
    }
    if (cli.parser.positionalArguments().size() > 1) {
        cli.fail(QCoreApplication::translate("Cli", "export takes no file argument; use -o FILE"));
        return 2;
    }
    const bool bom = cli.parser.isSet(QStringLiteral("bom"));
    if (bom && format != QLatin1String("csv")) {
        cli.fail(QCoreApplication::translate("Cli", "--bom is for --format csv only"));
        return 2;
    }
    const QString output = cli.parser.value(QStringLiteral("output"));
    const bool withMarkup = cli.parser.isSet(QStringLiteral("with-markup"));
    if (withMarkup && (format != QLatin1String("json") || CliContext::isStandardOutput(output))) {
        cli.fail(QCoreApplication::translate(
            "Cli", "--with-markup is for --format json written to a file with -o FILE"));
        return 2;
    }
    if (!cli.checkDatabaseOption() || !cli.checkOutputPath(output, cli.databasePath()) ||
        (withMarkup && !cli.checkOutputPath(MarkupJson::pathBeside(output), cli.databasePath())))
        return 2;
    const auto dataset = cli.loadDataset();
    if (!dataset)
        return 1;
    const auto filter = cli.filter(*dataset);
    if (!filter)
        return 2;
    const auto markup = cli.loadMarkup();
    if (!markup)
        return 1;
    const QList<int> claims =
        ClaimMatcher(*dataset, *filter, nullptr, nullptr, &*markup).matchingClaims();
    if (format == QLatin1String("json") && !filter->isEmpty())
        noteLinksLeftOut(cli, *dataset, claims);
    QByteArray bytes;
    if (format == QLatin1String("csv"))
        bytes = CsvExport::write(*dataset, claims, {.byteOrderMark = bom});
    else if (format == QLatin1String("timelinejs"))
        bytes = TimelineJsExport::write(*dataset, claims);
    else
        bytes = filter->isEmpty() ? DatasetJsonWriter::write(*dataset)
                                  : DatasetJsonWriter::write(*dataset, claims);
    if (!cli.writeOutput(output, bytes))
        return 1;
    if (withMarkup) {
        const Markup kept = markupOf(*markup, *dataset, claims, !filter->isEmpty());
        const QString markupPath = MarkupJson::pathBeside(output);
        if (!cli.writeOutput(markupPath, MarkupJson::write(kept)))
            return 1;
        cli.out << QCoreApplication::translate("Cli", "Wrote the markup of %1 claim(s) to %2")
                       .arg(kept.claims().size())
                       .arg(markupPath)
                << Qt::endl;
    }
    return 0;
}

void addImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("Cli", "The dataset JSON to import; markup in "
                                           "FILE.markup.json beside it is imported too."),
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
    std::optional<Markup> markup;
    if (!readMarkupBeside(cli, args.first(), &markup))
        return 1;
    DatasetImport import(args.first());
    const QString path = cli.databasePath();
    // The default database's folder is the program's own: on a fresh account nothing has
    // made it yet (reading commands never do). A folder named with --database must exist.
    if (!cli.parser.isSet(QStringLiteral("database")))
        QDir().mkpath(QFileInfo(path).absolutePath());
    DatasetImport::Result result;
    if (cli.isServerDatabase()) {
        // The same reading and validation as into a file; then the server's own transaction.
        result = import.check();
        if (result.ok()) {
            PgStore store;
            if (!store.open(path, &result.error) ||
                !store.importDataset(import.dataset(), args.first(), import.sha256(),
                                     &result.error) ||
                (markup && !store.replaceMarkup(*markup, &result.error)))
                result.outcome = DatasetImport::Outcome::Failed;
        }
    } else {
        result = import.importIntoFile(path, DatasetImport::FileMode::CreateOrReplace);
        if (result.ok() && markup) {
            DatasetStore store;
            if (!store.open(path, DatasetStore::Mode::ReadWrite, &result.error) ||
                !store.replaceMarkup(*markup, &result.error))
                result.outcome = DatasetImport::Outcome::Failed;
        }
    }
    if (result.outcome == DatasetImport::Outcome::Invalid) {
        for (const Problem &p : result.problems)
            cli.err << p.toString() << Qt::endl;
        cli.fail(QCoreApplication::translate("Cli", "%1 problem(s) in %2; nothing was imported")
                     .arg(result.problems.size())
                     .arg(args.first()));
        return 1;
    }
    if (!result.ok()) {
        cli.fail(result.error);
        return 1;
    }
    const Dataset &d = import.dataset();
    cli.out << QCoreApplication::translate(
                   "Cli", "Imported %1 claims, %2 actors, %3 sources and %4 conflicts into %5")
                   .arg(d.claims.size())
                   .arg(d.actors.size())
                   .arg(d.sources.size())
                   .arg(d.conflicts.size())
                   .arg(cli.databaseName())
            << Qt::endl;
    if (markup)
        cli.out << QCoreApplication::translate("Cli", "Imported the markup of %1 claim(s) from %2")
                       .arg(markup->claims().size())
                       .arg(MarkupJson::pathBeside(args.first()))
                << Qt::endl;
    return 0;
}

void addInitOptions(QCommandLineParser &parser)
{
    CliContext::addDatabaseOption(parser);
}

int runInit(CliContext &cli)
{
    if (cli.parser.positionalArguments().size() > 1) {
        cli.fail(QCoreApplication::translate("Cli", "init takes no file argument"));
        return 2;
    }
    if (!cli.checkDatabaseOption())
        return 2;
    // A SQLite file needs no preparing: import creates it.
    if (!cli.isServerDatabase()) {
        cli.fail(QCoreApplication::translate(
            "Cli", "init prepares a PostgreSQL database: give it with --database "
                   "postgresql://USER@HOST/DB or --database service=NAME (a database file is "
                   "created by 'dossier import')"));
        return 2;
    }
    PgStore store;
    QString error;
    if (!store.open(cli.databasePath(), &error)) {
        cli.fail(error);
        return 1;
    }
    const bool already = store.schemaVersion() == PgStore::SchemaVersion;
    if (!store.init(&error)) {
        cli.fail(error);
        return 1;
    }
    cli.out << (already ? QCoreApplication::translate("Cli", "%1 was already prepared (schema %2)")
                        : QCoreApplication::translate("Cli", "Prepared %1 (schema %2): import a "
                                                             "dataset with 'dossier import FILE "
                                                             "--database …'"))
                   .arg(cli.databaseName())
                   .arg(PgStore::SchemaVersion)
            << Qt::endl;
    return 0;
}

} // namespace Commands
