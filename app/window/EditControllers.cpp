#include "app/window/EditControllers.h"

#include "app/window/ActorActions.h"
#include "app/window/ActorEditActions.h"
#include "app/window/ConflictActions.h"
#include "app/window/ConflictEditActions.h"
#include "app/window/CullActions.h"
#include "app/window/DatasetExportAction.h"
#include "app/window/DossierActions.h"
#include "app/window/EditActions.h"
#include "app/window/FollowNotices.h"
#include "app/window/MarkupActions.h"
#include "app/window/SourceEditActions.h"

#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "models/session/MarkupSession.h"
#include "widgets/inspector/ClaimInspector.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/Dashboard.h"

#include <QAction>

#include <QMenu>

EditControllers::EditControllers(DossierSession &session, Dashboard &dashboard,
                                 ClaimInspector *inspector, QStatusBar *status, QWidget *window)
    : QObject(window), m_claims(new EditActions(session, dashboard, window)),
      m_actors(new ActorActions(session, dashboard, window)),
      m_actorEditors(new ActorEditActions(session, dashboard, window)),
      m_sources(new SourceEditActions(session, dashboard, window)),
      m_conflicts(new ConflictEditActions(session, dashboard, window)),
      m_dossier(new DossierActions(session, dashboard, window)),
      m_cull(new CullActions(session, dashboard, window)),
      m_markup(new MarkupActions(session, dashboard, window)),
      m_datasetExport(new DatasetExportAction(session, window))
{
    inspector->setEditAction(m_claims->editClaimAction());
    m_markup->attachInspector(inspector);
    m_datasetExport->setMarkup(&m_markup->markup()->markup());
    // Neither has actions: one answers a refused save with theirs and mine, the other tells
    // what arrived from other windows.
    new ConflictActions(session, window);
    new FollowNotices(session, status, window);
    wireCitationPanel(session, dashboard);
}

void EditControllers::wireCitationPanel(DossierSession &session, Dashboard &dashboard)
{
    CitationPanel *panel = dashboard.citationPanel();
    const auto refusal = [panel, &session] {
        panel->setEditRefusal(session.isEditable() ? QString() : session.readOnlyReason());
    };
    refusal();
    connect(&session, &DossierSession::editableChanged, panel, refusal);
    connect(panel, &CitationPanel::editClaimRequested, m_claims, [this, &dashboard](int claim) {
        // The panel shows the current claim, which Edit Claim… edits; a selection of
        // several claims is kept.
        if (dashboard.selection()->currentClaim() != claim)
            dashboard.selection()->setCurrentClaim(claim);
        m_claims->editClaimAction()->trigger();
    });
    connect(panel, &CitationPanel::editSourceRequested, m_sources,
            qOverload<int>(&SourceEditActions::editSource));
    connect(panel, &CitationPanel::editActorRequested, m_actorEditors,
            &ActorEditActions::editActor);
}

void EditControllers::addTo(QMenu *edit) const
{
    m_claims->addTo(edit);
    m_actors->addTo(edit);
    m_actorEditors->addTo(edit);
    m_sources->addTo(edit);
    m_conflicts->addTo(edit);
    m_cull->addTo(edit);
    edit->addSeparator();
    m_markup->addTo(edit);
}
