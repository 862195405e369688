#pragma once

#include <QObject>

class DossierSession;
class QStatusBar;
class QWidget;

/// What the window tells of following the store: the reason edits are refused while the
/// server cannot be reached (in the status bar, until it is back), what became of an edit
/// whose saving the server did not answer, and a dataset gone out of step with the store.
class FollowNotices final : public QObject
{
    Q_OBJECT
public:
    FollowNotices(DossierSession &session, QStatusBar *status, QWidget *window);

private:
    void editableChanged(bool editable);
    void inDoubtResolved(const QString &description, bool saved);
    void outOfStep();

    DossierSession &m_session;
    QStatusBar *m_status;
    QWidget *m_window;
};
