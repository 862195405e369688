#include "models/store/DatasetLoader.h"

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

DatasetImport bundledImport()
{
    DatasetImport import(DatasetLoader::bundledJson(), BundledName);
    import.setOrigin(QLatin1String(DatasetLoader::BundledOrigin));
    return import;
}

// Why the bundled dataset could not be used: it fails its checks, or the store refused it.
QString bundledError(const DatasetImport::Result &result)
{
    if (result.problems.isEmpty())
        return result.error;
    return QCoreApplication::translate("DatasetLoader", "the bundled dataset is invalid: %1")
        .arg(result.problems.first().toString());
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
    result.datasetSha256 = bundledSha256();
    DatasetImport import = bundledImport();
    const DatasetImport::Result checked = import.check();
    if (checked.ok())
        result.dataset = import.takeDataset();
    else
        result.error = bundledError(checked);
    return result;
}

DatasetLoader::Result DatasetLoader::open(const QString &databasePath)
{
    Result result;
    result.databasePath = databasePath;
    const QFileInfo info(databasePath);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        result.error = QCoreApplication::translate("DatasetLoader", "cannot create the folder %1")
                           .arg(info.absolutePath());
        return result;
    }
    const QString bundledSha = bundledSha256();
    DatasetStore store;
    const auto needsImport = [&] {
        const bool fromBundle =
            store.metaValue(QStringLiteral("origin")) == QLatin1String(BundledOrigin);
        return store.isEmpty() ||
               (fromBundle && store.metaValue(QStringLiteral("dataset_sha256")) != bundledSha);
    };
    // Reading needs no write access: a full disk or a read-only file still browses. Only a
    // missing, outdated or empty store is opened for writing.
    QString readOnlyError;
    const bool readable = info.exists() &&
                          store.open(databasePath, DatasetStore::Mode::ReadOnly, &readOnlyError) &&
                          !needsImport();
    if (!readable && !store.open(databasePath, DatasetStore::Mode::ReadWrite, &result.error))
        return result;
    result.readOnly = !QFileInfo(databasePath).isWritable();
    const bool empty = store.isEmpty();
    const bool stale = !empty && needsImport();
    if ((empty || stale) && !result.readOnly) {
        DatasetImport import = bundledImport();
        const DatasetImport::Result imported = import.importInto(store);
        if (!imported.ok()) {
            result.error = bundledError(imported);
            return result;
        }
        if (stale)
            result.notices << QCoreApplication::translate(
                                  "DatasetLoader",
                                  "The bundled dataset changed; %1 was updated to version %2.")
                                  .arg(databasePath, import.dataset().info.version);
    } else if (empty) {
        result.error =
            QCoreApplication::translate("DatasetLoader", "%1 is read-only and holds no dataset")
                .arg(databasePath);
        return result;
    }
    result.datasetSha256 = store.metaValue(QStringLiteral("dataset_sha256"));
    result.dataset = store.load(&result.error);
    // Every import was validated, but the file may have been changed since by other tools:
    // a claim without its citation or with a dangling actor must not be shown as evidence.
    if (result.dataset) {
        const Problems problems = DatasetValidator::validate(*result.dataset, databasePath);
        if (!problems.isEmpty()) {
            result.error = QCoreApplication::translate(
                               "DatasetLoader",
                               "%1 holds a dataset that is no longer valid (was it changed "
                               "outside Dossier?): %2; %n problem(s) in all",
                               nullptr, int(problems.size()))
                               .arg(databasePath, problems.first().toString());
            result.dataset.reset();
        }
    }
    return result;
}
