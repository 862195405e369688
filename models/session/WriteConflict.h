#pragma once

#include "models/dossier/Change.h"

#include <optional>

/// An edit, undo or redo of this window refused because someone else changed a record it
/// touches first: the record as it stands now ("theirs", taken into the dataset already) beside
/// what this window meant it to be ("mine"). Nothing is overwritten silently: the window asks
/// (WriteConflictDialog) whether to keep theirs, apply mine on top or edit mine.
struct WriteConflict
{
    Change mine;                  ///< the change refused, as this window meant it
    int operation = 0;            ///< the first of its operations that found the record changed
    std::optional<Record> theirs; ///< none: they removed it (or created it, for a removal)

    const RecordOperation &missed() const { return mine.operations[operation]; }
    /// What this window wanted the record to be; none for a removal.
    const std::optional<Record> &mineRecord() const { return missed().after; }

    /// The first operation of `change` whose record `dataset` no longer holds as the change
    /// expects (its `before`); none when every one still fits.
    static std::optional<WriteConflict> find(const Change &change, const Dataset &dataset);
    /// `mine` again, from what `dataset` holds now: each record goes from theirs to mine, so
    /// that applying it puts mine on top as one more edit. Records already as mine are left.
    static Change rebased(const Change &mine, const Dataset &dataset);
};
