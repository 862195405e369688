#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

// Replays every saved fuzz input (seeds and past crashes) through its target: a crash found
// once stays a test forever.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir root(QStringLiteral(DOSSIER_FUZZ_CORPUS));
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDirIterator it(root.filePath(target), QDir::Files);
        while (it.hasNext()) {
            const QString file = it.next();
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(QFileInfo(file).fileName()))
                << target << file;
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto *data = reinterpret_cast<const uint8_t *>(bytes.constData());
    int result = -1;
    if (target == QLatin1String("dataset_json"))
        result = FuzzTargets::datasetJson(data, size_t(bytes.size()));
    else if (target == QLatin1String("partial_date"))
        result = FuzzTargets::partialDate(data, size_t(bytes.size()));
    else if (target == QLatin1String("quote_matcher"))
        result = FuzzTargets::quoteMatcher(data, size_t(bytes.size()));
    QCOMPARE(result, 0); // a target that aborts fails the whole program, as it should
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
