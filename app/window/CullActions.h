#pragma once

#include "models/corpus/QuoteAnchor.h"

#include <QObject>

class ArticleView;
class Dashboard;
class DossierSession;
class QAction;
class QMenu;
class QWidget;

/// Culling from the article view: *New Claim from Selection* (Ctrl+N) opens the claim form on
/// a new claim citing the selected passage; *Add Citation to Selected Claim* adds that citation
/// to the current claim. Both are in the Edit menu and the article text's context menu, enabled
/// while a passage of a dossier's source is selected and the dossier can be edited (otherwise
/// their tip says why), and go through the session's one write path as one undoable edit.
class CullActions final : public QObject
{
    Q_OBJECT
public:
    CullActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    void addTo(QMenu *menu) const;
    QAction *newClaimAction() const { return m_newClaim; }
    QAction *addCitationAction() const { return m_addCitation; }

    /// The citation the article view's selection makes, or why it cannot make one.
    QuoteAnchor::Result selectedCitation() const;

    void newClaimFromSelection();
    void addCitationToSelectedClaim();

private:
    void updateEnabled();
    /// Why no passage can be culled now; empty when one can.
    QString whyNotCulling() const;
    void clearSelection();
    void report(const QString &what, const QString &why);

    DossierSession &m_session;
    Dashboard &m_dashboard;
    ArticleView *m_view;
    QAction *m_newClaim;
    QAction *m_addCitation;
};
