#pragma once

#include "app/window/EditRefusal.h"

#include "models/dossier/ChangeDescription.h"
#include "models/session/DossierSession.h"

#include <QString>
#include <QStringList>

class QWidget;

/// Deleting an actor, a source or a conflict, the same way from every controller: a
/// confirmation that lists what refers to the record, then the removal as one edit (one undo),
/// refused as any other edit is.
namespace RecordDeletion {

/// What the confirmation says, in the controller's own words.
struct Wording
{
    QString title;          ///< "Delete Actor"
    QString question;       ///< "Delete actor a1 (Elon Musk)?"
    QString whenFree;       ///< nothing refers to it: what deleting it does
    QString whenReferenced; ///< what refers to it stops the deletion; %1 is the list
    QString notDone;        ///< "The actor was not deleted."
};

/// Asks, as plain text. While anything refers to the record, no Delete button is offered: the
/// validator would refuse it, naming the same records, and the way on is to change those
/// first. True when the user chose Delete.
bool confirmed(QWidget *parent, const Wording &wording, const QStringList &references);

/// Asks, then removes `gone` through the session.
template <typename Record>
void run(QWidget *parent, DossierSession &session, const Record &gone, const Wording &wording,
         const QStringList &references = {})
{
    if (!confirmed(parent, wording, references))
        return;
    const Problems problems = session.edit(Change::remove(gone, ChangeDescription::ofRemove(gone)));
    if (!problems.isEmpty())
        EditRefusal::show(parent, session, wording.notDone, EditRefusal::lines(problems));
}

} // namespace RecordDeletion
