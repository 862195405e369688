#pragma once

#include <QObject>

class Dashboard;
class DossierSession;
class QAction;
class QMenu;
class QWidget;

/// Edit ▸ Edit Actor… and Delete Actor… (also in the actor list's context menu), on the actor
/// current in the actor list, through the session's one write path. A double-click in the list
/// keeps its meaning (only that actor's claims). Deleting asks first; an actor that claims still
/// name is not deleted (the validator would refuse it too): the confirmation lists those claims.
class ActorEditActions final : public QObject
{
    Q_OBJECT
public:
    ActorEditActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    void addTo(QMenu *menu) const;
    QAction *editActorAction() const { return m_editActor; }
    QAction *deleteActorAction() const { return m_deleteActor; }

    /// Opens the actor form on the current actor and applies what it gives.
    void editCurrentActor();
    /// Opens the actor form on actor `actor` (a dataset index; the citation panel names it).
    void editActor(int actor);
    /// Asks, listing what names the current actor, then deletes it.
    void deleteCurrentActor();

private:
    void updateEnabled();

    DossierSession &m_session;
    Dashboard &m_dashboard;
    QWidget *m_window;
    QAction *m_editActor;
    QAction *m_deleteActor;
};
