#pragma once

#include <QWidget>

class DossierSession;
class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class SelectionState;

/// The current claim up close: its fields as plain text, an Edit… button, and its history as
/// the store recorded it (when, who, what, each field before → after). It follows the shared
/// selection and the dossier's changes, and reads the history only while it is shown, so that
/// a closed inspector costs nothing as the user walks the claims.
class ClaimInspector final : public QWidget
{
    Q_OBJECT
public:
    ClaimInspector(DossierSession &session, SelectionState &selection, QWidget *parent = nullptr);

    /// The Edit… button triggers `action` (Edit ▸ Edit Claim…) and is enabled with it.
    void setEditAction(QAction *action);

    QTreeWidget *history() const { return m_history; }
    /// What the history says when it has no rows, or why it is not recorded.
    QLabel *historyNote() const { return m_historyNote; }
    QLabel *fields() const { return m_fields; }
    QPushButton *editButton() const { return m_edit; }

    /// Places a section (the markup's) between the fields and the history.
    void addSection(QWidget *section);

    /// Shows the current claim and reads its history again.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshIfShown();
    void showFields(int claim);
    void showHistory(int claim);

    DossierSession &m_session;
    SelectionState &m_selection;
    QLabel *m_title;
    QLabel *m_fields;
    QPushButton *m_edit;
    QTreeWidget *m_history;
    QLabel *m_historyNote;
    QWidget *m_historyHeading;
    bool m_stale = true; ///< changed while hidden: read again when shown
};
