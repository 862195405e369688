#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "models/corpus/CorpusChecker.h"
#include "models/data/TextUtil.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/MarkupJson.h"
#include "models/store/DatasetImport.h"
#include "models/store/DatasetLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Commands {

void addCheckOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("Cli",
                                    "The dataset JSON to check (default: the bundled dataset)."),
        QCoreApplication::translate("Cli", "[FILE]"));
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate(
                          "Cli", "Check the dataset held in the database DB (a file, or a "
                                 "PostgreSQL connection string) instead of a file."),
                      QCoreApplication::translate("Cli", "DB")});
    parser.addOption({QStringLiteral("corpus"),
                      QCoreApplication::translate(
                          "Cli", "Also check every source and quote against the articles in DIR "
                                 "(default: $DOSSIER_CORPUS when set)."),
                      QCoreApplication::translate("Cli", "DIR")});
}

namespace {

// The markup exported beside a dataset file (export --with-markup) is checked for its shape
// only: it is the user's reading, not evidence, and may name claims the dataset no longer holds.
Problems markupProblems(const QString &datasetPath)
{
    const QString path = MarkupJson::pathBeside(datasetPath);
    if (path == datasetPath || !QFileInfo::exists(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Problem{.file = path, .record = {}, .field = {}, .message = file.errorString()}};
    QStringList messages;
    MarkupJson::read(file.readAll(), &messages);
    Problems problems;
    for (const QString &message : messages)
        problems.append(Problem{.file = path, .record = {}, .field = {}, .message = message});
    return problems;
}

} // namespace

int runCheck(CliContext &cli)
{
    const QStringList args = cli.parser.positionalArguments().mid(1);
    if (args.size() > 1) {
        cli.fail(QCoreApplication::translate("Cli", "check takes one dataset file at most"));
        return 2;
    }
    if (!args.isEmpty() && cli.parser.isSet(QStringLiteral("database"))) {
        cli.fail(QCoreApplication::translate("Cli", "check takes a file or --database, not both"));
        return 2;
    }
    if (!cli.checkDatabaseOption())
        return 2;
    // A database's dataset goes through the same reader and validator as a file's: what the
    // store gives back is checked as if it were about to be imported.
    std::optional<DatasetImport> stored;
    if (cli.parser.isSet(QStringLiteral("database"))) {
        const auto dataset = cli.loadDataset();
        if (!dataset)
            return 1;
        stored.emplace(DatasetJsonWriter::write(*dataset), cli.databaseName());
    }
    DatasetImport import = stored           ? std::move(*stored)
                           : args.isEmpty() ? DatasetImport(DatasetLoader::bundledJson(),
                                                            QStringLiteral("<bundled dataset>"))
                                            : DatasetImport(args.first());
    const QString &name = import.name();
    Problems failures = import.check().problems;
    const Dataset &d = import.dataset();

    QString corpus = cli.parser.value(QStringLiteral("corpus"));
    if (!cli.parser.isSet(QStringLiteral("corpus")))
        corpus = qEnvironmentVariable("DOSSIER_CORPUS");
    else if (corpus.trimmed().isEmpty()) {
        // Most likely an unset variable: checking nothing would pass silently.
        cli.fail(QCoreApplication::translate("Cli", "--corpus needs a folder"));
        return 2;
    }
    if (!corpus.isEmpty() && !QFileInfo(corpus).isDir()) {
        cli.fail(QCoreApplication::translate("Cli", "the corpus %1 is not a folder").arg(corpus));
        return 2;
    }
    CorpusChecker::Report corpusReport;
    const bool checkCorpus = failures.isEmpty() && !corpus.isEmpty();
    if (checkCorpus) {
        corpusReport = CorpusChecker::check(d, corpus);
        failures += corpusReport.failures;
    }
    if (!args.isEmpty())
        failures += markupProblems(args.first());
    for (const Problem &p : failures)
        cli.out << QCoreApplication::translate("Cli", "FAIL ") << p.toString() << Qt::endl;

    int citations = 0;
    QList<int> single;
    for (int i = 0; i < d.claims.size(); ++i) {
        citations += int(d.claims[i].citations.size());
        if (d.isSingleSource(i))
            single.append(i);
    }
    if (failures.isEmpty()) {
        cli.out << QCoreApplication::translate("Cli", "Claims resting on a single source (%1):")
                       .arg(single.size())
                << Qt::endl;
        for (int i : single)
            cli.out << TextUtil::printable(QStringLiteral("  %1 [%2] %3")
                                               .arg(d.claims[i].id,
                                                    d.claims[i].citations.first().source,
                                                    d.claims[i].statement))
                    << Qt::endl;
    }
    cli.out << QCoreApplication::translate(
                   "Cli", "%1: %2 failure(s); %3 sources, %4 actors, %5 claims, %6 citations, "
                          "%7 conflicts; %8")
                   .arg(TextUtil::printable(name), QString::number(failures.size()),
                        QString::number(d.sources.size()), QString::number(d.actors.size()),
                        QString::number(d.claims.size()), QString::number(citations),
                        QString::number(d.conflicts.size()),
                        !checkCorpus ? QCoreApplication::translate(
                                           "Cli", "quotes not checked against a corpus")
                                     : QCoreApplication::translate(
                                           "Cli", "%1 sources and %2 quotes checked against %3")
                                           .arg(QString::number(corpusReport.sourcesChecked),
                                                QString::number(corpusReport.quotesChecked),
                                                TextUtil::printable(corpus)))
            << Qt::endl;
    return failures.isEmpty() ? 0 : 1;
}

} // namespace Commands
