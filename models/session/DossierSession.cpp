#include "models/session/DossierSession.h"

#include "models/session/ChangeCommand.h"

#include <QUndoStack>

DossierSession::DossierSession(Dataset dataset, QObject *parent)
    : QObject(parent), m_dossier(std::move(dataset)), m_undoStack(new QUndoStack(this))
{
}

DossierSession::~DossierSession() = default;

void DossierSession::setReadOnlyReason(const QString &reason)
{
    if (reason == m_readOnlyReason)
        return;
    const bool was = isEditable();
    m_readOnlyReason = reason;
    if (was != isEditable())
        emit editableChanged(isEditable());
}

Problems DossierSession::edit(Change change)
{
    if (!isEditable())
        return {readOnlyProblem()};
    Problems problems = m_dossier.apply(change, Dossier::Origin::Local);
    if (problems.isEmpty())
        m_undoStack->push(new ChangeCommand(*this, std::move(change)));
    return problems;
}

Problem DossierSession::readOnlyProblem() const
{
    Problem p;
    p.message = m_readOnlyReason;
    return p;
}

bool DossierSession::applyFromStack(Change &change)
{
    Problems problems = isEditable() ? m_dossier.apply(change, Dossier::Origin::Local)
                                     : Problems{readOnlyProblem()};
    if (problems.isEmpty())
        return true;
    emit refused(problems);
    return false;
}
