#include "widgets/inspector/ClaimMarkupPanel.h"

#include "models/filter/SelectionState.h"
#include "models/markup/Markup.h"
#include "models/session/DossierSession.h"
#include "models/session/MarkupSession.h"
#include "models/viewmodels/PlainText.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

ClaimMarkupPanel::ClaimMarkupPanel(DossierSession &session, MarkupSession &markup,
                                   SelectionState &selection, QWidget *parent)
    : QWidget(parent), m_session(session), m_markup(markup), m_selection(selection),
      m_key(new QCheckBox(tr("Key claim"), this)), m_tags(new QHBoxLayout),
      m_noTags(new QLabel(tr("No tags"), this)), m_note(new QLabel(this)),
      m_tag(new QPushButton(tr("Tag…"), this)), m_editNote(new QPushButton(tr("Note…"), this))
{
    setObjectName(QStringLiteral("claimMarkup"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Your markup"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_key->setObjectName(QStringLiteral("markupKey"));
    m_note->setObjectName(QStringLiteral("markupNote"));
    // The user's own text: never read as markup.
    for (QLabel *label : {m_noTags, m_note}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_tags->setSpacing(4);
    m_tags->addWidget(m_noTags);
    m_tags->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tag);
    buttons->addWidget(m_editNote);
    buttons->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(m_key);
    layout->addLayout(m_tags);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    m_key->setEnabled(false);
    m_tag->setEnabled(false);
    m_editNote->setEnabled(false);

    connect(&selection, &SelectionState::selectionChanged, this, &ClaimMarkupPanel::refresh);
    connect(&markup, &MarkupSession::changed, this, &ClaimMarkupPanel::refresh);
    connect(&markup, &MarkupSession::reset, this, &ClaimMarkupPanel::refresh);
    // The claims' order may move with an edit: the current claim is read again.
    connect(&session.dossier(), &Dossier::changed, this, &ClaimMarkupPanel::refresh);
    refresh();
}

void ClaimMarkupPanel::setActions(QAction *key, QAction *tag, QAction *note)
{
    m_keyAction = key;
    // The box shows the claim's state; a click asks the action, which toggles it (or refuses).
    connect(m_key, &QCheckBox::clicked, this, [this] {
        refresh();
        m_keyAction->trigger();
    });
    const auto follow = [](QAbstractButton *button, QAction *action) {
        const auto update = [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(PlainText::forAutoText(action->statusTip()));
        };
        update();
        connect(action, &QAction::changed, button, update);
    };
    follow(m_key, key);
    follow(m_tag, tag);
    follow(m_editNote, note);
    connect(m_tag, &QPushButton::clicked, tag, &QAction::trigger);
    connect(m_editNote, &QPushButton::clicked, note, &QAction::trigger);
}

QList<QLabel *> ClaimMarkupPanel::tagLabels() const
{
    QList<QLabel *> out;
    for (int i = 0; i < m_tags->count(); ++i)
        if (auto *label = qobject_cast<QLabel *>(m_tags->itemAt(i)->widget());
            label && label != m_noTags)
            out.append(label);
    return out;
}

void ClaimMarkupPanel::refresh()
{
    const int claim = m_selection.currentClaim();
    const bool valid = claim >= 0 && claim < m_session.dataset().claims.size();
    const ClaimMarkup markup =
        valid ? m_markup.markup().of(m_session.dataset().claims[claim].id) : ClaimMarkup();
    m_key->setChecked(markup.key);
    for (QLabel *old : tagLabels()) {
        m_tags->removeWidget(old);
        old->deleteLater();
    }
    int at = 0;
    for (const QString &tag : markup.tags) {
        auto *label = new QLabel(tag, this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(QStringLiteral("markupTag"));
        const QColor colour = QColor::fromString(m_markup.markup().shownColour(tag));
        // A chip in the tag's colour; the palette colours are light, so the text stays dark.
        label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #1a1a1a; border: 1px "
                                            "solid %2; border-radius: 8px; padding: 1px 6px; }")
                                 .arg(colour.name(), colour.darker(140).name()));
        label->setAccessibleName(tr("Tag %1").arg(tag));
        label->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(label, &QWidget::customContextMenuRequested, this,
                [this, label, tag](const QPoint &pos) { showTagMenu(label, tag, pos); });
        m_tags->insertWidget(at++, label);
    }
    m_noTags->setVisible(valid && markup.tags.isEmpty());
    m_note->setText(markup.note);
    m_note->setVisible(!markup.note.isEmpty());
}

void ClaimMarkupPanel::showTagMenu(QLabel *chip, const QString &tag, const QPoint &pos)
{
    // The panel's, not the chip's: the colour changed redraws the chips under the menu.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    QAction *change = menu->addAction(tr("Change Colour…"));
    change->setObjectName(QStringLiteral("changeTagColour"));
    if (m_coloursAction) {
        change->setEnabled(m_coloursAction->isEnabled());
        change->setToolTip(PlainText::forAutoText(m_coloursAction->statusTip()));
        change->setStatusTip(m_coloursAction->statusTip());
    }
    connect(change, &QAction::triggered, this, [this, tag] { emit colourRequested(tag); });
    menu->popup(chip->mapToGlobal(pos));
}
