#pragma once

#include "models/data/Problem.h"
#include "models/dossier/Change.h"
#include "models/dossier/Dossier.h"

#include <QObject>
#include <memory>

class DossierStore;
class QUndoStack;
class RecordVersions;

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
    /// The user's configured name (Preferences), else the login name.
    static QString defaultUser();

    /// Validates and applies an edit and puts it on the undo stack. Refused (problems
    /// returned, nothing changed) when the session is read-only or the change would break the
    /// dataset.
    Problems edit(Change change);

    /// For ChangeCommand: applies a change the stack undoes or redoes; false when refused, said
    /// with refused().
    bool applyFromStack(Change &change);

signals:
    void editableChanged(bool editable);
    /// attachStore() gave the session a store (MarkupSession reads its markup then).
    void storeAttached();
    /// An undo or redo the dataset refused: the stack stops there.
    void refused(const Problems &problems);

private:
    Problem readOnlyProblem() const;
    Problems write(Change &change);

    Dossier m_dossier;
    QUndoStack *m_undoStack;
    QString m_readOnlyReason;
    std::unique_ptr<DossierStore> m_store;
    std::unique_ptr<RecordVersions> m_versions; ///< read from the store on the first write
    QString m_user;
};
