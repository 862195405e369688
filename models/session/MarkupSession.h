#pragma once

#include "models/markup/Markup.h"

#include <QObject>
#include <QStringList>

class DossierSession;

/// The dossier's markup as a window edits it: read from the session's store when one is
/// attached, each edit saved at once and put on the session's undo stack (MarkupCommand), so
/// that Edit ▸ Undo walks markup and evidence edits in the order they were made. Markup is not
/// evidence: it never goes through Dossier::apply, and a reviewer may mark up what it cannot
/// change.
class MarkupSession final : public QObject
{
    Q_OBJECT
public:
    explicit MarkupSession(DossierSession &session, QObject *parent = nullptr);

    const Markup &markup() const { return m_markup; }
    /// Empty when markup can be saved; otherwise why not, for people to read.
    QString whyNotMarkable() const;
    bool isMarkable() const { return whyNotMarkable().isEmpty(); }

    /// Saves `change`, applies it and puts it on the undo stack; the reason when refused
    /// (nothing changed then). An empty change does nothing.
    QString edit(MarkupChange change);
    /// For MarkupCommand: saves and applies a change the stack undoes or redoes; false when
    /// refused, said with refused().
    bool applyFromStack(const MarkupChange &change);
    /// Reads the markup from the store again, whole (a store attached).
    void reload();
    /// Reads the markup again after someone else may have written it (the store's watcher,
    /// through DossierSession::storeChanged()) and tells the views only the claims whose
    /// markup differs now. Unreadable or unchanged, it leaves what is shown as it is. What was
    /// read this way is never on this window's undo stack.
    void follow();

signals:
    /// These claims' markup changed (tag colours too, when `colours`).
    void changed(const QStringList &claimIds);
    /// The whole markup was read again.
    void reset();
    void markableChanged(bool markable);
    void refused(const QString &why);

private:
    QString save(const MarkupChange &change);
    void apply(const MarkupChange &change);

    DossierSession &m_session;
    Markup m_markup;
    bool m_markable = false;
};
