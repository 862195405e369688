#pragma once

#include "models/session/WriteConflict.h"

#include <QList>
#include <QString>

class Dataset;

/// One field of the record a WriteConflict is about, as an investigator reads it: its value in
/// words (a date at its precision, actors by name with their role, a quote with its source and
/// paragraph, a kind by its label), never the authoring format's JSON. Every text is plain and
/// its dataset parts bidi-isolated (TextUtil::isolated), so it goes into a table cell as is.
struct ConflictField
{
    QString field; ///< the authoring format's name ("date", "statement")
    QString label; ///< the field as readers call it ("Date")
    QString theirs;
    QString mine;
    bool differs = false; ///< the stored values differ, not merely their words
};

namespace WriteConflictFields {

/// The fields of the conflict's record, those that differ first, each group in the authoring
/// format's order; `dataset` names the actors and sources the record refers to. A side with no
/// record (removed, or a removal of mine) reads "(removed)" in every field.
QList<ConflictField> of(const WriteConflict &conflict, const Dataset &dataset);

} // namespace WriteConflictFields
