#pragma once

#include "models/dossier/Change.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <optional>

/// The version each record of a store is at: 1 as imported, and each change that writes a
/// record leaves it at the version the change expected plus one (a record created anew expects
/// 0; one created again by an undo expects one more than the version it was removed at). What a
/// Dossier fills RecordOperation::expectedVersion from.
class RecordVersions
{
public:
    /// 0 for a record the store does not hold.
    int of(RecordTable table, const QString &id) const
    {
        return m_versions[size_t(table)].value(id, 0);
    }
    void set(RecordTable table, const QString &id, int version)
    {
        m_versions[size_t(table)].insert(id, version);
    }
    void remove(RecordTable table, const QString &id) { m_versions[size_t(table)].remove(id); }
    qsizetype count(RecordTable table) const { return m_versions[size_t(table)].size(); }
    /// Follows a change the store wrote: each record it wrote moves to its expected version
    /// plus one, each it removed is gone.
    void apply(const Change &change);

    bool operator==(const RecordVersions &) const = default;

private:
    std::array<QHash<QString, int>, 4> m_versions;
};

/// One change as the store keeps it: the history's entry.
struct LoggedChange
{
    quint64 revision = 0;
    QDateTime time; ///< UTC
    QString user;
    Change change; ///< with its description

    bool operator==(const LoggedChange &) const = default;
};

/// What writing a change came to.
struct WriteResult
{
    enum class Outcome
    {
        Written,
        /// A record was not at the version the change expected (another window or client
        /// wrote it, or removed it, or created one with its id): nothing was written.
        Conflict,
        Failed ///< the store could not write (see error): nothing was written
    };
    Outcome outcome = Outcome::Failed;
    quint64 revision = 0; ///< the revision the change was written as
    QString error;
    /// On a conflict: the first operation that missed (its index in the change), and its
    /// record as the store has it ("theirs"), none when the store holds no record of that id;
    /// theirsVersion is then 0.
    int operation = -1;
    std::optional<Record> theirs;
    int theirsVersion = 0;

    /// Failed because the server could not be reached (nothing written, unless inDoubt).
    bool lost = false;
    /// The server went away during COMMIT: whether the change was written is known only once
    /// it is back (changesSince(revision - 1) holds it at `revision`, or not).
    bool inDoubt = false;

    bool ok() const { return outcome == Outcome::Written; }
};
