#pragma once

#include <QWidget>

class DossierSession;
class MarkupSession;
class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class SelectionState;

/// The inspector's markup section: the current claim's key star, its tags in their colours
/// and the user's note, all plain text, with buttons for Edit ▸ Tag Claims… and Note…. The
/// star and buttons trigger the window's actions, so they are enabled, refused and undone as
/// the menu's are.
class ClaimMarkupPanel final : public QWidget
{
    Q_OBJECT
public:
    ClaimMarkupPanel(DossierSession &session, MarkupSession &markup, SelectionState &selection,
                     QWidget *parent = nullptr);

    /// The actions the star, Tag… and Note… trigger (MarkupActions').
    void setActions(QAction *key, QAction *tag, QAction *note);

    QCheckBox *keyBox() const { return m_key; }
    /// One label per tag, in the claim's order.
    QList<QLabel *> tagLabels() const;
    QLabel *note() const { return m_note; }

    void refresh();

private:
    DossierSession &m_session;
    MarkupSession &m_markup;
    SelectionState &m_selection;
    QCheckBox *m_key;
    QHBoxLayout *m_tags;
    QLabel *m_noTags;
    QLabel *m_note;
    QPushButton *m_tag;
    QPushButton *m_editNote;
    QAction *m_keyAction = nullptr;
};
