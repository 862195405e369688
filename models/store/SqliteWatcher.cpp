#include "models/store/SqliteWatcher.h"

#include "models/store/DatasetStore.h"

#include <QTimer>

SqliteWatcher::SqliteWatcher(const DatasetStore &store, int intervalMs, QObject *parent)
    : StoreWatcher(parent), m_store(store), m_timer(new QTimer(this)), m_seen(store.dataVersion())
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SqliteWatcher::check);
    m_timer->start();
}

void SqliteWatcher::check()
{
    const qint64 now = m_store.dataVersion();
    if (now == m_seen || now < 0)
        return;
    m_seen = now;
    emit changed();
}
