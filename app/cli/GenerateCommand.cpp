#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/DatasetLoader.h"

#include <QCoreApplication>

namespace Commands {

void addGenerateOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("claims"),
         QCoreApplication::translate(
             "Cli",
             "Number of claims (1 to 1000000; a larger file would exceed what import reads)."),
         QCoreApplication::translate("Cli", "N"), QStringLiteral("1000")},
        {QStringLiteral("actors"),
         QCoreApplication::translate("Cli", "Number of actors (1 to 1000000)."),
         QCoreApplication::translate("Cli", "A"), QStringLiteral("200")},
        {QStringLiteral("sources"),
         QCoreApplication::translate("Cli", "Number of sources (1 to 1000000)."),
         QCoreApplication::translate("Cli", "S"), QStringLiteral("100")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("Cli", "Random seed: the same seed gives the same file."),
         QCoreApplication::translate("Cli", "K"), QStringLiteral("1")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("Cli", "Write to FILE ('-': standard output)."),
         QCoreApplication::translate("Cli", "FILE")},
    });
}

int runGenerate(CliContext &cli)
{
    const auto number = [&](const char *option, qint64 max, bool *ok) -> qint64 {
        const QString text = cli.parser.value(QLatin1String(option));
        bool parsed = false;
        const qint64 value = text.toLongLong(&parsed);
        if (!parsed || value < 1 || value > max) {
            cli.fail(QCoreApplication::translate(
                         "Cli", "--%1 expects a whole number from 1 to %2, not '%3'")
                         .arg(QLatin1String(option))
                         .arg(max)
                         .arg(text));
            *ok = false;
        }
        return value;
    };
    bool ok = true;
    SyntheticDataset::Parameters p;
    p.claims = int(number("claims", 1000000, &ok));
    p.actors = int(number("actors", 1000000, &ok));
    p.sources = int(number("sources", 1000000, &ok));
    const QString seed = cli.parser.value(QStringLiteral("seed"));
    bool seedOk = false;
    p.seed = seed.toULongLong(&seedOk);
    if (!seedOk)
        cli.fail(QCoreApplication::translate("Cli", "--seed expects a whole number, not '%1'")
                     .arg(seed));
    if (!ok || !seedOk)
        return 2;
    if (!cli.parser.isSet(QStringLiteral("output"))) {
        cli.fail(QCoreApplication::translate(
            "Cli", "generate needs -o FILE (or -o - for standard output)"));
        return 2;
    }
    if (!cli.checkOutputPath(cli.parser.value(QStringLiteral("output")),
                             DatasetLoader::defaultDatabasePath()))
        return 2;
    const Dataset d = SyntheticDataset::generate(p);
    return cli.writeOutput(cli.parser.value(QStringLiteral("output")), DatasetJsonWriter::write(d))
               ? 0
               : 1;
}

} // namespace Commands
