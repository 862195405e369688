// Reading, validating and importing a dataset file: progress that only goes forward, a
// cancellation that leaves the store as it was, each problem once, the file read once.
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/DatasetImport.h"
#include "models/store/DatasetStore.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Step = DatasetImport::Step;
using Outcome = DatasetImport::Outcome;

struct Report
{
    Step step;
    int permille;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDatasetImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_large = m_dir.filePath(QStringLiteral("large.json"));
        QFile f(m_large);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(DatasetJsonWriter::write(SyntheticDataset::generate({4000, 200, 50, 3})));
    }

    void progressOnlyGoesForward()
    {
        QList<Report> reports;
        DatasetImport import(m_large);
        import.setProgress([&](Step step, int permille) { reports.append({step, permille});
    });
    const QString database = m_dir.filePath(QStringLiteral("progress.sqlite"));
    const auto result = import.importIntoFile(database, DatasetImport::FileMode::CreateNew);
    QVERIFY2(result.ok(), qPrintable(result.error + TestSupport::joined(result.problems)));
    QVERIFY(reports.size() > 10); // the write reports as its rows go in
    QList<Step> steps;
    for (int i = 0; i < reports.size(); ++i) {
        if (i > 0)
            QVERIFY2(reports[i].permille > reports[i - 1].permille ||
                         reports[i].step != reports[i - 1].step,
                     "a report that says nothing new");
        if (i > 0)
            QVERIFY(reports[i].permille >= reports[i - 1].permille);
        if (steps.isEmpty() || steps.last() != reports[i].step)
            steps << reports[i].step;
    }
    QCOMPARE(steps, (QList<Step>{Step::Read, Step::Validate, Step::Write}));
    QCOMPARE(reports.first().permille, 0);
    QCOMPARE(reports.last().permille, 1000);
    // The write is most of the work, and its reports spread over it.
    int writes = 0;
    for (const Report &r : std::as_const(reports))
        writes += r.step == Step::Write && r.permille < 990;
    QVERIFY(writes > 5);
}

    void cancellingTheWriteLeavesTheStoreAsItWas()
{
    const QString database = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    QString error;
    {
        DatasetImport mini(TestSupport::dataPath(QStringLiteral("mini.json")));
        QVERIFY(mini.importIntoFile(database, DatasetImport::FileMode::CreateNew).ok());
    }
    const QString sha = [&] {
        DatasetStore store;
        return store.open(database, DatasetStore::Mode::ReadOnly, &error)
                   ? store.metaValue(QStringLiteral("dataset_sha256"))
                   : QString();
    }();
    QVERIFY(!sha.isEmpty());

    // Stop once the write is well under way: rows of the new dataset are in the transaction.
    bool stop = false;
    int writeReports = 0;
    DatasetImport import(m_large);
        import.setProgress([&](Step step, int permille) {
            if (step == Step::Write && ++writeReports > 1 && permille > 600)
                stop = true;
});
        import.setCancelCheck([&] { return stop;
        });
        DatasetStore store;
        QVERIFY(store.open(database, DatasetStore::Mode::ReadWrite, &error));
        const auto result = import.importInto(store);
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QVERIFY(stop);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(result.error.isEmpty());
        const auto loaded = store.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        const Dataset mini = TestSupport::miniDataset();
        QCOMPARE(loaded->claims.size(), mini.claims.size());
        QCOMPARE(loaded->actors.size(), mini.actors.size());
        QCOMPARE(store.metaValue(QStringLiteral("dataset_sha256")), sha);
        }

        void cancelledNewFileIsRemoved()
        {
            const QString database = m_dir.filePath(QStringLiteral("never.sqlite"));
            bool stop = false;
            DatasetImport import(m_large);
        import.setProgress([&](Step step, int) { stop = stop || step == Step::Write;
        });
        import.setCancelCheck([&] { return stop;
        });
        const auto result = import.importIntoFile(database, DatasetImport::FileMode::CreateNew);
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QVERIFY(!QFile::exists(database));
        QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
        }

        void cancelledBeforeReadingReadsNothing()
        {
            int reports = 0;
            DatasetImport import(m_large);
        import.setProgress([&](Step, int) { ++reports;
        });
        import.setCancelCheck([] { return true;
        });
        QCOMPARE(import.check().outcome, Outcome::Cancelled);
        QCOMPARE(reports, 0);
        QVERIFY(import.dataset().claims.isEmpty());
        }

        // Each problem once, whether the caller checks first or imports at once; the file is read
        // once and the problems are not found again.
        void problemsOnceAndTheFileReadOnce()
        {
            QJsonObject object = TestSupport::miniObject();
            QJsonArray claims = object.value(QStringLiteral("claims")).toArray();
            QJsonObject first = claims[0].toObject();
            first.insert(QStringLiteral("claimant"), QStringLiteral("nobody"));
            claims[0] = first;
            QJsonObject second = claims[1].toObject();
            second.insert(QStringLiteral("kind"), QStringLiteral("rumour"));
            claims[1] = second;
            object.insert(QStringLiteral("claims"), claims);
            const QString json = m_dir.filePath(QStringLiteral("invalid.json"));
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(TestSupport::toJson(object));
            f.close();

            int reads = 0;
            DatasetImport import(json);
        import.setProgress([&, last = std::optional<Step>()](Step step, int) mutable {
            reads += step == Step::Read && last != step;
        last = step;
        });
        const auto checked = import.check();
        QCOMPARE(checked.outcome, Outcome::Invalid);
        QCOMPARE(checked.problems.size(), 2);
        QVERIFY(checked.problems[0].message != checked.problems[1].message);
        const QString database = m_dir.filePath(QStringLiteral("invalid.sqlite"));
        const auto imported = import.importIntoFile(database, DatasetImport::FileMode::CreateNew);
        QCOMPARE(imported.outcome, Outcome::Invalid);
        QCOMPARE(TestSupport::joined(imported.problems), TestSupport::joined(checked.problems));
        QCOMPARE(reads, 1);
        QVERIFY(!QFile::exists(database));

        // A file that does not parse: the reader's problem alone, no validation after it.
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"format\": \"dossier-dataset\", \"format_version\": 1, \"claims\": [");
        b.close();
        QList<Step> steps;
        DatasetImport unreadable(broken);
        unreadable.setProgress([&](Step step, int) { steps << step; });
        const auto result = unreadable.check();
        QCOMPARE(result.outcome, Outcome::Invalid);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(!steps.contains(Step::Validate));
        }

        void checkedDatasetIsWrittenWithoutReadingAgain()
        {
            QList<Step> steps;
            DatasetImport import(TestSupport::dataPath(QStringLiteral("mini.json")));
        import.setProgress([&](Step step, int) {
            if (steps.isEmpty() || steps.last() != step)
                steps << step;
        });
        QVERIFY(import.check().ok());
        QCOMPARE(steps, (QList<Step>{Step::Read, Step::Validate}));
        const QString database = m_dir.filePath(QStringLiteral("checked.sqlite"));
        QVERIFY(import.importIntoFile(database, DatasetImport::FileMode::CreateNew).ok());
        QCOMPARE(steps, (QList<Step>{Step::Read, Step::Validate, Step::Write}));
        DatasetStore store;
        QString error;
        QVERIFY(store.open(database, DatasetStore::Mode::ReadOnly, &error));
        QCOMPARE(store.metaValue(QStringLiteral("origin")),
                 TestSupport::dataPath(QStringLiteral("mini.json")));
        QCOMPARE(store.metaValue(QStringLiteral("dataset_sha256")), import.sha256());
        }

        void newFileOnlyNeverReplacesADatabase()
        {
            const QString database = m_dir.filePath(QStringLiteral("existing.sqlite"));
            const QString mini = TestSupport::dataPath(QStringLiteral("mini.json"));
            QVERIFY(DatasetImport(mini)
                        .importIntoFile(database, DatasetImport::FileMode::CreateNew)
                        .ok());
            const QByteArray before = fileBytes(database);
            DatasetImport again(mini);
            const auto result = again.importIntoFile(database, DatasetImport::FileMode::CreateNew);
            QCOMPARE(result.outcome, Outcome::Failed);
            QVERIFY(result.error.contains(QStringLiteral("already exists")));
            QCOMPARE(fileBytes(database), before);
            // Replacing is what `dossier import` asks for.
            QVERIFY(again.importIntoFile(database, DatasetImport::FileMode::CreateOrReplace).ok());
        }

    private:
        QTemporaryDir m_dir;
        QString m_large;
        }
        ;

        QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_datasetimport.moc"
