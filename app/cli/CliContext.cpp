#include "app/cli/CliContext.h"

#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/FileKind.h"
#include "models/data/TextUtil.h"
#include "models/filter/FilterState.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "models/store/pg/PgLocation.h"
#include "models/store/pg/PgStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <algorithm>
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
         QCoreApplication::translate(
             "Cli", "Use the database FILE instead of the default one, or a team dossier on "
                    "PostgreSQL: a libpq connection URI (postgresql://user@host/db) or "
                    "service=NAME. No password is needed on the command line: libpq reads "
                    "~/.pgpass, PGPASSFILE and pg_service.conf."),
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
        {QStringLiteral("in-conflict"),
         QCoreApplication::translate("Cli", "Claims in a recorded conflict with another.")},
        {QStringLiteral("no-conflict"),
         QCoreApplication::translate("Cli", "Claims in no recorded conflict.")},
        {QStringLiteral("single-source"),
         QCoreApplication::translate("Cli", "Claims resting on a single source.")},
        {QStringLiteral("several-sources"),
         QCoreApplication::translate("Cli", "Claims resting on several sources.")},
        {QStringLiteral("claimant"),
         QCoreApplication::translate("Cli", "Claims that NAME claims (id, name or alias; "
                                            "repeatable)."),
         QCoreApplication::translate("Cli", "NAME")},
        {QStringLiteral("reported-as-fact"),
         QCoreApplication::translate("Cli", "Claims the articles report as fact, no actor "
                                            "claiming them (with --claimant: either).")},
        {QStringLiteral("key-only"),
         QCoreApplication::translate("Cli", "Claims you starred as key in the window.")},
        {QStringLiteral("tag"),
         QCoreApplication::translate("Cli", "Claims you tagged TAG in the window "
                                            "(case-insensitive; repeatable: any of them)."),
         QCoreApplication::translate("Cli", "TAG")},
        {QStringLiteral("view"),
         QCoreApplication::translate("Cli", "The claims of the view saved as NAME in the window "
                                            "(View > Saved Views); alone, without the options "
                                            "above."),
         QCoreApplication::translate("Cli", "NAME")},
    });
}

QString CliContext::databasePath() const
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                    : DatasetLoader::defaultDatabasePath();
}

bool CliContext::checkDatabaseOption()
{
    if (parser.isSet(QStringLiteral("database")) &&
        parser.value(QStringLiteral("database")).trimmed().isEmpty()) {
        fail(QCoreApplication::translate("Cli", "--database needs a file name"));
        return false;
    }
    return true;
}

bool CliContext::isServerDatabase() const
{
    return parser.isSet(QStringLiteral("database")) &&
           PgLocation::isConnectionString(parser.value(QStringLiteral("database")));
}

QString CliContext::databaseName() const
{
    return isServerDatabase() ? PgLocation::withoutPassword(databasePath()) : databasePath();
}

std::optional<Dataset> CliContext::loadDataset()
{
    if (isServerDatabase()) {
        PgStore store;
        QString error;
        std::optional<Dataset> dataset;
        if (store.open(databasePath(), &error))
            dataset = store.load(&error);
        if (!dataset) {
            fail(error);
            return std::nullopt;
        }
        datasetSha256 = store.metaValue(QStringLiteral("dataset_sha256"));
        return dataset;
    }
    if (parser.isSet(QStringLiteral("database")) &&
        FileKind::of(databasePath()) == FileKind::Kind::Missing) {
        fail(QCoreApplication::translate("Cli", "there is no database at %1 (create it with "
                                                "'dossier import --database %1 FILE.json')")
                 .arg(databasePath()));
        return std::nullopt;
    }
    auto result = DatasetLoader::open(databasePath(), DatasetLoader::Access::ReadOnly);
    for (const QString &notice : result.notices)
        err << TextUtil::printable(notice) << Qt::endl;
    if (!result.dataset)
        fail(result.error);
    datasetSha256 = result.datasetSha256;
    return std::move(result.dataset);
}

namespace {

// The path a file has or would have, symbolic links resolved: another spelling of the same
// file, or a link to it, compares equal.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

bool CliContext::checkOutputPath(const QString &output, const QString &database)
{
    if (isStandardOutput(output))
        return true;
    if (const QString why = FileKind::whyNotWritable(output); !why.isEmpty()) {
        fail(QCoreApplication::translate("Cli", "cannot write %1: it %2; Dossier writes only "
                                                "regular files, or standard output with -o -")
                 .arg(output, why));
        return false;
    }
    // A server's dossier is no file that the output could overwrite.
    if (database.isEmpty() || PgLocation::isConnectionString(database))
        return true;
    const QString target = resolvedPath(output);
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (resolvedPath(database + suffix) == target) {
            fail(QCoreApplication::translate(
                     "Cli", "%1 is the database (or one of its files); writing there would "
                            "destroy it: choose another output file")
                     .arg(output));
            return false;
        }
    }
    return true;
}

