#pragma once

#include "models/markup/Markup.h"

#include <QUndoCommand>

class MarkupSession;

/// One markup edit on the window's undo stack, beside ChangeCommand: redo saves and applies
/// the change, undo its inverse. Applied before it is pushed, so the first redo does nothing.
class MarkupCommand final : public QUndoCommand
{
public:
    MarkupCommand(MarkupSession &markup, MarkupChange applied);

    void undo() override;
    void redo() override;

private:
    MarkupSession &m_markup;
    MarkupChange m_change;
    bool m_pushed = false;
};
