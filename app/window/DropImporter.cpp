#include "app/window/DropImporter.h"

#include "models/store/DatasetLoader.h"
#include "models/viewmodels/PlainText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPromise>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// An import shorter than this shows no dialog: a flash would be noise.
constexpr int ProgressDelayMs = 400;
// Problems listed in the dialog of a refused file; the count says how many there are in all.
constexpr int ProblemsShown = 50;

} // namespace

DropImporter::DropImporter(QWidget *window)
    : QObject(window), m_window(window), m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_chooseDatabase = [window](const QString &, const QString &suggested) {
        return QFileDialog::getSaveFileName(window, tr("Import Dataset into a New Database"),
                                            suggested, tr("Dossier databases (*.sqlite)"));
    };
}

DropImporter::~DropImporter()
{
    cancel();
}

void DropImporter::cancel()
{
    m_cancelled->store(true);
}

bool DropImporter::isDataset(const QFileInfo &file)
{
    return file.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

bool DropImporter::isArticle(const QFileInfo &file)
{
    // The kinds ArticleIntake reads: a text file, a saved page.
    for (const char *suffix : {"txt", "html", "htm"})
        if (file.suffix().compare(QLatin1String(suffix), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString DropImporter::acceptedPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    if (info.isDir() || (info.isFile() && (isDataset(info) || isArticle(info))))
        return info.absoluteFilePath();
    return {};
}

void DropImporter::handle(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        emit corpusDropped(info.absoluteFilePath());
    else if (info.isFile() && isArticle(info))
        emit articleDropped(info.absoluteFilePath());
    else if (info.isFile())
        importDataset(info.absoluteFilePath());
}

void DropImporter::importDataset(const QString &json)
{
    if (isBusy())
        return;
    m_cancelled->store(false);
    m_import = std::make_shared<DatasetImport>(json);
    m_import->setOrigin(QFileInfo(json).fileName());
    runStep(
        tr("Reading %1…").arg(QFileInfo(json).fileName()),
        [](DatasetImport &import) { return import.check(); },
        [this, json](const DatasetImport::Result &result) { checked(json, result); });
}

void DropImporter::runStep(const QString &label, Work work,
                           std::function<void(const DatasetImport::Result &)> done)
{
    // Modeless: the dashboard stays usable while the import works, and a modal progress
    // dialog would run nested event loops from setValue().
    // The label names the file: plain text, whatever the file is called.
    auto *dialog =
        new QProgressDialog(PlainText::forAutoText(label), tr("Cancel"), 0, 1000, m_window);
    dialog->setWindowTitle(tr("Import Dataset"));
    dialog->setWindowModality(Qt::NonModal);
    dialog->setMinimumDuration(ProgressDelayMs);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    m_dialog = dialog;
    connect(dialog, &QProgressDialog::canceled, this, &DropImporter::cancel);

    auto *watcher = new QFutureWatcher<DatasetImport::Result>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [watcher, dialog = QPointer<QProgressDialog>(dialog), done] {
                const DatasetImport::Result result = watcher->result();
                watcher->deleteLater();
                // Deleted now, not later: `done` may open a file dialog, whose event loop runs no
                // deferred deletion but does run this dialog's delayed show.
                delete dialog.data();
                done(result);
            });
    // The worker holds its own references: it may outlive this object, which only asks it to
    // stop. The import rolls back on the worker's thread.
    watcher->setFuture(QtConcurrent::run(
        [import = m_import, cancelled = m_cancelled, observe = m_observeStep,
         work = std::move(work)](QPromise<DatasetImport::Result> &promise) {
        promise.setProgressRange(0, 1000);
            import->setCancelCheck([cancelled] { return cancelled->load(); });
            std::optional<DatasetImport::Step> current;
            import->setProgress([&](DatasetImport::Step step, int permille) {
        if (observe && current != step)
            observe(step);
        current = step;
        promise.setProgressValue(permille);
            });
            promise.addResult(work(*import));
            import->setProgress({}); // it refers to this promise
            import->setCancelCheck({});
}));
}

void DropImporter::checked(const QString &json, const DatasetImport::Result &result)
{
    if (result.outcome == DatasetImport::Outcome::Invalid) {
        QStringList lines;
        for (const Problem &p : result.problems.mid(0, ProblemsShown))
            lines << p.toString();
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Import Dataset"),
            PlainText::forAutoText(tr("%1 cannot be imported: it has %n problem(s).", nullptr,
                                      int(result.problems.size()))
                                       .arg(QDir::toNativeSeparators(json))),
            QMessageBox::Close, m_window);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        finish(result.outcome);
        return;
    }
    if (!result.ok() || m_cancelled->load()) {
        finish(result.ok() ? DatasetImport::Outcome::Cancelled : result.outcome);
        return;
    }
    const QString database = m_chooseDatabase(json, suggestedDatabase(json));
    if (database.isEmpty()) {
        finish(DatasetImport::Outcome::Cancelled);
        return;
    }
    runStep(
        tr("Importing into %1…").arg(QFileInfo(database).fileName()),
        [database](DatasetImport &import) {
            return import.importIntoFile(database, DatasetImport::FileMode::CreateNew);
        },
        [this, database](const DatasetImport::Result &r) { imported(database, r); });
}

void DropImporter::imported(const QString &database, const DatasetImport::Result &result)
{
    if (result.outcome == DatasetImport::Outcome::Failed) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Import Dataset"),
            PlainText::forAutoText(tr("The dataset was not imported:\n%1").arg(result.error)),
            QMessageBox::Close, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    finish(result.outcome);
    if (result.ok())
        emit databaseCreated(database);
}

void DropImporter::finish(DatasetImport::Outcome outcome)
{
    m_import.reset();
    emit importFinished(outcome);
}

QString DropImporter::suggestedDatabase(const QString &json) const
{
    // A new file next to the user's data, named after the dataset; the user may choose another.
    const QDir dataDir = QFileInfo(DatasetLoader::defaultDatabasePath()).absoluteDir();
    QString base = QFileInfo(json).completeBaseName();
    // "dispute.dossier.json" (the name of the dataset type) becomes "dispute.sqlite".
    const QLatin1String typeSuffix(".dossier");
    if (base.size() > typeSuffix.size() && base.endsWith(typeSuffix, Qt::CaseInsensitive))
        base.chop(typeSuffix.size());
    QString suggested = dataDir.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = dataDir.filePath(QStringLiteral("%1-%2.sqlite").arg(base, QString::number(n)));
    QDir().mkpath(dataDir.absolutePath());
    return suggested;
}
