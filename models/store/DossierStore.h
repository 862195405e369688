#pragma once

#include "models/data/Dataset.h"
#include "models/dossier/Change.h"
#include "models/markup/Markup.h"
#include "models/store/ChangeLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class StoreWatcher;

/// What the session and the commands need of the store behind a dossier, whichever it is: a
/// SQLite file (DatasetStore) or a PostgreSQL server (PgStore). openStore() (OpenStore.h) picks
/// the backend from the location, so nothing above this knows which one it has.
class DossierStore
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    virtual ~DossierStore() = default;

    /// How messages name the dossier: a file's path, a server's connection string without its
    /// password.
    virtual QString location() const = 0;
    /// Empty when changes can be written; otherwise why not, for people to read.
    virtual QString whyNotWritable() const = 0;
    bool isWritable() const { return whyNotWritable().isEmpty(); }
    /// True when the store knows who writes (a server's login): the user given to write() is
    /// then left empty, so that the history names that login rather than a name anyone can set.
    virtual bool knowsItsUsers() const = 0;

    /// The whole dataset; with `versions` and `revision`, the records' versions and the
    /// revision too, all from one snapshot.
    virtual std::optional<Dataset> load(QString *error, RecordVersions *versions = nullptr,
                                        quint64 *revision = nullptr) = 0;
    /// Replaces the whole content with `dataset` in one transaction: every record at version 1,
    /// the revision back to 0 and the history emptied. `origin` (the file's path, for people to
    /// read) and `datasetSha256` are kept beside it.
    virtual bool importDataset(const Dataset &dataset, const QString &origin,
                               const QString &datasetSha256, QString *error) = 0;
    /// Writes `change` in one transaction, checking each operation's expected version, with a
    /// row of history by `user`. A record not at the version expected is a conflict (with
    /// theirs), and nothing is written.
    virtual WriteResult write(const Change &change, const QString &user) = 0;
    /// The changes written after `revision`, oldest first.
    virtual std::optional<QList<LoggedChange>> changesSince(quint64 revision,
                                                            QString *error) const = 0;
    /// The changes that touched one record, oldest first.
    virtual std::optional<QList<LoggedChange>> history(RecordTable table, const QString &id,
                                                       QString *error) const = 0;
    /// How many changes were written since the last import.
    virtual quint64 revision() const = 0;
    /// The digest of the dataset file the dossier was imported from.
    virtual QString datasetSha256() const = 0;

    // Markup (issue 21): the user's stars, tags and notes, in tables apart from the evidence.
    // A store that keeps none says so here rather than each backend at once being made to.

    /// Empty when markup can be written; otherwise why not, for people to read. A reviewer may
    /// mark up what it cannot change.
    virtual QString whyNotMarkable() const
    {
        return QCoreApplication::translate("DossierStore", "This dossier keeps no markup.");
    }
    bool isMarkable() const { return whyNotMarkable().isEmpty(); }
    /// All the markup; empty for a store that keeps none.
    virtual std::optional<Markup> loadMarkup(QString *error) const
    {
        Q_UNUSED(error);
        return Markup();
    }
    /// Writes one markup change in one transaction. The evidence's revision and history are
    /// left alone: changesSince() replays evidence, and markup is not.
    virtual bool writeMarkup(const MarkupChange &change, QString *error)
    {
        Q_UNUSED(change);
        *error = whyNotMarkable();
        return false;
    }
    /// Replaces all the markup with `markup` in one transaction (an import that asks for it).
    virtual bool replaceMarkup(const Markup &markup, QString *error)
    {
        Q_UNUSED(markup);
        *error = whyNotMarkable();
        return false;
    }

    // Following other writers (windows, processes, clients), issues 21 and 22.
    /// A watcher that says when someone else wrote, so that the caller reads changesSince();
    /// null, with `error`, when this store cannot be followed. The store must outlive it.
    virtual std::unique_ptr<StoreWatcher> watch(QString *error) = 0;
    /// After the connection was lost (StoreWatcher::reachableChanged): connects again; false,
    /// with `error`, while the store still cannot be reached. A file is never lost.
    virtual bool reconnect(QString *error)
    {
        Q_UNUSED(error);
        return true;
    }

protected:
    DossierStore() = default;
    DossierStore(const DossierStore &) = delete;
    DossierStore &operator=(const DossierStore &) = delete;
};
