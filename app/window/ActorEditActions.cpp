#include "app/window/ActorEditActions.h"

#include "app/window/EditRefusal.h"
#include "app/window/RecordDeletion.h"

#include "models/data/TextUtil.h"
#include "models/dossier/ChangeDescription.h"
#include "models/dossier/RecordReferences.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "widgets/editing/ActorEditDialog.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QMenu>

ActorEditActions::ActorEditActions(DossierSession &session, Dashboard &dashboard, QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard), m_window(window),
      m_editActor(new QAction(tr("Edit &Actor…"), this)),
      m_deleteActor(new QAction(tr("Delete Act&or…"), this))
{
    m_editActor->setObjectName(QStringLiteral("editActor"));
    m_deleteActor->setObjectName(QStringLiteral("deleteActor"));
    connect(m_editActor, &QAction::triggered, this, &ActorEditActions::editCurrentActor);
    connect(m_deleteActor, &QAction::triggered, this, &ActorEditActions::deleteCurrentActor);
    // ActorActions made the list's context menu its actions.
    ActorListView *actors = dashboard.actorList();
    actors->addAction(m_editActor);
    actors->addAction(m_deleteActor);
    SelectionState *selection = dashboard.selection();
    connect(selection, &SelectionState::highlightedActorChanged, this,
            &ActorEditActions::updateEnabled);
    connect(&session, &DossierSession::editableChanged, this, &ActorEditActions::updateEnabled);
    connect(&session.dossier(), &Dossier::changed, this, &ActorEditActions::updateEnabled);
    updateEnabled();
}

void ActorEditActions::addTo(QMenu *menu) const
{
    menu->addAction(m_editActor);
    menu->addAction(m_deleteActor);
}

void ActorEditActions::updateEnabled()
{
    const bool editable = m_session.isEditable();
    const int actor = m_dashboard.selection()->highlightedActor();
    const bool current = actor >= 0 && actor < m_session.dataset().actors.size();
    const QString why = !editable  ? m_session.readOnlyReason()
                        : !current ? tr("Select an actor in the actor list first")
                                   : QString();
    m_editActor->setEnabled(editable && current);
    m_deleteActor->setEnabled(editable && current);
    m_editActor->setStatusTip(
        why.isEmpty() ? tr("Edit the selected actor's name, kind, aliases and description") : why);
    m_deleteActor->setStatusTip(why.isEmpty() ? tr("Delete the selected actor") : why);
}

void ActorEditActions::editCurrentActor()
{
    editActor(m_dashboard.selection()->highlightedActor());
}

void ActorEditActions::editActor(int actor)
{
    const Dataset &dataset = m_session.dataset();
    if (actor < 0 || actor >= dataset.actors.size() || !m_session.isEditable())
        return;
    const Actor before = dataset.actors[actor];
    ActorEditDialog dialog(dataset, before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Actor after = dialog.actor();
    const Problems problems =
        m_session.edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)));
    if (!problems.isEmpty()) {
        EditRefusal::show(m_window, m_session, tr("The actor was not changed."),
                          EditRefusal::lines(problems));
    }
}

void ActorEditActions::deleteCurrentActor()
{
    const int actor = m_dashboard.selection()->highlightedActor();
    if (actor < 0 || !m_session.isEditable())
        return;
    const Dataset &dataset = m_session.dataset();
    const Actor gone = dataset.actors[actor];
    const QStringList references = RecordReferences::toActor(dataset, actor);
    // A named actor is not offered for deletion: the way on is to merge it or edit those
    // claims.
    RecordDeletion::run(
        m_window, m_session, gone,
        {tr("Delete Actor"),
         tr("Delete actor %1 (%2)?").arg(gone.id, TextUtil::isolated(gone.name)),
         tr("No claim names it. Edit ▸ Undo brings it back."),
         tr("It cannot be deleted while claims name it:\n%1\n\nMerge it into another actor, "
            "or take it out of those claims first."),
         tr("The actor was not deleted.")},
        references);
}
