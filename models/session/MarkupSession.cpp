#include "models/session/MarkupSession.h"

#include "models/session/DossierSession.h"
#include "models/session/MarkupCommand.h"
#include "models/store/DossierStore.h"

#include <QCoreApplication>
#include <QUndoStack>

MarkupSession::MarkupSession(DossierSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(&session, &DossierSession::storeAttached, this, &MarkupSession::reload);
    connect(&session, &DossierSession::storeChanged, this, &MarkupSession::follow);
    reload();
}

QString MarkupSession::whyNotMarkable() const
{
    if (DossierStore *store = m_session.store())
        return store->whyNotMarkable();
    return QCoreApplication::translate("MarkupSession",
                                       "No database is open: markup could not be saved.");
}

void MarkupSession::reload()
{
    Markup loaded;
    if (DossierStore *store = m_session.store()) {
        QString error;
        if (auto markup = store->loadMarkup(&error))
            loaded = std::move(*markup);
        else
            emit refused(error);
    }
    m_markup = std::move(loaded);
    emit reset();
    const bool markable = isMarkable();
    if (std::exchange(m_markable, markable) != markable)
        emit markableChanged(markable);
}

void MarkupSession::follow()
{
    DossierStore *store = m_session.store();
    if (!store)
        return;
    QString error;
    auto loaded = store->loadMarkup(&error);
    if (!loaded) {
        // A server away for a moment: the markup shown stays until the next notice, without a
        // message box for a read the user did not ask for.
        qWarning("Dossier: cannot follow the markup of %s: %s", qPrintable(store->location()),
                 qPrintable(error));
        return;
    }
    // The store also moves for evidence, and for this window's own writes on a server.
    if (*loaded == m_markup)
        return;
    const QStringList ids = m_markup.claimsDifferingFrom(*loaded);
    m_markup = std::move(*loaded);
    emit changed(ids);
}

QString MarkupSession::save(const MarkupChange &change)
{
    if (const QString why = whyNotMarkable(); !why.isEmpty())
        return why;
    QString error;
    if (!m_session.store()->writeMarkup(change, &error))
        return error;
    return {};
}

void MarkupSession::apply(const MarkupChange &change)
{
    change.applyTo(m_markup);
    QStringList ids;
    for (const MarkupChange::ClaimEdit &edit : change.claims)
        ids.append(edit.claimId);
    emit changed(ids);
}

QString MarkupSession::edit(MarkupChange change)
{
    if (change.isEmpty())
        return {};
    if (const QString why = save(change); !why.isEmpty())
        return why;
    apply(change);
    m_session.undoStack()->push(new MarkupCommand(*this, std::move(change)));
    return {};
}

bool MarkupSession::applyFromStack(const MarkupChange &change)
{
    if (const QString why = save(change); !why.isEmpty()) {
        emit refused(why);
        return false;
    }
    apply(change);
    return true;
}
