#include "models/session/MarkupCommand.h"

#include "models/session/MarkupSession.h"

MarkupCommand::MarkupCommand(MarkupSession &markup, MarkupChange applied)
    : m_markup(markup), m_change(std::move(applied))
{
    setText(m_change.description);
}

void MarkupCommand::undo()
{
    // Refused (the store cannot be written any more): the stack cannot go past it.
    if (!m_markup.applyFromStack(m_change.inverse()))
        setObsolete(true);
}

void MarkupCommand::redo()
{
    if (!std::exchange(m_pushed, true))
        return;
    if (!m_markup.applyFromStack(m_change))
        setObsolete(true);
}
