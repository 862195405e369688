#include "widgets/inspector/InspectorDock.h"

#include "widgets/inspector/ClaimInspector.h"

#include <QAction>

InspectorDock::InspectorDock(DossierSession &session, SelectionState &selection, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent),
      m_inspector(new ClaimInspector(session, selection, this))
{
    setObjectName(QStringLiteral("inspectorDock"));
    setWidget(m_inspector);
    setAccessibleName(tr("Inspector"));
    setAccessibleDescription(tr("The selected claim's fields and the history of its changes"));
    m_inspector->setMinimumWidth(180);
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("Show &Inspector"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Alt+3")));
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            raise(); // a tab behind the citations otherwise
    });
}
