#pragma once

#include <QObject>

class Dashboard;
class DossierSession;
class QAction;
class QMenu;
class QWidget;

/// Edit ▸ Edit Claim… and Delete Claim…: the actions, enabled while there is a current claim
/// and the dossier can be edited (otherwise their tip says why), and what they do through the
/// session's one write path.
class EditActions final : public QObject
{
    Q_OBJECT
public:
    EditActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    void addTo(QMenu *menu) const;
    QAction *editClaimAction() const { return m_editClaim; }
    QAction *deleteClaimAction() const { return m_deleteClaim; }
    /// File ▸ Save Copy As…: the dossier as it stands into a new database the user can edit.
    QAction *saveCopyAction() const { return m_saveCopy; }
    /// Writes the copy; false with `error` when it cannot.
    bool saveCopyTo(const QString &path, QString *error);

    /// Opens the form on the current claim and applies what it gives.
    void editCurrentClaim();
    /// Asks, listing what refers to the current claim, then deletes it with those references.
    void deleteCurrentClaim();

signals:
    /// A copy was saved: the window opens it.
    void copySaved(const QString &path);

private:
    void updateEnabled();

    DossierSession &m_session;
    Dashboard &m_dashboard;
    QWidget *m_window;
    QAction *m_editClaim;
    QAction *m_deleteClaim;
    QAction *m_saveCopy;
};
