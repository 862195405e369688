#pragma once

#include <QDockWidget>

class ClaimInspector;
class DossierSession;
class SelectionState;

/// The inspector as a dock: named for saved window state, with its View menu toggle (Show
/// Inspector, Ctrl+Alt+3), which brings it forward when it shares a tab with the citations.
class InspectorDock final : public QDockWidget
{
    Q_OBJECT
public:
    InspectorDock(DossierSession &session, SelectionState &selection, QWidget *parent = nullptr);

    ClaimInspector *inspector() const { return m_inspector; }

private:
    ClaimInspector *m_inspector;
};
