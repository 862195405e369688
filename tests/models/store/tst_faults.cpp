#include "models/dossier/DatasetEdit.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The edit a child process writes, and is killed writing: every claim's statement changed, in
// one change, so that the write lasts long enough to be interrupted.
Change everyClaimEdited(const Dataset &dataset)
{
    Change change;
    change.description = QStringLiteral("Edit every claim");
    for (const Claim &c : dataset.claims) {
        Claim after = c;
        after.statement += QStringLiteral(" (edited)");
        change.operations.append({c.id, c, after, 1});
    }
    return change;
}

// The child's part of killedEditLeavesBeforeOrAfter: writes everyClaimEdited() to the store at
// `path`, saying "ready" on standard output before it starts.
int writeEveryClaim(const QString &path)
{
    DatasetStore store;
    QString error;
    const auto dataset =
        store.open(path, DatasetStore::Mode::ReadWrite, &error) ? store.load(&error) : std::nullopt;
    if (!dataset)
        return 3;
    const Change change = everyClaimEdited(*dataset);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return store.write(change, QStringLiteral("child")).ok() ? 0 : 4;
}

constexpr const char *WriteVariable = "DOSSIER_FAULTS_WRITE";

} // namespace

// Faults the store must survive: each leaves the user's data as it was, with a clear message.
class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void killedImportLeavesDatabaseAsItWas_data();
    void killedImportLeavesDatabaseAsItWas();
    void killedEditLeavesBeforeOrAfter_data();
    void killedEditLeavesBeforeOrAfter();
    void truncatedDatabaseIsReportedAndUntouched();
    void readOnlyModeBrowsesAndRefusesWrites();
    void twoInstancesSeeWholeDatasets();
    void fullDiskKeepsPreviousExport_data();
    void fullDiskKeepsPreviousExport();
    void hostileDatasets_data();
    void hostileDatasets();

private:
    QString importMini(const QString &db);
    QString writeBig(int claims);
    int claimCount(const QString &db);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestFaults::importMini(const QString &db)
{
    DatasetStore store;
    QString error;
    if (!store.open(db, DatasetStore::Mode::ReadWrite, &error) ||
        !store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini"),
                             QStringLiteral("m"), &error))
        return error;
    return {};
}

QString TestFaults::writeBig(int claims)
{
    const QString path = m_dir->filePath(QStringLiteral("big-%1.json").arg(claims));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(DatasetJsonWriter::write(SyntheticDataset::generate({claims, 500, 200, 7})));
    return path;
}

int TestFaults::claimCount(const QString &db)
{
    DatasetStore store;
    QString error;
    if (!store.open(db, DatasetStore::Mode::ReadOnly, &error))
        return -1;
    const auto d = store.load(&error);
    return d ? int(d->claims.size()) : -1;
}

void TestFaults::killedImportLeavesDatabaseAsItWas_data()
{
    QTest::addColumn<bool>("whileWriting");
    QTest::newRow("killed while parsing") << false;
    QTest::newRow("killed while committing") << true;
}

void TestFaults::killedImportLeavesDatabaseAsItWas()
{
    QFETCH(bool, whileWriting);
    const QString db = m_dir->filePath(QStringLiteral("k.sqlite"));
    QCOMPARE(importMini(db), QString());
    const QString big = writeBig(20000);
    QProcess import;
    import.start(QStringLiteral(DOSSIER_BINARY),
                 {QStringLiteral("import"), big, QStringLiteral("--database"), db});
    QVERIFY(import.waitForStarted());
    // Kill it once it has read the whole file (it parses, checks, inserts), or once the
    // commit has begun to write the log: either way, before or during the write.
    const QString io = QStringLiteral("/proc/%1/io").arg(import.processId());
    const qint64 size = QFileInfo(big).size();
    const auto bytesRead = [&] {
        QFile f(io);
        if (!f.open(QIODevice::ReadOnly))
            return qint64(-1);
        return f.readLine().mid(7).trimmed().toLongLong(); // "rchar: N"
    };
    const QFileInfo wal(db + QStringLiteral("-wal"));
    const auto reached = [&] {
        if (whileWriting)
            return QFileInfo(wal.filePath()).size() > 0;
        return bytesRead() >= size;
    };
    QElapsedTimer waited;
    waited.start();
    // waitForFinished(1) also lets QProcess notice the child's exit; its state would not
    // change otherwise, as this loop runs no event loop.
    while (!reached() && waited.elapsed() < 120000) {
        import.waitForFinished(1);
        if (import.state() == QProcess::NotRunning)
            break;
    }
    const bool killedMidway = import.state() != QProcess::NotRunning;
    import.kill();
    import.waitForFinished();
    const int count = claimCount(db);
    if (killedMidway)
        QCOMPARE(count, int(TestSupport::miniDataset().claims.size()));
    else
        QCOMPARE(count, 20000); // finished before the kill: then whole, never half
}

