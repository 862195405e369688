#pragma once

#include "models/data/Dataset.h"

#include <QString>
#include <atomic>
#include <future>

struct sqlite3;

/// Writes a dataset's records (every table but the search index) on a second thread, into a
/// scratch database made from the store's own table definitions, while the import's connection
/// fills the search index; the import then copies the finished tables in. A SQLite connection
/// keeps one core busy, and these two halves of an import cost about the same.
class RecordsBuild
{
public:
    /// `dataset` must outlive the build.
    explicit RecordsBuild(const Dataset &dataset);
    /// Stops an unfinished build, detaches the scratch database and deletes it.
    ~RecordsBuild();
    RecordsBuild(const RecordsBuild &) = delete;
    RecordsBuild &operator=(const RecordsBuild &) = delete;

    /// Makes the scratch database, attaches it to `store` and starts filling it. Call it
    /// outside any transaction of `store`: SQLite attaches nothing inside one. False when no
    /// scratch database can be made.
    bool start(sqlite3 *store, QString *error);
    /// Waits for the rows, then fills the store's emptied record tables with them, inside the
    /// caller's transaction. The store's connection must have foreign keys off: the build
    /// checks them. False, in SQLite's words, when the records break a constraint.
    bool copyInto(QString *error);

private:
    bool createTables(QString *error);
    void build();
    bool copyTables(QString *error);

    const Dataset &m_dataset;
    sqlite3 *m_store = nullptr;
    sqlite3 *m_scratch = nullptr;
    QString m_path;
    bool m_attached = false;
    // The build's thread sets m_written once the rows are committed, then checks their
    // references while the store copies them, and returns that verdict through m_checked. Each
    // error is written before its result is set, and read after it.
    std::promise<bool> m_written;
    std::future<bool> m_checked;
    QString m_writeError;
    QString m_checkError;
    std::atomic<bool> m_cancelled{false};
};
