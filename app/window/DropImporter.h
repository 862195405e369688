#pragma once

#include "models/store/DatasetImport.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QFileInfo;
class QMimeData;
class QWidget;

/// What a drop on the window does: a folder becomes the corpus; a text file or saved page
/// (.txt, .html, .htm) is an article to add; a dataset JSON file is
/// read and validated (problems are listed in a dialog) and, when sound, imported into a new
/// database file the user names (never over an existing one), which is then opened.
///
/// The file is read once (DatasetImport), and both the checking and the writing run on the
/// thread pool: the window keeps painting, and a long import shows its progress with a Cancel
/// button. A cancelled import writes nothing and the open dataset stays as it is.
class DropImporter final : public QObject
{
    Q_OBJECT
public:
    explicit DropImporter(QWidget *window);
    /// Asks a running import to stop; it rolls back on its own thread.
    ~DropImporter() override;

    /// The local file or folder a drag carries, or empty when it carries nothing we take.
    static QString acceptedPath(const QMimeData *mime);
    /// Handles a dropped path. A dataset dropped while another imports is refused.
    void handle(const QString &path);
    bool isBusy() const { return bool(m_import); }
    /// Asks the running import to stop, as its dialog's Cancel does. Any thread.
    void cancel();

    /// Asks where a dataset goes: a new database file, or empty to give up. By default a file
    /// dialog; tests answer themselves.
    using DatabaseChooser = std::function<QString(const QString &json, const QString &suggested)>;
    void setDatabaseChooser(DatabaseChooser chooser) { m_chooseDatabase = std::move(chooser); }
    /// For tests: called on the importing thread as each step of an import starts.
    using StepObserver = std::function<void(DatasetImport::Step step)>;
    void setStepObserver(StepObserver observer) { m_observeStep = std::move(observer); }
    /// The progress dialog of the running step; null when none is running.
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    void corpusDropped(const QString &folder);
    void databaseCreated(const QString &database);
    /// A text file or saved page was dropped: the window offers to add it as an article.
    void articleDropped(const QString &file);
    /// A dropped dataset's import ended: imported, refused as invalid, failed or cancelled.
    void importFinished(DatasetImport::Outcome outcome);

private:
    using Work = std::function<DatasetImport::Result(DatasetImport &)>;
    static bool isDataset(const QFileInfo &file);
    static bool isArticle(const QFileInfo &file);
    void importDataset(const QString &json);
    /// Runs `work` on the thread pool with a progress dialog, then `done` on this thread.
    void runStep(const QString &label, Work work,
                 std::function<void(const DatasetImport::Result &)> done);
    void checked(const QString &json, const DatasetImport::Result &result);
    void imported(const QString &database, const DatasetImport::Result &result);
    void finish(DatasetImport::Outcome outcome);
    QString suggestedDatabase(const QString &json) const;

    QWidget *m_window;
    DatabaseChooser m_chooseDatabase;
    StepObserver m_observeStep;
    /// Shared with the worker, which may outlive this object.
    std::shared_ptr<DatasetImport> m_import;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QPointer<QProgressDialog> m_dialog;
};
