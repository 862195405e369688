#include "app/window/ActorActions.h"

#include "app/window/EditRefusal.h"

#include "models/dossier/ConflictRecording.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "widgets/inspector/ActorMergeDialog.h"
#include "widgets/inspector/ConflictDialog.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

ActorActions::ActorActions(DossierSession &session, Dashboard &dashboard, QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard), m_window(window),
      m_mergeActors(new QAction(tr("&Merge Actors…"), this)),
      m_recordConflict(new QAction(tr("Record &Conflict…"), this))
{
    m_mergeActors->setObjectName(QStringLiteral("mergeActors"));
    m_recordConflict->setObjectName(QStringLiteral("recordConflict"));
    m_recordConflict->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    connect(m_mergeActors, &QAction::triggered, this, &ActorActions::mergeCurrentActor);
    connect(m_recordConflict, &QAction::triggered, this, &ActorActions::recordConflict);
    // The actor list's context menu is its actions: right-clicking a row makes it current.
    ActorListView *actors = dashboard.actorList();
    actors->setContextMenuPolicy(Qt::ActionsContextMenu);
    actors->addAction(m_mergeActors);
    SelectionState *selection = dashboard.selection();
    connect(selection, &SelectionState::selectionChanged, this, &ActorActions::updateEnabled);
    connect(selection, &SelectionState::highlightedActorChanged, this,
            &ActorActions::updateEnabled);
    connect(&session, &DossierSession::editableChanged, this, &ActorActions::updateEnabled);
    connect(&session.dossier(), &Dossier::changed, this, &ActorActions::updateEnabled);
    updateEnabled();
}

void ActorActions::addTo(QMenu *menu) const
{
    menu->addAction(m_mergeActors);
    menu->addAction(m_recordConflict);
}

void ActorActions::updateEnabled()
{
    const bool editable = m_session.isEditable();
    const int actor = m_dashboard.selection()->highlightedActor();
    const bool canMerge = actor >= 0 && m_session.dataset().actors.size() > 1;
    m_mergeActors->setEnabled(editable && canMerge);
    m_mergeActors->setStatusTip(!editable ? m_session.readOnlyReason()
                                : !canMerge
                                    ? tr("Select an actor in the actor list first")
                                    : tr("Merge the selected actor into another, keeping every "
                                         "claim that names it"));
    const bool twoClaims = m_dashboard.selection()->selectedClaims().size() >= 2;
    m_recordConflict->setEnabled(editable && twoClaims);
    m_recordConflict->setStatusTip(!editable    ? m_session.readOnlyReason()
                                   : !twoClaims ? tr("Select two claims or more in the table first")
                                                : tr("Record that the selected claims disagree"));
}

void ActorActions::mergeCurrentActor()
{
    const int actor = m_dashboard.selection()->highlightedActor();
    if (actor < 0 || !m_session.isEditable())
        return;
    const Dataset &dataset = m_session.dataset();
    ActorMergeDialog dialog(dataset, {dataset.actors[actor].id}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ActorMerge merge = dialog.merge();
    if (!merge.ok()) {
        EditRefusal::show(m_window, m_session, tr("The actors were not merged."), {merge.refusal});
        return;
    }
    if (const Problems problems = m_session.edit(merge.change); !problems.isEmpty()) {
        EditRefusal::show(m_window, m_session, tr("The actors were not merged."),
                          EditRefusal::lines(problems));
    }
}

void ActorActions::recordConflict()
{
    QList<int> claims = m_dashboard.selection()->selectedClaims();
    if (claims.size() < 2 || !m_session.isEditable())
        return;
    std::sort(claims.begin(), claims.end());
    const Dataset &dataset = m_session.dataset();
    ConflictDialog dialog(dataset, claims, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList ids;
    for (const int claim : std::as_const(claims))
        ids.append(dataset.claims[claim].id);
    const Problems problems =
        m_session.edit(ConflictRecording::of(dataset, ids, dialog.about()->text().trimmed()));
    if (!problems.isEmpty()) {
        EditRefusal::show(m_window, m_session, tr("The conflict was not recorded."),
                          EditRefusal::lines(problems));
    }
}
