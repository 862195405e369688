#include "models/store/DatasetLoader.h"

#include "models/data/FileKind.h"
#include "models/data/Problem.h"
#include "models/format/DatasetValidator.h"
#include "models/store/DatasetImport.h"
#include "models/store/DatasetStore.h"
#include "resources/BundledDigest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString BundledName = QStringLiteral(":/dataset/dispute.json");

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetLoader", text);
}

DatasetImport bundledImport()
{
    DatasetImport import(DatasetLoader::bundledJson(), BundledName);
    import.setOrigin(QLatin1String(DatasetLoader::BundledOrigin));
    import.setProvenance(DatasetStore::Provenance::Bundled);
    return import;
}

// Why the bundled dataset could not be used: it fails its checks, or the store refused it.
QString bundledError(const DatasetImport::Result &result)
{
    if (result.problems.isEmpty())
        return result.error;
    return tr("the bundled dataset is invalid: %1").arg(result.problems.first().toString());
}

// Whether the store holds a copy of a bundled dataset, this one or an older one: only then may
// it be replaced by the bundled dataset. Databases written before the provenance row was kept
// recorded "bundled" as their origin, which a user's file could be named too: for them, the
// digest must also be one of a dataset this program bundled. An edited copy is the user's.
bool holdsBundledCopy(const DatasetStore &store)
{
    if (store.holdsBundledCopy())
        return true;
    if (store.revision() > 0)
        return false;
    static const QStringList EarlierBundledDigests = {
        QStringLiteral("9afe41b20d04b6372364c6199448206c6d509ff9ff4d17faf33af9d23b3ddcbb"),
        QStringLiteral("e525fef2d1b1bdde2ed75ac8e56de31e4f92da3ae1295d71a0dd056c3bb42992"),
        QStringLiteral("2309db86916bda0897f0df39a7514de7d61f56e1e7a4aa8b9223d9b3f9fb58d0")};
    return store.metaValue(QStringLiteral("provenance")).isEmpty() &&
           store.metaValue(QStringLiteral("origin")) ==
               QLatin1String(DatasetLoader::BundledOrigin) &&
           EarlierBundledDigests.contains(store.metaValue(QStringLiteral("dataset_sha256")));
}

bool holdsOlderBundledCopy(const DatasetStore &store)
{
    return holdsBundledCopy(store) &&
           store.metaValue(QStringLiteral("dataset_sha256")) != DatasetLoader::bundledSha256();
}

// Reads the store's dataset and checks it: every import was validated, but the file may have
// been changed since by other tools, and a claim without its citation or with a dangling actor
// must not be shown as evidence.
void loadChecked(DatasetStore &store, DatasetLoader::Result *result)
{
    const QString &path = result->databasePath;
    Problems problems;
    // A dataset without its digest was not written whole by this program.
    if (store.content() == DatasetStore::Content::Damaged)
        problems.append({path, QStringLiteral("meta"), QStringLiteral("dataset_sha256"),
                         tr("is missing: the dataset's digest was deleted"), 0, 0});
    QString error;
    auto dataset = store.load(&error);
    if (!dataset && problems.isEmpty()) {
        result->error = error;
        return;
    }
    // Once edited, the dataset is no longer the file the digest was taken of: the report then
    // gives no digest rather than one that does not describe it.
    if (store.revision() == 0)
        result->datasetSha256 = store.metaValue(QStringLiteral("dataset_sha256"));
    if (dataset)
        problems += DatasetValidator::validate(*dataset, path);
    if (!problems.isEmpty()) {
        result->error = QCoreApplication::translate(
                            "DatasetLoader",
                            "%1 holds a dataset that is no longer valid (was it changed "
                            "outside Dossier?): %2; %n problem(s) in all",
                            nullptr, int(problems.size()))
                            .arg(path, problems.first().toString());
        return;
    }
    result->dataset = std::move(dataset);
}

