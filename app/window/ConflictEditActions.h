#pragma once

#include <QObject>

class Dashboard;
class DossierSession;
class QAction;
class QMenu;
class QWidget;

/// Edit ▸ Edit Conflict… and Delete Conflict… (also in the conflicts view's context menu), on
/// the conflict current in the conflicts view, through the session's one write path. What a
/// conflict is about is edited here; its claims are those recorded (Record Conflict… records
/// another set). Nothing refers to a conflict, so deleting one asks, naming its claims, and
/// leaves the claims as they are.
class ConflictEditActions final : public QObject
{
    Q_OBJECT
public:
    ConflictEditActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    void addTo(QMenu *menu) const;
    QAction *editConflictAction() const { return m_editConflict; }
    QAction *deleteConflictAction() const { return m_deleteConflict; }

    void editCurrentConflict();
    void deleteCurrentConflict();

private:
    /// The conflict of the conflicts view's current row, or -1.
    int currentConflict() const;
    void updateEnabled();

    DossierSession &m_session;
    Dashboard &m_dashboard;
    QWidget *m_window;
    QAction *m_editConflict;
    QAction *m_deleteConflict;
};
