#pragma once

#include <QObject>
#include <QStringList>

class ClaimInspector;
class Dashboard;
class DossierSession;
class MarkupSession;
class QAction;
class QMenu;
class QWidget;

/// Edit ▸ Mark as Key Claim (Ctrl+D toggles), Tag Claims…, Remove Tag… and Note…: the user's
/// markup on the selected claims (issue 21), saved at once and undone through the window's
/// stack. Enabled while claims are selected and the store takes markup (otherwise the tip says
/// why). Edit ▸ Tag Colours… gives tags colours of the user's choosing, all in one undo step.
/// Owns the window's MarkupSession, which the views read.
class MarkupActions final : public QObject
{
    Q_OBJECT
public:
    MarkupActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    MarkupSession *markup() const { return m_markup; }
    void addTo(QMenu *menu) const;
    /// Adds the markup section to the inspector.
    void attachInspector(ClaimInspector *inspector);
    QAction *keyAction() const { return m_key; }
    QAction *tagAction() const { return m_tag; }
    QAction *untagAction() const { return m_untag; }
    QAction *noteAction() const { return m_note; }
    QAction *coloursAction() const { return m_colours; }

    /// Stars the selected claims as key, or, when all of them are, takes their star off.
    void toggleKey();
    /// Adds `tag` to the selected claims.
    void tagSelected(const QString &tag);
    /// Takes `tag` off the selected claims.
    void untagSelected(const QString &tag);
    /// Sets the current claim's note.
    void setNote(const QString &note);
    /// Opens Tag Colours with `tag` selected (the first tag when empty); what it gives is saved
    /// as one change.
    void askColours(const QString &tag = QString());

private:
    QStringList selectedIds() const;
    void updateEnabled();
    void updateColoursEnabled();
    void askTag();
    void askUntag();
    void askNote();
    void report(const QString &why);

    DossierSession &m_session;
    Dashboard &m_dashboard;
    QWidget *m_window;
    MarkupSession *m_markup;
    QAction *m_key;
    QAction *m_tag;
    QAction *m_untag;
    QAction *m_note;
    QAction *m_colours;
};
