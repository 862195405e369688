#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "models/report/ReportBuilder.h"
#include "models/report/ReportDocument.h"
#include "models/report/ReportWriter.h"
#include "models/store/DatasetLoader.h"
#include "widgets/timeline/TimelineChart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <cstdio>
#include <unistd.h>

namespace {

std::optional<QPageSize> pageSizeOption(const QString &text)
{
    if (text.isEmpty())
        return ReportWriter::defaultPageSize();
    if (text.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (text.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

// --date, else SOURCE_DATE_EPOCH (reproducible builds' convention), else today.
std::optional<QDate> generationDate(CliContext &cli)
{
    if (cli.parser.isSet(QStringLiteral("date"))) {
        const QDate date = QDate::fromString(cli.parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            cli.fail(QCoreApplication::translate("Cli", "--date expects YYYY-MM-DD, not '%1'")
                         .arg(cli.parser.value(QStringLiteral("date"))));
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    if (qEnvironmentVariableIsEmpty("SOURCE_DATE_EPOCH"))
        return QDate::currentDate();
    // Reproducible builds set it to pin the date: a value that cannot be read must not fall
    // back to today without a word.
    const QString text = qEnvironmentVariable("SOURCE_DATE_EPOCH");
    bool ok = false;
    const qint64 epoch = text.toLongLong(&ok);
    const QDate date = ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()).date() : QDate();
    if (!date.isValid() || date.year() < 1) {
        cli.fail(QCoreApplication::translate(
                     "Cli", "SOURCE_DATE_EPOCH must be seconds since 1970 (UTC), not '%1'")
                     .arg(text));
        return std::nullopt;
    }
    return date;
}

} // namespace

namespace Commands {

void addReportOptions(QCommandLineParser &parser)
{
    CliContext::addDatabaseOption(parser);
    CliContext::addFilterOptions(parser);
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("Cli", "Write the report to FILE (PDF). Required."),
         QCoreApplication::translate("Cli", "FILE")},
        {QStringLiteral("page-size"),
         QCoreApplication::translate("Cli", "A4 or Letter (default: from the locale)."),
         QCoreApplication::translate("Cli", "SIZE")},
        {QStringLiteral("title"),
         QCoreApplication::translate("Cli", "The report's title (default: the dataset's title)."),
         QCoreApplication::translate("Cli", "TEXT")},
        {QStringLiteral("date"),
         QCoreApplication::translate(
             "Cli",
             "The generation date to print, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH or today)."),
         QCoreApplication::translate("Cli", "DATE")},
    });
}

int runReport(CliContext &cli)
{
    const QString output = cli.parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        cli.fail(QCoreApplication::translate("Cli", "report needs -o FILE.pdf (or -o - for "
                                                    "standard output)"));
        return 2;
    }
    if (cli.parser.positionalArguments().size() > 1) {
        cli.fail(
            QCoreApplication::translate("Cli", "report takes no file argument; use -o FILE.pdf"));
        return 2;
    }
    const auto pageSize = pageSizeOption(cli.parser.value(QStringLiteral("page-size")));
    if (!pageSize) {
        cli.fail(QCoreApplication::translate("Cli", "--page-size must be A4 or Letter, not '%1'")
                     .arg(cli.parser.value(QStringLiteral("page-size"))));
        return 2;
    }
    const auto date = generationDate(cli);
    if (!date)
        return 2;

    if (!cli.checkDatabaseOption() || !cli.checkOutputPath(output, cli.databasePath()))
        return 2;
    const auto loaded = cli.loadDataset();
    if (!loaded)
        return 1;
    const Dataset &dataset = *loaded;
    const auto filter = cli.filter(dataset);
    if (!filter)
        return 2;
    const auto markup = cli.loadMarkup();
    if (!markup)
        return 1;

    const QStringList missing = ReportDocument::missingFonts();
    if (!missing.isEmpty())
        cli.err << QCoreApplication::translate(
                       "Cli", "dossier: warning: fonts not installed (%1); the PDF may show boxes "
                              "instead of letters. Install fonts-dejavu-core and fonts-symbola.")
                       .arg(missing.join(QStringLiteral(", ")))
                << Qt::endl;

    const ReportContent content = ReportBuilder::build(
        dataset, *filter,
        {cli.parser.value(QStringLiteral("title")), *date, cli.datasetSha256, &*markup});
    ReportProgress progress;
    if (isatty(fileno(stderr))) {
        progress = [&cli](int done, int total) {
            cli.err << QStringLiteral("\r")
                    << QCoreApplication::translate("Cli", "Writing the report: %1%")
                           .arg(qint64(done) * 100 / std::max(1, total), 3);
            cli.err.flush();
            return true;
        };
    }
    // A file is opened before the work (an unwritable folder fails at once) and replaced in one
    // step; standard output is written through once the PDF is whole.
    const bool toStandardOutput = CliContext::isStandardOutput(output);
    QByteArray pdf;
    const ChartPainter chart = TimelineChart::printPainter(dataset);
    const auto result = toStandardOutput
                            ? ReportWriter::renderPdf(content, chart, *pageSize, &pdf, progress)
                            : ReportWriter::writePdf(content, chart, *pageSize, output, progress);
    if (progress)
        cli.err << Qt::endl;
    if (!result.ok()) {
        cli.fail(result.error);
        return 1;
    }
    if (toStandardOutput && !cli.writeOutput(output, pdf))
        return 1;
    // With the PDF on standard output, the summary goes with the messages.
    (toStandardOutput ? cli.err : cli.out)
        << QCoreApplication::translate("Cli", "Wrote %1 (%2 pages, %3 claims)")
               .arg(output, QString::number(result.pages), QString::number(content.claims.size()))
        << Qt::endl;
    return 0;
}

} // namespace Commands
