#include "tests/support/StoreBackends.h"

#include "models/store/DatasetStore.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

void StoreBackends::addColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString StoreBackends::begin(const QString &backend, bool *skip)
{
    *skip = false;
    m_backend = backend;
    ++m_row;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("no temporary folder: %1").arg(m_dir->errorString());
    if (isSqlite())
        return {};
    if (!m_clusterTried) {
        m_clusterTried = true;
        m_cluster.start();
    }
    if (m_cluster.port() != 0)
        return {};
    *skip = m_cluster.binariesMissing() && !PgCluster::mustRun();
    return m_cluster.error();
}

QString StoreBackends::databaseName(const QString &name) const
{
    return QStringLiteral("w%1_%2").arg(m_row).arg(name.section(u'.', 0, 0));
}

QString StoreBackends::location(const QString &name) const
{
    if (isSqlite())
        return m_dir->filePath(name);
    return m_cluster.uri(databaseName(name));
}

std::unique_ptr<DossierStore> StoreBackends::createdEmpty(const QString &name, QString *error)
{
    if (isSqlite()) {
        auto file = std::make_unique<DatasetStore>();
        if (file->open(location(name), DatasetStore::Mode::ReadWrite, error))
            return file;
        return nullptr;
    }
    auto server = std::make_unique<PgStore>();
    if (m_cluster.createDatabase(databaseName(name), error) &&
        server->open(location(name), error) && server->init(error))
        return server;
    return nullptr;
}

std::unique_ptr<DossierStore> StoreBackends::created(const QString &name, const Dataset &dataset)
{
    QString error;
    auto store = createdEmpty(name, &error);
    if (!store ||
        !store->importDataset(dataset, QStringLiteral("mini"), QStringLiteral("m"), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return store;
}

std::unique_ptr<DossierStore> StoreBackends::opened(const QString &name) const
{
    QString error;
    auto store = openStore(location(name), DossierStore::Access::ReadWrite, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

bool StoreBackends::exec(const QString &name, const QString &sql, QString *error) const
{
    if (!isSqlite())
        return m_cluster.exec(sql, error, databaseName(name));
    const QString connection = QStringLiteral("StoreBackends::exec");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location(name));
        QSqlQuery q(db);
        ok = db.open() && q.exec(sql);
        if (!ok)
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
