#pragma once

#include <QObject>

class Dashboard;
class DossierSession;
class QAction;
class QMenu;
class QWidget;

/// Edit ▸ Edit Source… and Delete Source…, through the session's one write path. There is no
/// list of sources to select in: each asks which source, among all, starting from the first
/// one the current claim cites (the citation panel's). Deleting asks first, listing the claims
/// that cite the source; a source still cited is not deleted (the validator would refuse it
/// too). Its corpus file stays, as after undoing Add Article: it is evidence. The citation
/// panel's context menu names the source, and editSource(int) opens the form on it directly.
class SourceEditActions final : public QObject
{
    Q_OBJECT
public:
    SourceEditActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    void addTo(QMenu *menu) const;
    QAction *editSourceAction() const { return m_editSource; }
    QAction *deleteSourceAction() const { return m_deleteSource; }

    void editSource();
    /// Opens the source form on source `source` (a dataset index) and applies what it gives.
    void editSource(int source);
    void deleteSource();

private:
    /// Asks which source; -1 when the user gives up.
    int chooseSource(const QString &title);
    void updateEnabled();

    DossierSession &m_session;
    Dashboard &m_dashboard;
    QWidget *m_window;
    QAction *m_editSource;
    QAction *m_deleteSource;
};
