#include "models/session/ChangeCommand.h"

#include "models/session/DossierSession.h"

ChangeCommand::ChangeCommand(DossierSession &session, Change applied)
    : m_session(session), m_change(std::move(applied))
{
    setText(m_change.description);
}

void ChangeCommand::undo()
{
    Change inverse = m_change.inverse();
    // Refused (another window changed the record since): the stack cannot go past it.
    if (!m_session.applyFromStack(inverse))
        setObsolete(true);
}

void ChangeCommand::redo()
{
    if (!std::exchange(m_pushed, true))
        return;
    Change again = m_change;
    if (m_session.applyFromStack(again))
        m_change = again;
    else
        setObsolete(true);
}
