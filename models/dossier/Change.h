#pragma once

#include "models/data/Dataset.h"

#include <QList>
#include <QString>
#include <optional>
#include <variant>

/// The tables a change can touch.
enum class RecordTable
{
    Source,
    Actor,
    Claim,
    Conflict
};

/// One record as a value: a std::variant rather than one optional per type, so that an
/// operation cannot hold a claim before and an actor after it, and so that the table follows
/// from the record instead of being a second fact to keep in step.
using Record = std::variant<Source, Actor, Claim, Conflict>;

RecordTable tableOf(const Record &record);
QString idOf(const Record &record);

/// One record created (only `after`), edited (both) or removed (only `before`).
struct RecordOperation
{
    QString id;
    std::optional<Record> before;
    std::optional<Record> after;
    /// The version the store must find the record at (step 2 of docs/design-editing.md checks
    /// it when writing); 0 for a record never written.
    int expectedVersion = 0;
    /// Where the record goes when created (-1: at the end). A removal's is filled in when it
    /// applies (DatasetEdit::apply) with where the record stood, so that its inverse puts it
    /// back in its place and the dataset comes back byte for byte.
    int position = -1;

    /// The table of whichever record the operation holds (Source for a malformed one that
    /// holds none: ChangeValidator refuses it).
    RecordTable table() const;

    bool operator==(const RecordOperation &) const = default;
};

/// An edit as a value: record operations applied in order, and how a user names it
/// ("Change date of c052") in Edit ▸ Undo. Composite edits (a merge, a deletion with what
/// refers to it) are one change. Its inverse is what undo applies, so no edit needs undo code
/// of its own.
struct Change
{
    QList<RecordOperation> operations;
    QString description;

    /// The operations reversed, each with before and after swapped, at the position it acted
    /// on and expecting the version it left.
    Change inverse() const;

    static Change create(const Record &after, const QString &description, int expectedVersion = 0);
    static Change edit(const Record &before, const Record &after, const QString &description,
                       int expectedVersion = 0);
    static Change remove(const Record &before, const QString &description, int expectedVersion = 0);

    bool operator==(const Change &) const = default;
};