std::optional<SavedView> CliContext::savedView(const QString &name, QString *error)
{
    const QList<SavedView> views = SavedViews::load(QSettings());
    if (const int i = SavedViews::find(views, name); i >= 0)
        return views[i];
    *error = views.isEmpty()
                 ? QCoreApplication::translate("Cli", "no view is saved as '%1' (none is saved "
                                                      "yet: View > Saved Views > Save Current "
                                                      "View in the window)")
                       .arg(name)
                 : QCoreApplication::translate("Cli", "no view is saved as '%1' (saved views: %2)")
                       .arg(name, SavedViews::names(views).join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<ClaimFilter> CliContext::filter(const Dataset &dataset)
{
    if (parser.isSet(QStringLiteral("view"))) {
        // A view is a whole filter: mixing it with options would leave unclear which wins.
        for (const char *option : {"actor", "year", "from", "to", "source", "kind", "search",
                                   "in-conflict", "no-conflict", "single-source", "several-sources",
                                   "claimant", "reported-as-fact", "key-only", "tag"})
            if (parser.isSet(QLatin1String(option))) {
                fail(QCoreApplication::translate("Cli", "--view cannot be combined with --%1")
                         .arg(QLatin1String(option)));
                return std::nullopt;
            }
        QString error;
        const auto view = savedView(parser.value(QStringLiteral("view")), &error);
        if (!view) {
            fail(error);
            return std::nullopt;
        }
        return FilterState::fromVariantMap(view->filter, dataset);
    }
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
    // The validator admits only the known kinds, so they are every kind a claim can have.
    const QStringList &kinds = ClaimKinds::known();
    for (const QString &kind : parser.values(QStringLiteral("kind"))) {
        const auto known = std::find_if(kinds.begin(), kinds.end(), [&](const QString &k) {
            return k.compare(kind.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (known == kinds.end()) {
            fail(QCoreApplication::translate("Cli", "no claim kind is called '%1' (kinds: %2)")
                     .arg(kind, kinds.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        f.kinds << *known;
    }
    f.text = parser.value(QStringLiteral("search"));
    // Each yes-or-no question takes one side at most.
    const auto side = [&](const char *yes, const char *no, ClaimFilter::Side *target) {
        const bool y = parser.isSet(QLatin1String(yes));
        const bool n = parser.isSet(QLatin1String(no));
        if (y && n) {
            fail(QCoreApplication::translate("Cli", "--%1 cannot be combined with --%2")
                     .arg(QLatin1String(yes), QLatin1String(no)));
            return false;
        }
        *target = y ? ClaimFilter::Side::Yes : n ? ClaimFilter::Side::No : ClaimFilter::Side::Any;
        return true;
    };
    if (!side("in-conflict", "no-conflict", &f.inConflict) ||
        !side("single-source", "several-sources", &f.singleSource))
        return std::nullopt;
    for (const QString &name : parser.values(QStringLiteral("claimant"))) {
        const int a = dataset.findActor(name);
        if (a < 0) {
            fail(QCoreApplication::translate("Cli", "no actor is named '%1' (try an id, a name or "
                                                    "an alias)")
                     .arg(name));
            return std::nullopt;
        }
        f.claimants << dataset.actors[a].id;
    }
    f.reportedAsFact = parser.isSet(QStringLiteral("reported-as-fact"));
    f.keyOnly = parser.isSet(QStringLiteral("key-only"));
    for (const QString &tag : parser.values(QStringLiteral("tag"))) {
        if (const QString why = MarkupTags::whyNotATag(tag); !why.isEmpty()) {
            fail(QCoreApplication::translate("Cli", "--tag '%1': %2")
                     .arg(TextUtil::printable(tag), why));
            return std::nullopt;
        }
    }
    f.tags = MarkupTags::normaliseAll(parser.values(QStringLiteral("tag")));
    return f;
}

std::optional<Markup> CliContext::loadMarkup()
{
    // A server keeps no markup yet (DossierStore's default gives none).
    // Nor does the bundled dataset read where no database is yet.
    if (isServerDatabase() || FileKind::of(databasePath()) == FileKind::Kind::Missing)
        return Markup();
    DatasetStore store;
    QString error;
    std::optional<Markup> markup;
    if (store.open(databasePath(), DatasetStore::Mode::ReadOnly, &error))
        markup = store.loadMarkup(&error);
    if (!markup)
        fail(error);
    return markup;
}

bool CliContext::isStandardOutput(const QString &path)
{
    return path.isEmpty() || path == QLatin1String("-") || FileKind::isStandardOutput(path);
}

bool CliContext::writeOutput(const QString &path, const QByteArray &bytes)
{
    // Standard output is written through, however it is named: renaming a new file over
    // /dev/stdout would fail, or replace the file the shell opened.
    if (isStandardOutput(path)) {
        out.flush();
        const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) ==
                            size_t(bytes.size()) &&
                        std::fflush(stdout) == 0;
        if (!ok)
            fail(QCoreApplication::translate("Cli", "cannot write to standard output"));
        return ok;
    }
    if (!checkOutputPath(path, {}))
        return false;
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
    // Messages quote paths, options and data: none may act on the terminal.
    err << QStringLiteral("dossier: ") << TextUtil::printable(message) << Qt::endl;
}
