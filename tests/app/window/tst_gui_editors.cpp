// The editors of issue 21, driven as a user does, on a window whose edits are saved in a real
// SQLite store: File ▸ Export Dataset… writes what `dossier check --corpus` accepts and what
// imports to the same dossier.
#include "app/window/DatasetExportAction.h"
#include "app/window/MainWindow.h"
#include "models/corpus/CorpusChecker.h"
#include "models/dossier/ChangeDescription.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/DatasetValidator.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetImport.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

namespace {

std::unique_ptr<MainWindow> editableWindow(const Dataset &dataset, QTemporaryDir &dir,
                                           QString *path)
{
    *path = dir.filePath(QStringLiteral("case.sqlite"));
    {
        DatasetStore store;
        QString error;
        if (!store.open(*path, DatasetStore::Mode::ReadWrite, &error) ||
            !store.importDataset(dataset, QStringLiteral("case.json"), QStringLiteral("0"), &error))
            qFatal("%s", qPrintable(error));
    }
    auto window = WindowFixture::openWindow(dataset);
    QString error;
    if (!window->session()->attachStore(*path, QStringLiteral("tester"), &error))
        qFatal("%s", qPrintable(error));
    return window;
}

Dataset stored(const QString &path)
{
    DatasetStore store;
    QString error;
    std::optional<Dataset> d;
    if (store.open(path, DatasetStore::Mode::ReadOnly, &error))
        d = store.load(&error);
    return d ? *d : Dataset();
}

Dataset bundled()
{
    auto read = DatasetJsonReader::read(DatasetLoader::bundledJson(), QStringLiteral("bundled"));
    if (!read.ok())
        qFatal("%s", qPrintable(TestSupport::joined(read.problems)));
    return read.dataset;
}

QAction *menuAction(const MainWindow &window, const QString &name)
{
    for (QAction *a : window.menuActions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

} // namespace

class TestEditors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    // After an edit, the export is the dataset as it stands, valid against the corpus, and
    // importing it into a new database gives a dossier whose export is the same bytes.
    void exportDatasetChecksAndReimports()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(bundled(), dir, &path);
        DossierSession *session = window->session();
        const Claim before = session->dataset().claims.first();
        Claim after = before;
        after.statement += QStringLiteral(" (checked again)");
        QVERIFY(session->edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)))
                    .isEmpty());

        QAction *action = menuAction(*window, QStringLiteral("exportDataset"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        auto *exporter = window->findChild<DatasetExportAction *>();
        QVERIFY(exporter);
        const QString file = dir.filePath(QStringLiteral("out/exported.dossier.json"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QString suggested;
        exporter->setPathChooser([&](const QString &s) {
            suggested = s;
            return file;
        });
        action->trigger();
        QVERIFY(QFileInfo::exists(file));
        // The folder is remembered for the next export.
        QCOMPARE(QFileInfo(exporter->suggestedPath()).absolutePath(),
                 QFileInfo(file).absolutePath());
        QVERIFY(QFileInfo(suggested).absolutePath() != QFileInfo(file).absolutePath());

        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QCOMPARE(bytes, DatasetJsonWriter::write(session->dataset()));
        QVERIFY(bytes.contains("(checked again)"));

        // What `dossier check --corpus` runs.
        const auto read = DatasetJsonReader::read(bytes, file);
        QVERIFY2(read.ok(), qPrintable(TestSupport::joined(read.problems)));
        const Problems problems = DatasetValidator::validate(read.dataset, file);
        QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
        if (const QString corpus = TestSupport::corpusFolder(); !corpus.isEmpty()) {
            const auto report = CorpusChecker::check(read.dataset, corpus);
            QVERIFY2(report.failures.isEmpty(), qPrintable(TestSupport::joined(report.failures)));
            QCOMPARE(report.sourcesChecked, read.dataset.sources.size());
        }

        // Re-imported into a new database, both dossiers load to the same JSON.
        const QString copy = dir.filePath(QStringLiteral("reimported.sqlite"));
        DatasetImport import(file);
        const auto result = import.importIntoFile(copy, DatasetImport::FileMode::CreateNew);
        QVERIFY2(result.ok(), qPrintable(result.error + TestSupport::joined(result.problems)));
        const QByteArray original = DatasetJsonWriter::write(stored(path));
        QCOMPARE(DatasetJsonWriter::write(stored(copy)), original);
        QCOMPARE(original, bytes);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestEditors)
#include "tst_gui_editors.moc"
