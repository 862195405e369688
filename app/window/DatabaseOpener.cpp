#include "app/window/DatabaseOpener.h"

#include "models/store/OpenStore.h"
#include "models/viewmodels/PlainText.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace DatabaseOpener {

Outcome open(const QString &path, QWidget *parent, std::chrono::milliseconds showAfter,
             const Loader &loader)
{
    Loader load = loader ? loader : [](const QString &p) { return loadDossier(p); };
    QFuture<DatasetLoader::Result> future = QtConcurrent::run([load, path] { return load(path); });
    QFutureWatcher<DatasetLoader::Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    // A busy dialog: the store reads its tables in one go and cannot say how far it is.
    QProgressDialog progress(
        PlainText::forAutoText(QCoreApplication::translate("DatabaseOpener", "Opening %1…")
                                   .arg(isServerLocation(path) ? displayedLocation(path)
                                                               : QDir::toNativeSeparators(
                                                                     QFileInfo(path).fileName()))),
        QCoreApplication::translate("DatabaseOpener", "Cancel"), 0, 0, parent);
    progress.setWindowTitle(QCoreApplication::translate("DatabaseOpener", "Open Database"));
    progress.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    progress.setMinimumDuration(int(showAfter.count()));
    progress.setValue(0); // starts the delay before the dialog shows
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    if (!future.isFinished())
        loop.exec();
    if (!future.isFinished() || progress.wasCanceled())
        return {{}, true};
    return {future.result(), false};
}

} // namespace DatabaseOpener
