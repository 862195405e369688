#include "CliContext.h"

#include "Dataset.h"
#include "DatasetLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>

namespace {

std::optional<int> yearOption(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1000 || year > 9999 || text.size() != 4)
        return std::nullopt;
    return year;
}

} // namespace

CliContext::CliContext(QCommandLineParser &p) : parser(p), out(stdout), err(stderr) {}

void CliContext::addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("database"),
         QCoreApplication::translate("Cli", "Use the database FILE instead of the default one."),
         QCoreApplication::translate("Cli", "FILE")});
}

void CliContext::addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("actor"),
         QCoreApplication::translate(
             "Cli", "Claims involving NAME (id, name or alias; case-insensitive; repeatable)."),
         QCoreApplication::translate("Cli", "NAME")},
        {QStringLiteral("year"), QCoreApplication::translate("Cli", "Claims dated in YYYY."),
         QCoreApplication::translate("Cli", "YYYY")},
        {QStringLiteral("from"),
         QCoreApplication::translate("Cli", "Claims dated in YYYY or later."),
         QCoreApplication::translate("Cli", "YYYY")},
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "Claims dated in YYYY or earlier."),
         QCoreApplication::translate("Cli", "YYYY")},
        {QStringLiteral("source"),
         QCoreApplication::translate("Cli", "Claims citing the source ID (repeatable)."),
         QCoreApplication::translate("Cli", "ID")},
        {QStringLiteral("kind"),
         QCoreApplication::translate("Cli", "Claims of KIND (event, allegation, ...; repeatable)."),
         QCoreApplication::translate("Cli", "KIND")},
        {QStringLiteral("search"),
         QCoreApplication::translate("Cli",
                                     "Claims whose statement or quotes hold every word of TEXT."),
         QCoreApplication::translate("Cli", "TEXT")},
    });
}

QString CliContext::databasePath() const
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                    : DatasetLoader::defaultDatabasePath();
}

std::optional<Dataset> CliContext::loadDataset()
{
    auto result = DatasetLoader::open(databasePath());
    for (const QString &notice : result.notices)
        err << notice << Qt::endl;
    if (!result.dataset)
        fail(result.error);
    return std::move(result.dataset);
}

std::optional<ClaimFilter> CliContext::filter(const Dataset &dataset)
{
    ClaimFilter f;
    for (const QString &name : parser.values(QStringLiteral("actor"))) {
        const int a = dataset.findActor(name);
        if (a < 0) {
            fail(QCoreApplication::translate(
                     "Cli", "no actor is named '%1' (try an id, a name or an alias; "
                            "'dossier export --format json' lists them)")
                     .arg(name));
            return std::nullopt;
        }
        f.actors << dataset.actors[a].id;
    }
    const auto year = [&](const char *option, int *target) {
        if (!parser.isSet(QLatin1String(option)))
            return true;
        const auto y = yearOption(parser.value(QLatin1String(option)));
        if (!y) {
            fail(QCoreApplication::translate("Cli", "--%1 expects a four-digit year, not '%2'")
                     .arg(QLatin1String(option), parser.value(QLatin1String(option))));
            return false;
        }
        *target = *y;
        return true;
    };
    if (parser.isSet(QStringLiteral("year")) &&
        (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))) {
        fail(QCoreApplication::translate("Cli", "--year cannot be combined with --from or --to"));
        return std::nullopt;
    }
    if (!year("year", &f.fromYear) || !year("from", &f.fromYear) || !year("to", &f.toYear))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("year")))
        f.toYear = f.fromYear;
    if (f.fromYear && f.toYear && f.fromYear > f.toYear) {
        fail(QCoreApplication::translate("Cli", "--from %1 is after --to %2")
                 .arg(f.fromYear)
                 .arg(f.toYear));
        return std::nullopt;
    }
    for (const QString &id : parser.values(QStringLiteral("source"))) {
        if (dataset.sourceIndex(id) < 0) {
            fail(QCoreApplication::translate("Cli", "no source has the id '%1'").arg(id));
            return std::nullopt;
        }
        f.sources << id;
    }
    f.kinds = parser.values(QStringLiteral("kind"));
    f.text = parser.value(QStringLiteral("search"));
    return f;
}

bool CliContext::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        out.flush();
        const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) ==
                            size_t(bytes.size()) &&
                        std::fflush(stdout) == 0;
        if (!ok)
            fail(QCoreApplication::translate("Cli", "cannot write to standard output"));
        return ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(QCoreApplication::translate("Cli", "cannot write %1: %2")
                 .arg(path, file.errorString()));
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        // QSaveFile often says only "Unknown error"; the system's reason (disk full, file too
        // large) is what the user can act on.
        const QString why = errno ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        fail(QCoreApplication::translate(
                 "Cli", "cannot write %1: %2; the previous file, if any, is unchanged")
                 .arg(path, why));
        return false;
    }
    return true;
}

void CliContext::fail(const QString &message)
{
    err << QStringLiteral("dossier: ") << message << Qt::endl;
}