void TestFaults::killedEditLeavesBeforeOrAfter_data()
{
    // How far into the write-ahead log the child has written when it is killed: the
    // transaction's pages spill there before the commit, and the commit writes the rest.
    QTest::addColumn<qint64>("walBytes");
    QTest::newRow("killed as it starts") << qint64(-1);
    QTest::newRow("killed at 256 KB of log") << qint64(256 << 10);
    QTest::newRow("killed at 4 MB of log") << qint64(4 << 20);
}

// A process killed in the middle of writing a change leaves the store before the change or
// after it, never between: the records are one dataset or the other, and the revision and the
// history say which.
void TestFaults::killedEditLeavesBeforeOrAfter()
{
    QFETCH(qint64, walBytes);
    const QString db = m_dir->filePath(QStringLiteral("e.sqlite"));
    Dataset before = SyntheticDataset::generate({20000, 500, 200, 7});
    before.reindex();
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(db, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(before, QStringLiteral("s"), QStringLiteral("s"), &error));
        before = *store.load(&error);
    }
    Dataset after = before;
    Change change = everyClaimEdited(before);
    DatasetEdit::apply(after, change);

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(WriteVariable), db);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!child.canReadLine() && child.state() != QProcess::NotRunning &&
           waited.elapsed() < 120000)
        child.waitForReadyRead(100);
    QCOMPARE(child.readLine(), QByteArray("ready\n"));
    const QString wal = db + QStringLiteral("-wal");
    while (QFileInfo(wal).size() < walBytes && waited.elapsed() < 120000) {
        child.waitForFinished(1);
        if (child.state() == QProcess::NotRunning)
            break;
    }
    const bool killedMidway = child.state() != QProcess::NotRunning;
    child.kill();
    child.waitForFinished();
    if (!killedMidway)
        QCOMPARE(child.exitCode(), 0);

    DatasetStore store;
    QString error;
    QVERIFY(store.open(db, DatasetStore::Mode::ReadOnly, &error));
    quint64 revision = 0;
    RecordVersions versions;
    const auto loaded = store.load(&error, &versions, &revision);
    QVERIFY2(loaded, qPrintable(error));
    const bool isBefore = loaded->sameRecords(before);
    const bool isAfter = loaded->sameRecords(after);
    QVERIFY2(isBefore || isAfter, "the store holds part of the change");
    QCOMPARE(revision, quint64(isAfter ? 1 : 0));
    QCOMPARE(store.changesSince(0, &error)->size(), isAfter ? 1 : 0);
    QCOMPARE(versions.of(RecordTable::Claim, before.claims.last().id), isAfter ? 2 : 1);
    if (!killedMidway)
        QVERIFY(isAfter); // finished before the kill: then whole
}