// What a reading command shows where the window would import the bundled dataset: the bundled
// dataset itself, read from the program.
void useBundled(DatasetLoader::Result *result)
{
    result->datasetSha256 = DatasetLoader::bundledSha256();
    DatasetImport import = bundledImport();
    const DatasetImport::Result checked = import.check();
    if (checked.ok())
        result->dataset = import.takeDataset();
    else
        result->error = bundledError(checked);
}

DatasetLoader::Result openReadOnly(const QString &databasePath)
{
    DatasetLoader::Result result;
    result.databasePath = databasePath;
    result.readOnly = true;
    const bool isDefault = QFileInfo(databasePath).absoluteFilePath() ==
                           QFileInfo(DatasetLoader::defaultDatabasePath()).absoluteFilePath();
    if (isDefault && FileKind::of(databasePath) == FileKind::Kind::Missing) {
        useBundled(&result);
        return result;
    }
    DatasetStore store;
    if (!store.open(databasePath, DatasetStore::Mode::ReadOnly, &result.error))
        return result;
    if (store.content() == DatasetStore::Content::Nothing) {
        if (isDefault)
            useBundled(&result);
        else
            result.error = tr("%1 holds no dataset yet (import one with 'dossier import "
                              "--database %1 FILE.json')")
                               .arg(databasePath);
        return result;
    }
    if (holdsOlderBundledCopy(store)) {
        useBundled(&result);
        return result;
    }
    loadChecked(store, &result);
    return result;
}

} // namespace

QString DatasetLoader::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("dossier.sqlite"));
}

QByteArray DatasetLoader::bundledJson()
{
    QFile file(BundledName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString DatasetLoader::bundledSha256()
{
    return QStringLiteral(DOSSIER_BUNDLED_SHA256);
}

DatasetLoader::Result DatasetLoader::loadBundled()
{
    Result result;
    useBundled(&result);
    return result;
}

DatasetLoader::Result DatasetLoader::open(const QString &databasePath, Access access)
{
    if (access == Access::ReadOnly)
        return openReadOnly(databasePath);
    Result result;
    result.databasePath = databasePath;
    const QFileInfo info(databasePath);
    const bool exists = FileKind::of(databasePath) != FileKind::Kind::Missing;
    if (!exists && !QDir().mkpath(info.absolutePath())) {
        result.error = tr("cannot create the folder %1").arg(info.absolutePath());
        return result;
    }
    DatasetStore store;
    // Reading needs no write access: a full disk or a read-only file still browses. Only a
    // missing or empty store, or a copy of an older bundled dataset, is opened for writing.
    QString readOnlyError;
    const bool readable =
        exists && store.open(databasePath, DatasetStore::Mode::ReadOnly, &readOnlyError) &&
        store.content() != DatasetStore::Content::Nothing && !holdsOlderBundledCopy(store);
    if (!readable && !store.open(databasePath, DatasetStore::Mode::ReadWrite, &result.error))
        return result;
    // What the window tells the user: nothing it does will be saved to this file.
    result.readOnly = !QFileInfo(databasePath).isWritable();
    const bool empty = store.content() == DatasetStore::Content::Nothing;
    const bool stale = !empty && holdsOlderBundledCopy(store);
    if (empty && store.isReadOnly()) {
        result.error = tr("%1 is read-only and holds no dataset").arg(databasePath);
        return result;
    }
    if (stale && store.isReadOnly()) {
        // It cannot be refreshed: show the bundled dataset, as the refresh would have.
        useBundled(&result);
        return result;
    }
    if (empty || stale) {
        DatasetImport import = bundledImport();
        const DatasetImport::Result imported = import.importInto(store);
        if (!imported.ok()) {
            result.error = bundledError(imported);
            return result;
        }
        if (stale)
            result.notices << tr("The bundled dataset changed; %1 was updated to version %2.")
                                  .arg(databasePath, import.dataset().info.version);
    }
    loadChecked(store, &result);
    return result;
}
