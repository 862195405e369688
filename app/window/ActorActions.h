#pragma once

#include <QObject>

class Dashboard;
class DossierSession;
class QAction;
class QMenu;
class QWidget;

/// Edit ▸ Merge Actors… (also in the actor list's context menu) and Edit ▸ Record Conflict…:
/// edits that gather several records into one change, through the session's write path.
/// Enabled while the dossier can be edited and there is something to act on (otherwise their
/// tip says why).
class ActorActions final : public QObject
{
    Q_OBJECT
public:
    ActorActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    void addTo(QMenu *menu) const;
    QAction *mergeActorsAction() const { return m_mergeActors; }
    QAction *recordConflictAction() const { return m_recordConflict; }

    /// Asks which actor the current one in the actor list goes into, then merges it.
    void mergeCurrentActor();
    /// Asks what the selected claims disagree on, then records the conflict.
    void recordConflict();

private:
    void updateEnabled();

    DossierSession &m_session;
    Dashboard &m_dashboard;
    QWidget *m_window;
    QAction *m_mergeActors;
    QAction *m_recordConflict;
};
