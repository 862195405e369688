#include "app/window/AccessLabel.h"

#include "models/session/DossierSession.h"
#include "models/session/MarkupSession.h"
#include "models/viewmodels/PlainText.h"

AccessLabel::AccessLabel(DossierSession &session, MarkupSession &markup, QWidget *parent)
    : QLabel(parent), m_session(session), m_markup(markup)
{
    setObjectName(QStringLiteral("accessLabel"));
    setTextFormat(Qt::PlainText); // the reasons quote file names and server messages
    setAccessibleDescription(tr("What this window may change in the dossier"));
    connect(&session, &DossierSession::editableChanged, this, &AccessLabel::refresh);
    connect(&session, &DossierSession::storeAttached, this, &AccessLabel::refresh);
    connect(&markup, &MarkupSession::markableChanged, this, &AccessLabel::refresh);
    refresh();
}

void AccessLabel::refresh()
{
    const QString markupWhy = m_markup.whyNotMarkable();
    if (m_session.isEditable()) {
        if (m_session.store()) {
            setText(tr("Editing"));
            setToolTip(tr("Edits, markup, undo and redo are saved at once."));
        } else {
            setText(tr("Editing, not saved"));
            setToolTip(tr("This dossier has no database: edits last until the window closes."));
        }
    } else if (markupWhy.isEmpty()) {
        setText(tr("Markup only"));
        setToolTip(PlainText::forAutoText(
            tr("Stars, tags and notes are saved; the evidence cannot be changed: %1")
                .arg(m_session.readOnlyReason())));
    } else {
        setText(tr("Read only"));
        setToolTip(PlainText::forAutoText(m_session.readOnlyReason()));
    }
    setAccessibleName(text());
}
