#include "app/window/DatabaseOpener.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/store/DatasetImport.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <memory>

using namespace std::chrono_literals;

/// Opening a database runs on the thread pool behind a progress dialog that can cancel.
class TestDatabaseOpener : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WindowFixture::isolateSettings(m_settings);
        m_dataset = TestSupport::miniDataset();
        m_database = m_dir.filePath(QStringLiteral("mini.sqlite"));
        DatasetImport import(DatasetJsonWriter::write(m_dataset), QStringLiteral("mini.json"));
        const auto result = import.importIntoFile(m_database, DatasetImport::FileMode::CreateNew);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    void opensTheDatabase()
    {
        const auto outcome = DatabaseOpener::open(m_database, nullptr);
        QVERIFY(!outcome.cancelled);
        QVERIFY2(outcome.result.dataset, qPrintable(outcome.result.error));
        QCOMPARE(outcome.result.dataset->claims.size(), m_dataset.claims.size());
        QCOMPARE(outcome.result.databasePath, m_database);
    }

    void reportsWhatCannotBeOpened()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const auto outcome = DatabaseOpener::open(garbage, nullptr);
        QVERIFY(!outcome.cancelled);
        QVERIFY(!outcome.result.dataset);
        QVERIFY(!outcome.result.error.isEmpty());
    }

    // The load waits for the GUI thread to run a timer: it can only finish if the GUI thread
    // goes on handling events while the database loads.
    void theWindowKeepsRunningWhileItLoads()
    {
        auto gate = std::make_shared<QSemaphore>();
        auto loaderThread = std::make_shared<QThread *>(nullptr);
        QTimer::singleShot(50, qApp, [gate] { gate->release(); });
        const auto outcome = DatabaseOpener::open(m_database, nullptr, 10s,
                                                  [gate, loaderThread](const QString &path) {
                                                      *loaderThread = QThread::currentThread();
                                                      if (!gate->tryAcquire(1, 20000))
                                                          return DatasetLoader::Result{};
                                                      return DatasetLoader::open(path);
                                                  });
        QVERIFY(!outcome.cancelled);
        QVERIFY2(outcome.result.dataset, "the GUI thread was blocked while loading");
        QVERIFY(*loaderThread != qApp->thread());
    }

    // The dialog names the file; its Cancel gives control back at once, with no dataset.
    void cancelGivesControlBack()
    {
        auto gate = std::make_shared<QSemaphore>();
        QString label;
        bool clicked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QProgressDialog *>(w);
                if (!dialog || !dialog->isVisible() || clicked)
                    continue;
                if (auto *text = dialog->findChild<QLabel *>())
                    label = text->text();
                if (auto *cancel = dialog->findChild<QAbstractButton *>()) {
                    clicked = true;
                    QTest::mouseClick(cancel, Qt::LeftButton);
                }
            }
        });
        poll.start(20);
        const auto outcome =
            DatabaseOpener::open(m_database, nullptr, 0ms, [gate](const QString &path) {
                gate->tryAcquire(1, 20000);
                return DatasetLoader::open(path);
            });
        gate->release(); // lets the abandoned load finish on its own thread
        // and waits for it: a load still reading when the program ends leaks its connection.
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(clicked);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.result.dataset);
        QVERIFY2(label.contains(QStringLiteral("mini.sqlite")), qPrintable(label));
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    Dataset m_dataset;
    QString m_database;
};

QTEST_MAIN(TestDatabaseOpener)
#include "tst_gui_databaseopener.moc"