void TestFaults::truncatedDatabaseIsReportedAndUntouched()
{
    const QString db = m_dir->filePath(QStringLiteral("t.sqlite"));
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(db, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(SyntheticDataset::generate({3000, 100, 50, 3}),
                                    QStringLiteral("s"), QStringLiteral("s"), &error));
    }
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 3));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const auto result = DatasetLoader::open(db);
    QVERIFY(!result.dataset);
    QVERIFY2(result.error.contains(db), qPrintable(result.error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // What the window then does: the bundled dataset still opens.
    const auto fallback = DatasetLoader::loadBundled();
    QVERIFY(fallback.dataset);
    QVERIFY(!fallback.dataset->claims.isEmpty());
}

void TestFaults::readOnlyModeBrowsesAndRefusesWrites()
{
    const QString db = m_dir->filePath(QStringLiteral("r.sqlite"));
    QCOMPARE(importMini(db), QString());
    DatasetStore store;
    QString error;
    QVERIFY(store.open(db, DatasetStore::Mode::ReadOnly, &error));
    QVERIFY(store.isReadOnly());
    QVERIFY(store.load(&error));
    QVERIFY(!store.importDataset(TestSupport::miniDataset(), QStringLiteral("x"),
                                 QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(claimCount(db), int(TestSupport::miniDataset().claims.size()));
}

void TestFaults::twoInstancesSeeWholeDatasets()
{
    const QString db = m_dir->filePath(QStringLiteral("two.sqlite"));
    QCOMPARE(importMini(db), QString());
    const QString big = writeBig(8000);
    QProcess writer;
    writer.start(QStringLiteral(DOSSIER_BINARY),
                 {QStringLiteral("import"), big, QStringLiteral("--database"), db});
    QVERIFY(writer.waitForStarted());
    // While the other instance imports, every read sees one whole dataset or the other.
    const int mini = int(TestSupport::miniDataset().claims.size());
    int reads = 0;
    while (writer.state() != QProcess::NotRunning || reads == 0) {
        const int count = claimCount(db);
        QVERIFY2(count == mini || count == 8000, qPrintable(QString::number(count)));
        ++reads;
        writer.waitForFinished(50);
    }
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(claimCount(db), 8000);
}

void TestFaults::fullDiskKeepsPreviousExport_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("export json") << QStringList{QStringLiteral("export")};
    QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("csv")};
}

void TestFaults::fullDiskKeepsPreviousExport()
{
    QFETCH(QStringList, command);
    // The bundled dataset: an export larger than the limit below.
    const QString db = m_dir->filePath(QStringLiteral("bundled.sqlite"));
    QCOMPARE(TestSupport::runDossier(
                 {QStringLiteral("import"),
                  QStringLiteral(DOSSIER_TEST_DATA "/../../resources/dataset/dispute.json"),
                  QStringLiteral("--database"), db},
                 m_dir->path())
                 .exitCode,
             0);
    command << QStringLiteral("--database") << db;
    const QString out = m_dir->filePath(QStringLiteral("out/export.dat"));
    QDir().mkpath(QFileInfo(out).path());
    {
        QFile previous(out);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous export\n");
    }
    // A file-size limit of 48 KB stands in for a full disk: the database opens (its
    // 32 KB index file fits) but the export is larger.
    QProcess p;
    const QString script = QStringLiteral("ulimit -f 48; exec \"$0\" \"$@\"");
    p.start(QStringLiteral("bash"),
            QStringList{QStringLiteral("-c"), script, QStringLiteral(DOSSIER_BINARY)} + command +
                QStringList{QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(p.readAllStandardError().contains("cannot write"), "a clear message");
    QFile previous(out);
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("previous export\n"));
    QCOMPARE(QDir(QFileInfo(out).path()).entryList(QDir::Files).size(), 1); // no half file left
}

void TestFaults::hostileDatasets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray head =
        "{\"format\": \"dossier-dataset\", \"format_version\": 1, \"version\": \"1\", "
        "\"title\": \"t\", \"sources\": [], \"actors\": [], \"conflicts\": [], ";
    QTest::newRow("10 MB string") << head + "\"description\": \"" + QByteArray(10 << 20, 'a') +
                                         "\", \"claims\": []}"
                                  << "field 'description': is 10485760 characters long";
    QTest::newRow("100 MB file") << head + "\"claims\": []" + QByteArray(100 << 20, ' ') + "}"
                                 << "";
    QTest::newRow("10 MB statement")
        << head +
               "\"claims\": [{\"id\": \"c1\", \"date\": \"2024\", \"kind\": \"event\", "
               "\"statement\": \"" +
               QByteArray(10 << 20, 'b') +
               "\", \"actors\": [], \"claimant\": null, \"responds_to\": null, \"citations\": []}]}"
        << "this field holds at most 10000";
    QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']')
                                  << "malformed JSON";
    QTest::newRow("NUL bytes") << head + QByteArray("\"claims\": []}\0\0\0", 16)
                               << "malformed JSON";
    QTest::newRow("right-to-left and combining")
        << head + "\"claims\": [{\"id\": \"c1\", \"date\": \"2024\", \"kind\": \"event\", "
                  "\"statement\": \"\u202e\xd9\x82\xd8\xa7\xd9\x84 e\xcc\x81\xcc\x81\xcc\x81\", "
                  "\"actors\": [], \"claimant\": null, \"responds_to\": null, \"citations\": []}]}"
        << "a claim needs at least one citation";
}

void TestFaults::hostileDatasets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString file = m_dir->filePath(QStringLiteral("hostile.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const auto run = TestSupport::runDossier({QStringLiteral("check"), file}, m_dir->path());
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, "no crash: a verdict");
    if (!expected.isEmpty()) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.left(2000).constData());
    }
}

// As QTEST_GUILESS_MAIN, but the program is also the child killedEditLeavesBeforeOrAfter kills.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(WriteVariable))
        return writeEveryClaim(qEnvironmentVariable(WriteVariable));
    TestFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_faults.moc"
