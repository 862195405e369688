#pragma once

#include "models/dossier/Change.h"

#include <QUndoCommand>

class DossierSession;

/// One edit on the undo stack: redo applies the change, undo its inverse, both through the
/// session's one write path (so both are validated, written and shown like any edit). The
/// change is applied before the command is pushed, so the first redo, which QUndoStack::push
/// makes, does nothing.
class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(DossierSession &session, Change applied);

    void undo() override;
    void redo() override;

    const Change &change() const { return m_change; }

private:
    DossierSession &m_session;
    Change m_change;
    bool m_pushed = false;
};
