#pragma once

#include "models/data/Problem.h"
#include "models/dossier/Change.h"
#include "models/dossier/Dossier.h"
#include "models/session/WriteConflict.h"

#include <QObject>
#include <memory>
#include <optional>

class DossierStore;
class QUndoStack;
class RecordVersions;
class StoreWatcher;
class QTimer;

/// The open dossier as a window edits it: the Dossier (dataset and its one write path) and
/// the undo stack of this window's edits. Views read the dossier and follow its changed()
/// signal; menus take their Undo and Redo actions from the stack.
class DossierSession final : public QObject
{
    Q_OBJECT
public:
    explicit DossierSession(Dataset dataset, QObject *parent = nullptr);
    ~DossierSession() override;

    Dossier &dossier() { return m_dossier; }
    const Dataset &dataset() const { return m_dossier.dataset(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Whether edits are possible, and if not, why (a read-only file, the bundled dataset).
    bool isEditable() const { return m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnlyReason(const QString &reason);

    /// Saves every edit, undo and redo in the store at `location` (the one the dataset was
    /// loaded from: a SQLite file or a PostgreSQL server, see openStore()), each in its own
    /// transaction, as `user` in its history (a server names its own login instead). A store
    /// that cannot be written (read-only file or medium, the bundled dataset's copy, a role
    /// without the right) makes the session read-only with the reason. False, with `error`,
    /// when the location cannot be opened at all.
    bool attachStore(const QString &location, const QString &user, QString *error);
    /// The store edits are saved in; null when edits are not saved (no database).
    DossierStore *store() const { return m_store.get(); }
    /// The store's revision this window shows: every change up to it is in the dataset.
    quint64 seenRevision() const { return m_seen; }
    /// Reads what others wrote since seenRevision() and applies it as remote changes (shown,
    /// never undone from here). The store's watcher calls it when someone wrote; the session
    /// itself before each edit, undo and redo. False, with `error`, when it cannot be read.
    bool catchUp(QString *error = nullptr);
    /// The user's configured name (Preferences), else the login name.
    static QString defaultUser();

    /// Validates and applies an edit and puts it on the undo stack. Refused (problems
    /// returned, nothing changed) when the session is read-only or the change would break the
    /// dataset.
    Problems edit(Change change);

    /// For ChangeCommand: applies a change the stack undoes or redoes; false when refused, said
    /// with refused().
    bool applyFromStack(Change &change);

    /// True from a refusal caused by someone else's change until writeConflict() is
    /// emitted for it: whoever reports the refusal leaves it to that signal's dialog.
    bool conflictPending() const { return m_conflictPending; }

signals:
    void editableChanged(bool editable);
    /// attachStore() gave the session a store (MarkupSession reads its markup then).
    void storeAttached();
    /// The store's watcher saw someone else write (evidence or markup), and the evidence is
    /// caught up: MarkupSession reads the markup again then.
    void storeChanged();
    /// An undo or redo the dataset refused: the stack stops there.
    void refused(const Problems &problems);
    /// An edit, undo or redo was refused because someone else changed a record first (their
    /// version is in the dataset by now): the window asks what to do (WriteConflictDialog).
    /// Sent after the refusal's problems are returned, so a receiver may edit again.
    void writeConflict(const WriteConflict &conflict);
    /// An edit whose saving the server did not answer (it went away during COMMIT), once the
    /// server is back: `saved`, or not saved at all.
    void inDoubtResolved(const QString &description, bool saved);
    /// Someone else's change, written as `revision`, is applied here now.
    void remoteApplied(quint64 revision);
    /// A change another writer made could not be applied here (the dataset shown is no
    /// longer the store's: opening the dossier again shows the store's).
    void outOfStep(const Problems &problems);

private:
    Problem readOnlyProblem() const;
    Problems write(Change &change);
    /// The revision the dataset shown was loaded at, when the store has moved on since (the
    /// store's `snapshot` at `revision` differs from it); `versions` taken back to it.
    quint64 loadedRevision(const DossierStore &store, const Dataset &snapshot, quint64 revision,
                           RecordVersions &versions) const;
    /// Applies the changes after seenRevision() and before `before` as remote ones.
    bool applyRemote(quint64 before, QString *error);
    /// Before an edit: what others wrote is taken in first, so that the edit is checked
    /// against it and takes its place after it.
    void lookBeforeEditing();
    /// The server went away: read-only with the reason, and a timer reconnects.
    void serverLost(const QString &reason);
    /// Connects again; once it does, says what became of an edit in doubt, catches up and
    /// lets edits through again.
    void reconnect();
    void resolveInDoubt();
    /// After a refused `change`: if someone else's change is why, says so with writeConflict().
    void reportConflict(const Change &change);

    Dossier m_dossier;
    QUndoStack *m_undoStack;
    QString m_readOnlyReason;
    std::unique_ptr<DossierStore> m_store;
    std::unique_ptr<RecordVersions> m_versions; ///< the store's, as of m_seen
    std::unique_ptr<StoreWatcher> m_watcher;
    quint64 m_seen = 0;
    bool m_applyingRemote = false;
    /// The server cannot be reached: the reason edits were refused before it went.
    bool m_lost = false;
    bool m_conflictPending = false; ///< a writeConflict() queued, not yet emitted
    QString m_beforeLost;
    QTimer *m_reconnect;
    struct InDoubt
    {
        Change change;
        quint64 revision;
    };
    std::optional<InDoubt> m_inDoubt;
    QString m_user;
};
