#pragma once

#include "models/dossier/Change.h"

#include <QString>

/// How Edit ▸ Undo and the history name an edit, in the reader's language: "Change date of
/// c052" when one field changed, "Edit claim c052" when several did, "Add claim c053",
/// "Delete claim c052".
namespace ChangeDescription {

QString ofEdit(const Record &before, const Record &after);
QString ofCreate(const Record &record);
QString ofRemove(const Record &record);
/// A field named as in the authoring format ("responds_to"), as readers call it.
QString fieldLabel(const QString &field);

} // namespace ChangeDescription
