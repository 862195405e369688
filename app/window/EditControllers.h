#pragma once

#include <QObject>

class ActorActions;
class ActorEditActions;
class ClaimInspector;
class ConflictEditActions;
class CullActions;
class Dashboard;
class DatasetExportAction;
class DossierActions;
class DossierSession;
class EditActions;
class MarkupActions;
class SourceEditActions;
class QMenu;
class QStatusBar;
class QWidget;

/// The controllers that change the open dossier (claims, actors, sources, conflicts, culling,
/// markup, new dossiers and articles, export), made together and owned by one object, so the
/// window only places their actions in its menus and wires what leaves the window (opening
/// another database, another corpus folder).
class EditControllers final : public QObject
{
    Q_OBJECT
public:
    EditControllers(DossierSession &session, Dashboard &dashboard, ClaimInspector *inspector,
                    QStatusBar *status, QWidget *window);

    /// The Edit menu's editing part, in menu order.
    void addTo(QMenu *edit) const;

    EditActions *claims() const { return m_claims; }
    DossierActions *dossier() const { return m_dossier; }
    MarkupActions *markup() const { return m_markup; }
    DatasetExportAction *datasetExport() const { return m_datasetExport; }

private:
    EditActions *m_claims;
    ActorActions *m_actors;
    ActorEditActions *m_actorEditors;
    SourceEditActions *m_sources;
    ConflictEditActions *m_conflicts;
    DossierActions *m_dossier;
    CullActions *m_cull;
    MarkupActions *m_markup;
    DatasetExportAction *m_datasetExport;

    /// The citation panel's context menu: edit the claim, a source or an actor it shows.
    void wireCitationPanel(DossierSession &session, Dashboard &dashboard);
};
