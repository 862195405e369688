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
/// the menu's are. A chip's context menu offers Change Colour…, which asks for Tag Colours on
/// that tag.
class ClaimMarkupPanel final : public QWidget
{
    Q_OBJECT
public:
    ClaimMarkupPanel(DossierSession &session, MarkupSession &markup, SelectionState &selection,
                     QWidget *parent = nullptr);

    /// The actions the star, Tag… and Note… trigger (MarkupActions').
    void setActions(QAction *key, QAction *tag, QAction *note);
    /// Edit ▸ Tag Colours…, whose state (enabled, tip) a chip's Change Colour… follows.
    void setColourAction(QAction *colours) { m_coloursAction = colours; }

    QCheckBox *keyBox() const { return m_key; }
    /// One label per tag, in the claim's order.
    QList<QLabel *> tagLabels() const;
    QLabel *note() const { return m_note; }

    void refresh();
    /// The chip's menu, at `pos` in the chip; opened by its context menu event.
    void showTagMenu(QLabel *chip, const QString &tag, const QPoint &pos);

signals:
    /// The user asked to change the colour of `tag`.
    void colourRequested(const QString &tag);

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
    QAction *m_coloursAction = nullptr;
};
