#pragma once

#include <QObject>
#include <QString>

/// Tells a window that another window, process or client may have written to the store it
/// shows, so that it reads DossierStore::changesSince() (docs/design-editing.md). Each backend
/// has its own way to know (SQLite: PRAGMA data_version; PostgreSQL: LISTEN), so the session
/// holds only this and never learns which backend it follows.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    ~StoreWatcher() override = default;

    /// Looks now rather than on the next tick or notice (before an edit): emits changed()
    /// when the store was written since the last look.
    virtual void check() = 0;
    /// Empty while the store can be reached; otherwise why not, for people to read.
    virtual QString whyUnreachable() const { return {}; }

signals:
    /// Someone may have written: read changesSince() the revision seen. Sent again only
    /// after a later write, never for this connection's own writes alone.
    void changed();
    /// The store could no longer be reached (`reason`), or can again (empty).
    void reachableChanged(const QString &reason);

protected:
    explicit StoreWatcher(QObject *parent = nullptr) : QObject(parent) {}
};
