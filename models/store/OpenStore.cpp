#include "models/store/OpenStore.h"

#include "models/store/DatasetStore.h"
#include "models/store/pg/PgLocation.h"
#include "models/store/pg/PgStore.h"

#include <QCoreApplication>

bool isServerLocation(const QString &location)
{
    return PgLocation::isConnectionString(location);
}

QString displayedLocation(const QString &location)
{
    return isServerLocation(location) ? PgLocation::withoutPassword(location) : location;
}

std::unique_ptr<DossierStore> openStore(const QString &location, DossierStore::Access access,
                                        QString *error)
{
    if (isServerLocation(location)) {
        auto store = std::make_unique<PgStore>();
        if (!store->open(location, error))
            return nullptr;
        // A database not prepared, or holding no dataset yet, has nothing to show: the same
        // message as a load would give.
        if (!store->hasDataset()) {
            *error =
                QCoreApplication::translate("OpenStore", "%1 holds no dataset yet: import one with "
                                                         "'dossier import FILE --database …'")
                    .arg(store->displayName());
            return nullptr;
        }
        return store;
    }
    auto store = std::make_unique<DatasetStore>();
    if (access == DossierStore::Access::ReadOnly)
        return store->open(location, DatasetStore::Mode::ReadOnly, error) ? std::move(store)
                                                                          : nullptr;
    QString why;
    if (store->open(location, DatasetStore::Mode::ReadWrite, &why))
        return store;
    // Readable but not writable: shown, and said why it cannot be edited.
    if (!store->open(location, DatasetStore::Mode::ReadOnly, error))
        return nullptr;
    store->refusedWrite(why);
    return store;
}

DatasetLoader::Result loadDossier(const QString &location)
{
    if (!isServerLocation(location))
        return DatasetLoader::open(location);
    DatasetLoader::Result result;
    result.databasePath = location;
    auto store = openStore(location, DossierStore::Access::ReadOnly, &result.error);
    if (!store)
        return result;
    result.dataset = store->load(&result.error);
    result.datasetSha256 = store->datasetSha256();
    return result;
}
