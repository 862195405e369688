#pragma once

#include "models/store/StoreWatcher.h"

class DatasetStore;
class QTimer;

/// Follows a SQLite file written by another connection (another window or process):
/// `PRAGMA data_version` on the store's own connection moves only when someone else commits,
/// so a cheap look on a short timer, and one before each edit, is enough. SQLite has no
/// notifications of its own.
class SqliteWatcher final : public StoreWatcher
{
    Q_OBJECT
public:
    /// Looks every `intervalMs`; `store` must outlive the watcher.
    SqliteWatcher(const DatasetStore &store, int intervalMs, QObject *parent = nullptr);

    void check() override;

private:
    const DatasetStore &m_store;
    QTimer *m_timer;
    qint64 m_seen;
};
