#pragma once

#include "models/data/Problem.h"

#include <QStringList>

class DossierSession;
class QWidget;

/// Telling the user an edit was refused, the same way from every controller.
namespace EditRefusal {

/// Says that `what` was not done, and why, one reason a line, as plain text. Says nothing when
/// the reason is someone else's change to the same record: the session's writeConflict() then
/// brings the dialog that shows theirs and mine (ConflictActions), and one dialog is enough.
void show(QWidget *parent, const DossierSession &session, const QString &what,
          const QStringList &why);
/// Each problem as a line for show().
QStringList lines(const Problems &problems);

} // namespace EditRefusal
