#pragma once

#include "models/data/Problem.h"
#include "models/session/WriteConflict.h"
#include "widgets/inspector/WriteConflictDialog.h"

#include <QObject>

class DossierSession;
class QWidget;

/// The window's answer to DossierSession::writeConflict: asks with a WriteConflictDialog, and
/// does what was chosen through the session's one write path, so that mine on top is one
/// more undoable edit.
class ConflictActions final : public QObject
{
    Q_OBJECT
public:
    ConflictActions(DossierSession &session, QWidget *window);

    /// Carries out `choice`; for EditMine, `edited` is the claim as the editor left it (none:
    /// the editor was cancelled, nothing is written). The problems of a refused edit.
    Problems resolve(const WriteConflict &conflict, WriteConflictDialog::Choice choice,
                     const std::optional<Claim> &edited = std::nullopt);

    /// Who changed the record last and when, if the store keeps a history and can read it.
    std::optional<LoggedChange> theirChange(const WriteConflict &conflict) const;

private:
    void ask(const WriteConflict &conflict);

    DossierSession &m_session;
    QWidget *m_window;
};
