#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"
#include "models/store/DatasetStore.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

/// Reading a dataset file, validating it and writing it into a store: the one path every
/// caller takes (start-up's bundled dataset, `dossier check` and `dossier import`, a file
/// dropped on the window). The file is read and validated once, whatever follows.
///
/// It runs on whichever thread calls it, and may be cancelled from another (through the
/// cancel check): between steps, and inside the write, which then rolls back.
class DatasetImport
{
public:
    enum class Step
    {
        Read,
        Validate,
        Write
    };
    /// Where the work stands: the step under way and the share of the whole call done, in
    /// thousandths. Each call of check() or an import reports each of its steps as it starts,
    /// then more of the step as it goes; the thousandths never go down. On the working thread.
    using Progress = std::function<void(Step step, int permille)>;
    /// Asked now and then on the working thread: true stops the work.
    using CancelCheck = std::function<bool()>;

    enum class Outcome
    {
        Done,      ///< checked (check()) or written (the imports)
        Invalid,   ///< the reader or the validator found problems; nothing was written
        Cancelled, ///< stopped on request; nothing was written
        Failed,    ///< the store refused the write (see error); nothing was written
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        /// What the reader, or else the validator, found: each problem once.
        Problems problems;
        QString error; ///< why the write failed, in words
        bool ok() const { return outcome == Outcome::Done; }
    };

    /// The dataset file at `path`, named by that path in messages.
    explicit DatasetImport(QString path);
    /// A dataset already in memory (the bundled one), named `name` in messages.
    DatasetImport(QByteArray json, QString name);

    const QString &name() const { return m_name; }
    /// What the store records as the dataset's origin; the name unless set.
    void setOrigin(const QString &origin) { m_origin = origin; }
    /// Whether the store records the dataset as the bundled one (only the loader says so).
    void setProvenance(DatasetStore::Provenance provenance) { m_provenance = provenance; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelCheck(CancelCheck cancelled) { m_cancelled = std::move(cancelled); }

    /// Reads and validates. Done once: later calls, and the imports, reuse the outcome.
    Result check();
    /// Checks, then replaces the content of the open `store` in one transaction.
    Result importInto(DatasetStore &store);

    enum class FileMode
    {
        CreateNew,      ///< refuse a file that exists: never over the user's data
        CreateOrReplace ///< a new file, or replace the content of an existing database
    };
    /// Checks, then writes into the database at `path`. A file this call created is removed
    /// again when the import does not succeed: a failed or cancelled import leaves the disk
    /// as it found it.
    Result importIntoFile(const QString &path, FileMode mode);

    /// The dataset as read (whole once check() succeeded; what could be read otherwise).
    const Dataset &dataset() const { return m_dataset; }
    /// Moves the dataset out: for a caller that keeps it once the import is done.
    Dataset takeDataset() { return std::move(m_dataset); }
    /// Hex SHA-256 of the bytes read; empty before reading.
    QString sha256() const { return m_sha256; }

private:
    class Meter;
    Result checkWith(Meter &meter);
    Result writeInto(DatasetStore &store, Meter &meter);
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    QString m_path;
    QByteArray m_json;
    QString m_name;
    QString m_origin;
    DatasetStore::Provenance m_provenance = DatasetStore::Provenance::UserFile;
    Progress m_progress;
    CancelCheck m_cancelled;
    std::optional<Result> m_checked;
    Dataset m_dataset;
    QString m_sha256;
};
