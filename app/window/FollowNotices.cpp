#include "app/window/FollowNotices.h"

#include "models/session/DossierSession.h"

#include <QMessageBox>
#include <QStatusBar>

FollowNotices::FollowNotices(DossierSession &session, QStatusBar *status, QWidget *window)
    : QObject(window), m_session(session), m_status(status), m_window(window)
{
    connect(&session, &DossierSession::editableChanged, this, &FollowNotices::editableChanged);
    connect(&session, &DossierSession::inDoubtResolved, this, &FollowNotices::inDoubtResolved);
    connect(&session, &DossierSession::outOfStep, this, &FollowNotices::outOfStep);
}

void FollowNotices::editableChanged(bool editable)
{
    // A status bar message is plain text; no timeout: it stays while edits are refused.
    if (!editable)
        m_status->showMessage(m_session.readOnlyReason());
    else
        m_status->clearMessage();
}

void FollowNotices::inDoubtResolved(const QString &description, bool saved)
{
    QMessageBox box(
        QMessageBox::Information, tr("Connection Back"),
        saved ? tr("“%1” was saved before the connection was lost.").arg(description)
              : tr("“%1” was not saved: the connection was lost before it was.").arg(description),
        QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void FollowNotices::outOfStep()
{
    QMessageBox box(QMessageBox::Warning, tr("Dossier Out of Step"),
                    tr("A change made elsewhere could not be shown here. Open the dossier "
                       "again to see it as it is stored."),
                    QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
