// A dataset dropped on the window: read once, checked and written on the thread pool, with a
// Cancel that leaves everything as it was.
#include "app/cli/CommandLine.h"
#include "app/window/DossierApplication.h"
#include "app/window/DropImporter.h"
#include "app/window/MainWindow.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/DatasetStore.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/views/Dashboard.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QPointer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

Q_DECLARE_METATYPE(DatasetImport::Outcome)

namespace {

using Step = DatasetImport::Step;

/// The steps an import ran and the threads it ran them on; written from the worker.
struct Trace
{
    QMutex mutex;
    QList<Step> steps;
    QList<QThread *> threads;

    DropImporter::StepObserver observer()
    {
        return [this](Step step) {
            QMutexLocker lock(&mutex);
            steps << step;
            threads << QThread::currentThread();
        };
    }
};

} // namespace

class TestGuiImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<DatasetImport::Outcome>();
        WindowFixture::isolateSettings(m_settings);
        QVERIFY(m_files.isValid());
        m_dataset = TestSupport::miniDataset();
    }

    void init()
    {
        m_window = WindowFixture::openWindow(m_dataset);
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    // While the user names the new database, the reading step's progress dialog is gone and
    // stays gone: its delayed show must not bring it back over the file dialog.
    void readingProgressStaysClosedWhileAskingForTheDatabase()
    {
        const QString json = m_files.filePath(QStringLiteral("asked.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(DatasetJsonWriter::write(m_dataset));
        f.close();
        DropImporter *drops = m_window->dropImporter();
        QStringList shownWhileAsking;
        drops->setDatabaseChooser([&](const QString &, const QString &) {
            // Past the dialog's delayed show, in a nested loop as a file dialog runs one (which,
            // unlike QTest::qWait, leaves deferred deletions for later).
            QEventLoop loop;
            QTimer::singleShot(800, &loop, &QEventLoop::quit);
            loop.exec();
            for (QWidget *w : QApplication::topLevelWidgets())
                if (qobject_cast<QProgressDialog *>(w) && w->isVisible())
                    shownWhileAsking << qobject_cast<QProgressDialog *>(w)->labelText();
            return QString(); // the user cancels
        });
        QSignalSpy finished(drops, &DropImporter::importFinished);
        drops->handle(json);
        QVERIFY(finished.wait(30000));
        QVERIFY2(shownWhileAsking.isEmpty(), qPrintable(shownWhileAsking.join(QLatin1Char(' '))));
    }

    // Dropped like a file from a file manager: the drop event, then the import, off the GUI
    // thread, with the file read once.
    void droppedFileIsReadOnceOffTheGuiThread()
    {
        DropImporter *drops = m_window->dropImporter();
        Trace trace;
        drops->setStepObserver(trace.observer());
        const QString database = m_files.filePath(QStringLiteral("dropped.sqlite"));
        int asked = 0;
        drops->setDatabaseChooser([&](const QString &, const QString &) {
            ++asked;
            return database;
        });
        QSignalSpy finished(drops, &DropImporter::importFinished);
        QSignalSpy created(drops, &DropImporter::databaseCreated);
        QSignalSpy reopen(m_window.get(), &MainWindow::openDatabaseRequested);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(TestSupport::dataPath(QStringLiteral("mini.json")))});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(finished.wait(30000));

        QCOMPARE(finished.first().first().value<DatasetImport::Outcome>(),
                 DatasetImport::Outcome::Done);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().toString(), database);
        QCOMPARE(reopen.size(), 1);
        QCOMPARE(asked, 1);
        QCOMPARE(trace.steps, (QList<Step>{Step::Read, Step::Validate, Step::Write}));
        for (QThread *thread : std::as_const(trace.threads))
            QVERIFY2(thread != qApp->thread(), "an import step ran on the GUI thread");
        QVERIFY(!drops->isBusy());
        DatasetStore store;
        QString error;
        QVERIFY(store.open(database, DatasetStore::Mode::ReadOnly, &error));
        const auto loaded = store.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->claims.size(), m_dataset.claims.size());
        QCOMPARE(store.metaValue(QStringLiteral("origin")), QStringLiteral("mini.json"));
    }

    // Cancel, as the progress dialog's button does, once rows are being written: no file, no
    // new window, the open dataset untouched.
    void cancelledImportLeavesEverythingAsItWas()
    {
        const QString json = m_files.filePath(QStringLiteral("large.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(DatasetJsonWriter::write(SyntheticDataset::generate({6000, 200, 50, 4})));
        f.close();
        DropImporter *drops = m_window->dropImporter();
        const QString database = m_files.filePath(QStringLiteral("cancelled.sqlite"));
        drops->setDatabaseChooser([&](const QString &, const QString &) { return database; });
        Trace trace;
        drops->setStepObserver([&, record = trace.observer()](Step step) {
            record(step);
            if (step == Step::Write)
                drops->cancel();
        });
        QSignalSpy finished(drops, &DropImporter::importFinished);
        QSignalSpy created(drops, &DropImporter::databaseCreated);
        drops->handle(json);
        QVERIFY(drops->isBusy());
        QVERIFY(drops->progressDialog());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<DatasetImport::Outcome>(),
                 DatasetImport::Outcome::Cancelled);
        QVERIFY(trace.steps.contains(Step::Write));
        QCOMPARE(created.size(), 0);
        QVERIFY(!QFile::exists(database));
        QCOMPARE(m_window->dashboard()->dataset().claims.size(), m_dataset.claims.size());
    }

    // An invalid file is read and refused once; nobody is asked where to put it.
    void invalidFileIsRefusedWithItsProblems()
    {
        const QString json = m_files.filePath(QStringLiteral("broken.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"dossier-dataset\", \"format_version\": 1, \"claims\": 3}");
        file.close();
        DropImporter *drops = m_window->dropImporter();
        Trace trace;
        drops->setStepObserver(trace.observer());
        int asked = 0;
        drops->setDatabaseChooser([&](const QString &, const QString &) {
            ++asked;
            return m_files.filePath(QStringLiteral("never.sqlite"));
        });
        QSignalSpy finished(drops, &DropImporter::importFinished);
        drops->handle(json);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<DatasetImport::Outcome>(),
                 DatasetImport::Outcome::Invalid);
        QCOMPARE(asked, 0);
        QCOMPARE(trace.steps, QList<Step>{Step::Read});
        QVERIFY(!QFile::exists(m_files.filePath(QStringLiteral("never.sqlite"))));
        const auto boxes = m_window->findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.first()->text().contains(QStringLiteral("broken.json")));
        boxes.first()->close();
    }

    // `dossier FILE.dossier.json`, as a file manager runs the desktop entry: the window opens
    // on its usual database and offers to import the file as it does a dropped one: checked,
    // a new database asked for (named after the dataset), written, then opened.
    void launchedWithDatasetOffersImport()
    {
        const QString json = m_files.filePath(QStringLiteral("launched.dossier.json"));
        QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("mini.json")), json));
        const QString usual = m_files.filePath(QStringLiteral("usual.sqlite"));
        CommandLine::WindowOptions options;
        int exitCode = -1;
        QVERIFY(CommandLine::parseWindowOptions(
            {QStringLiteral("dossier"), QStringLiteral("--database"), usual, json}, &options,
            &exitCode));

        QPointer<MainWindow> window = DossierApplication::showWindow(options);
        QVERIFY(window);
        QCOMPARE(window->databasePath(), usual);
        DropImporter *drops = window->dropImporter();
        const QString database = m_files.filePath(QStringLiteral("launched.sqlite"));
        QString askedFor;
        QString suggested;
        drops->setDatabaseChooser([&](const QString &file, const QString &suggestion) {
            askedFor = file;
            suggested = QFileInfo(suggestion).fileName();
            return database;
        });
        QSignalSpy finished(drops, &DropImporter::importFinished);
        QSignalSpy created(drops, &DropImporter::databaseCreated);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<DatasetImport::Outcome>(),
                 DatasetImport::Outcome::Done);
        QCOMPARE(askedFor, json);
        QCOMPARE(suggested, QStringLiteral("launched.sqlite"));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().toString(), database);
        // The new database replaces the launched window.
        QTRY_VERIFY(!window);
        const auto windows = QApplication::topLevelWidgets();
        MainWindow *opened = nullptr;
        for (QWidget *w : windows) {
            auto *candidate = qobject_cast<MainWindow *>(w);
            if (candidate && candidate != m_window.get() && candidate->isVisible())
                opened = candidate;
        }
        QVERIFY(opened);
        QCOMPARE(opened->databasePath(), database);
        QCOMPARE(opened->dashboard()->dataset().claims.size(), m_dataset.claims.size());
        opened->close();
    }

    void dropAcceptsFoldersAndJsonOnly()
    {
        QMimeData folder;
        folder.setUrls({QUrl::fromLocalFile(m_files.path())});
        QCOMPARE(DropImporter::acceptedPath(&folder), QDir(m_files.path()).absolutePath());
        QMimeData json;
        json.setUrls({QUrl::fromLocalFile(TestSupport::dataPath(QStringLiteral("mini.json")))});
        QVERIFY(!DropImporter::acceptedPath(&json).isEmpty());
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(DropImporter::acceptedPath(&text).isEmpty());
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_files.filePath(QStringLiteral("x.txt")))});
        QVERIFY(DropImporter::acceptedPath(&other).isEmpty());
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    Dataset m_dataset;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
