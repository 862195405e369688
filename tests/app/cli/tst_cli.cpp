#include "models/format/DatasetJsonReader.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <sqlite3.h>

using TestSupport::runDossier;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void checkBundled();
    void checkMiniWithCorpus();
    void checkReportsBadFile();
    void exportJsonIsTheDataset();
    void exportFilters_data();
    void exportFilters();
    void exportCsv();
    void exportNotesLinksLeftOut_data();
    void exportNotesLinksLeftOut();
    void badOptions_data();
    void badOptions();
    void importValidatesFirst();
    void importThenExport();
    void notADatabase();
    void unwritableOutput();
    void importIntoMissingFolder();
    void optionsBeforeTheCommand();
    void outputOverTheDatabase_data();
    void outputOverTheDatabase();
    void foreignDatabaseUntouched();
    void changedDatabaseRefused();
    void importWaitsForAnotherWriter_data();
    void importWaitsForAnotherWriter();
    void reportEpoch_data();
    void reportEpoch();

private:
    QStringList exportedIds(const QStringList &arguments);
    /// Imports tests/data/mini.json into `db` with the real command; its exit code.
    int importMini(const QString &db);
    /// Runs SQL on `db` with SQLite itself, as another program would.
    static bool sqliteExec(const QString &db, const char *sql);
    static QByteArray fileBytes(const QString &path);
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

int TestCli::importMini(const QString &db)
{
    return runDossier({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                       QStringLiteral("--database"), db},
                      m_home->path())
        .exitCode;
}

bool TestCli::sqliteExec(const QString &db, const char *sql)
{
    sqlite3 *handle = nullptr;
    const bool ok = sqlite3_open(db.toUtf8().constData(), &handle) == SQLITE_OK &&
                    sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

QByteArray TestCli::fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList TestCli::exportedIds(const QStringList &arguments)
{
    const auto run = runDossier(QStringList{QStringLiteral("export")} + arguments, m_home->path());
    if (run.exitCode != 0)
        qWarning() << run.err;
    QStringList ids;
    const auto claims =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("claims")).toArray();
    for (const auto &c : claims)
        ids << c.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

void TestCli::checkBundled()
{
    const auto run = runDossier({QStringLiteral("check")}, m_home->path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("0 failure(s)"), run.out.constData());
}

void TestCli::checkMiniWithCorpus()
{
    const auto run =
        runDossier({QStringLiteral("check"), TestSupport::dataPath(QStringLiteral("mini.json")),
                    QStringLiteral("--corpus"), TestSupport::dataPath(QStringLiteral("corpus"))},
                   m_home->path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("6 quotes checked"));
    QVERIFY(run.out.contains("Claims resting on a single source (4)"));
    QVERIFY(run.out.contains("c4 [beta]"));
}

void TestCli::checkReportsBadFile()
{
    QJsonObject o = TestSupport::miniObject();
    QJsonArray claims = o[QStringLiteral("claims")].toArray();
    QJsonObject c = claims[1].toObject();
    c[QStringLiteral("date")] = QStringLiteral("2024-02-30");
    claims[1] = c;
    o[QStringLiteral("claims")] = claims;
    const QString file = m_home->filePath(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestSupport::toJson(o));
    f.close();
    const auto run = runDossier({QStringLiteral("check"), file}, m_home->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("FAIL " + file.toUtf8() + ": claim c2, field 'date'"),
             run.out.constData());
    QVERIFY(run.out.contains("1 failure(s)"));
}

void TestCli::exportJsonIsTheDataset()
{
    const auto run =
        runDossier({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
                   m_home->path());
    QCOMPARE(run.exitCode, 0);
    QFile bundled(QStringLiteral(DOSSIER_TEST_DATA "/../../resources/dataset/dispute.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QCOMPARE(run.out, bundled.readAll());
}

void TestCli::exportFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    const QString mini = TestSupport::dataPath(QStringLiteral("mini.json"));
    QTest::newRow("actor by alias")
        << QStringList{"--actor", "dupont"} << QStringList{"c1", "c2", "c5"};
    QTest::newRow("two actors") << QStringList{"--actor", "Banque Zeta", "--actor", "jeanne-dupont"}
                                << QStringList{"c1", "c2", "c4", "c5"};
    QTest::newRow("year") << QStringList{"--year", "2015"} << QStringList{"c1"};
    QTest::newRow("from/to") << QStringList{"--from", "2016", "--to", "2024"}
                             << QStringList{"c2", "c3", "c4", "c5"};
    QTest::newRow("actor and year")
        << QStringList{"--actor", "Jeanne Dupont", "--year", "2024"} << QStringList{"c2", "c5"};
    QTest::newRow("source") << QStringList{"--source", "beta"} << QStringList{"c4", "c5"};
    QTest::newRow("kind") << QStringList{"--kind", "response"} << QStringList{"c3"};
    QTest::newRow("kind, other case") << QStringList{"--kind", "Response"} << QStringList{"c3"};
    QTest::newRow("search") << QStringList{"--search", "billion"} << QStringList{"c4"};
    QTest::newRow("nothing matches") << QStringList{"--year", "1999"} << QStringList{};
}

void TestCli::exportFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const QString db = m_home->filePath(QStringLiteral("mini.sqlite"));
    QCOMPARE(importMini(db), 0);
    QCOMPARE(exportedIds(QStringList{QStringLiteral("--database"), db} + arguments), expected);
}

void TestCli::exportCsv()
{
    const QString db = m_home->filePath(QStringLiteral("mini.sqlite"));
    QCOMPARE(importMini(db), 0);
    const auto run = runDossier({QStringLiteral("export"), QStringLiteral("--database"), db,
                                 QStringLiteral("--format"), QStringLiteral("csv")},
                                m_home->path());
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 6); // header + one row per citation
    QVERIFY(lines[0].startsWith("claim_id,date,kind,statement"));
    QVERIFY(run.out.contains("« trahi sa mission »"));
}

void TestCli::exportNotesLinksLeftOut_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("note"); // empty: none expected
    QTest::newRow("responses without what they answer")
        << QStringList{"--kind", "response"}
        << "note: 1 exported claim(s) answer claims the filter leaves out, and 0 conflict(s)";
    QTest::newRow("one side of a conflict")
        << QStringList{"--kind", "event"}
        << "note: 0 exported claim(s) answer claims the filter leaves out, and 1 conflict(s)";
    QTest::newRow("everything") << QStringList{} << "";
    QTest::newRow("both sides of the conflict and the answered claim")
        << QStringList{"--year", "2024"} << "";
}

// A filtered JSON export drops the links that point outside it, and says so on stderr.
void TestCli::exportNotesLinksLeftOut()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, note);
    const QString db = m_home->filePath(QStringLiteral("links.sqlite"));
    QCOMPARE(importMini(db), 0);
    const auto run =
        runDossier(QStringList{QStringLiteral("export"), QStringLiteral("--database"), db} + filter,
                   m_home->path());
    QCOMPARE(run.exitCode, 0);
    if (note.isEmpty())
        QVERIFY2(!run.err.contains("note:"), run.err.constData());
    else
        QVERIFY2(QString::fromUtf8(run.err).contains(note), run.err.constData());
}

void TestCli::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown actor")
        << QStringList{"export", "--actor", "Nobody"} << 2 << "no actor is named 'Nobody'";
    QTest::newRow("bad year") << QStringList{"export", "--year", "20x4"} << 2 << "four-digit year";
    QTest::newRow("inverted range")
        << QStringList{"export", "--from", "2024", "--to", "2020"} << 2 << "is after";
    QTest::newRow("year and from")
        << QStringList{"export", "--year", "2024", "--from", "2020"} << 2 << "cannot be combined";
    QTest::newRow("unknown source")
        << QStringList{"export", "--source", "nope"} << 2 << "no source has the id";
    QTest::newRow("bad format") << QStringList{"export", "--format", "xml"} << 2 << "json or csv";
    QTest::newRow("unknown option") << QStringList{"export", "--colour"} << 2 << "Unknown option";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command";
    QTest::newRow("unknown command after an option")
        << QStringList{"--database", "x.sqlite", "imprt"} << 2 << "unknown command 'imprt'";
    QTest::newRow("option of another command before it")
        << QStringList{"--corpus", "/tmp", "export"} << 2 << "Unknown option 'corpus'";
    QTest::newRow("import without file") << QStringList{"import"} << 2 << "exactly one";
    QTest::newRow("import missing file")
        << QStringList{"import", "/nonexistent/x.json"} << 1 << "no such file";
    QTest::newRow("import a folder") << QStringList{"import", "/tmp"} << 1 << "is a folder";
    QTest::newRow("unknown kind") << QStringList{"export", "--kind", "allegations"} << 2
                                  << "no claim kind is called 'allegations' (kinds: event,";
    QTest::newRow("report, unknown kind") << QStringList{"report", "--kind", "bogus", "-o", "x.pdf"}
                                          << 2 << "no claim kind is called 'bogus'";
    QTest::newRow("empty database name")
        << QStringList{"export", "--database", ""} << 2 << "--database needs a file name";
    QTest::newRow("import, empty database name")
        << QStringList{"import", "--database", " ", TestSupport::dataPath("mini.json")} << 2
        << "--database needs a file name";
    QTest::newRow("export, no database there")
        << QStringList{"export", "--database", "/nonexistent-folder/typo.sqlite"} << 1
        << "there is no database at /nonexistent-folder/typo.sqlite";
    QTest::newRow("report, no database there")
        << QStringList{"report", "--database", "typo.sqlite", "-o", "x.pdf"} << 1
        << "there is no database at typo.sqlite";
    QTest::newRow("check, empty corpus")
        << QStringList{"check", "--corpus", ""} << 2 << "--corpus needs a folder";
    QTest::newRow("check, corpus is a file")
        << QStringList{"check", "--corpus", TestSupport::dataPath("mini.json")} << 2
        << "is not a folder";
    QTest::newRow("generate beyond what import reads")
        << QStringList{"generate", "--claims", "1000001", "-o", "-"} << 2 << "from 1 to 1000000";
}

void TestCli::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const auto run = runDossier(arguments, m_home->path());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
}

void TestCli::importValidatesFirst()
{
    const QString db = m_home->filePath(QStringLiteral("v.sqlite"));
    QCOMPARE(importMini(db), 0);
    QJsonObject o = TestSupport::miniObject();
    QJsonArray claims = o[QStringLiteral("claims")].toArray();
    QJsonObject c = claims[0].toObject();
    c[QStringLiteral("citations")] = QJsonArray();
    claims[0] = c;
    o[QStringLiteral("claims")] = claims;
    const QString bad = m_home->filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestSupport::toJson(o));
    f.close();
    const auto run = runDossier({QStringLiteral("import"), bad, QStringLiteral("--database"), db},
                                m_home->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("claim c1, field 'citations'"), run.err.constData());
    QVERIFY(run.err.contains("nothing was imported"));
    // The database still holds the earlier import, whole.
    QCOMPARE(exportedIds({QStringLiteral("--database"), db}).size(), 5);
}

void TestCli::importThenExport()
{
    const QString db = m_home->filePath(QStringLiteral("rt.sqlite"));
    const QString out = m_home->filePath(QStringLiteral("out.json"));
    QCOMPARE(importMini(db), 0);
    QCOMPARE(runDossier({QStringLiteral("export"), QStringLiteral("--database"), db,
                         QStringLiteral("-o"), out},
                        m_home->path())
                 .exitCode,
             0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    auto reread = DatasetJsonReader::read(exported.readAll(), out);
    QVERIFY(reread.ok());
    QCOMPARE(reread.dataset.claims.size(), TestSupport::miniDataset().claims.size());
}

void TestCli::notADatabase()
{
    const QString file = m_home->filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("Meeting notes, not a database.\n").repeated(100));
    f.close();
    const auto run =
        runDossier({QStringLiteral("export"), QStringLiteral("--database"), file}, m_home->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is not a Dossier database"), run.err.constData());
}

void TestCli::unwritableOutput()
{
    const auto run = runDossier({QStringLiteral("export"), QStringLiteral("-o"),
                                 QStringLiteral("/nonexistent-folder/out.json")},
                                m_home->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot write /nonexistent-folder/out.json"), run.err.constData());
}

void TestCli::importIntoMissingFolder()
{
    // The message names the folder that is missing, and nothing is created.
    const QString folder = m_home->filePath(QStringLiteral("no-such-folder"));
    const QString db = folder + QStringLiteral("/x.sqlite");
    const auto run =
        runDossier({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                    QStringLiteral("--database"), db},
                   m_home->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the folder %1 does not exist").arg(folder).toUtf8()),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(folder));
}

// The top-level help lists --database before the command: it may stand there.
void TestCli::optionsBeforeTheCommand()
{
    const QString db = m_home->filePath(QStringLiteral("before.sqlite"));
    const auto imported = runDossier({QStringLiteral("--database"), db, QStringLiteral("import"),
                                      TestSupport::dataPath(QStringLiteral("mini.json"))},
                                     m_home->path());
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const auto exported = runDossier({QStringLiteral("--database=") + db, QStringLiteral("export"),
                                      QStringLiteral("--format"), QStringLiteral("json")},
                                     m_home->path());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const auto claims =
        QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("claims")).toArray();
    QCOMPARE(claims.size(), TestSupport::miniDataset().claims.size());
}

void TestCli::outputOverTheDatabase_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("output"); // relative to the test's folder; "db" is the database
    QTest::newRow("export over it") << "export"
                                    << "db.sqlite";
    QTest::newRow("export through a link") << "export"
                                           << "link.json";
    QTest::newRow("export over its log") << "export"
                                         << "db.sqlite-wal";
    QTest::newRow("export, another spelling") << "export"
                                              << "sub/../db.sqlite";
    QTest::newRow("report over it") << "report"
                                    << "db.sqlite";
}

// A user who names the database as the output must not lose it.
void TestCli::outputOverTheDatabase()
{
    QFETCH(QString, command);
    QFETCH(QString, output);
    const QString db = m_home->filePath(QStringLiteral("db.sqlite"));
    QCOMPARE(importMini(db), 0);
    QVERIFY(QDir(m_home->path()).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::link(db, m_home->filePath(QStringLiteral("link.json"))));
    const QByteArray before = fileBytes(db);
    const auto run = runDossier(
        {command, QStringLiteral("--database"), db, QStringLiteral("-o"), m_home->filePath(output)},
        m_home->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("writing there would destroy it"), run.err.constData());
    QCOMPARE(fileBytes(db), before);
    QCOMPARE(exportedIds({QStringLiteral("--database"), db}).size(), 5);
}

// Another program's SQLite file given as --database: refused, and not changed at all (no
// tables of ours added, no switch to WAL).
void TestCli::foreignDatabaseUntouched()
{
    const QString db = m_home->filePath(QStringLiteral("contacts.sqlite"));
    QVERIFY(sqliteExec(db, "CREATE TABLE people(name TEXT); INSERT INTO people VALUES ('Ada');"));
    const QByteArray before = fileBytes(db);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("export"), QStringLiteral("--database"), db},
          QStringList{QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                      QStringLiteral("--database"), db}}) {
        const auto run = runDossier(arguments, m_home->path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is not a Dossier database: it holds another program's tables"),
                 run.err.constData());
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }
}

// A database changed by other tools after its import (here: an actor deleted with foreign keys
// off) is refused rather than exported or reported with dangling references.
void TestCli::changedDatabaseRefused()
{
    const QString db = m_home->filePath(QStringLiteral("changed.sqlite"));
    QCOMPARE(importMini(db), 0);
    QVERIFY(sqliteExec(db, "PRAGMA foreign_keys = OFF; DELETE FROM actors WHERE id = 'acme';"));
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("report")}) {
        const auto run = runDossier({command, QStringLiteral("--database"), db,
                                     QStringLiteral("-o"), m_home->filePath(QStringLiteral("out"))},
                                    m_home->path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("holds a dataset that is no longer valid"), run.err.constData());
        QVERIFY2(run.err.contains("unknown actor 'acme'"), run.err.constData());
        QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("out"))));
    }
}

void TestCli::importWaitsForAnotherWriter_data()
{
    QTest::addColumn<int>("holdMs");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("another writer for a moment") << 700 << 0;
    QTest::newRow("another writer past the timeout") << 7000 << 1;
}

// Another program writing to the database: the import waits for it (up to the 5 s busy
// timeout) instead of failing at once, and says plainly when it gave up.
void TestCli::importWaitsForAnotherWriter()
{
    QFETCH(int, holdMs);
    QFETCH(int, exitCode);
    const QString db = m_home->filePath(QStringLiteral("busy.sqlite"));
    QCOMPARE(importMini(db), 0);
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open(db.toUtf8().constData(), &writer), SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer, "BEGIN IMMEDIATE; INSERT INTO meta VALUES ('other', 'writer');",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    auto import = std::async(std::launch::async, [&] {
        return runDossier({QStringLiteral("import"),
                           TestSupport::dataPath(QStringLiteral("mini.json")),
                           QStringLiteral("--database"), db},
                          m_home->path());
    });
    QTest::qWait(holdMs);
    sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    const auto run = import.get();
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY2(run.err.contains("is busy: another program kept writing to it"),
                 run.err.constData());
    QCOMPARE(exportedIds({QStringLiteral("--database"), db}).size(), 5);
}

void TestCli::reportEpoch_data()
{
    QTest::addColumn<QByteArray>("epoch");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("a date") << QByteArray("1700000000") << 0;
    QTest::newRow("not a number") << QByteArray("abc") << 2;
    QTest::newRow("before year 1") << QByteArray("-62135596801") << 2;
    QTest::newRow("empty, as if unset") << QByteArray("") << 0;
}

// SOURCE_DATE_EPOCH pins the printed date for reproducible reports: a value that cannot be read
// is an error, not today's date.
void TestCli::reportEpoch()
{
    QFETCH(QByteArray, epoch);
    QFETCH(int, exitCode);
    const QString db = m_home->filePath(QStringLiteral("e.sqlite"));
    QCOMPARE(importMini(db), 0);
    qputenv("SOURCE_DATE_EPOCH", epoch);
    const auto run = runDossier({QStringLiteral("report"), QStringLiteral("--database"), db,
                                 QStringLiteral("-o"), m_home->filePath(QStringLiteral("r.pdf"))},
                                m_home->path());
    qunsetenv("SOURCE_DATE_EPOCH");
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY2(run.err.contains("SOURCE_DATE_EPOCH must be seconds since 1970"),
                 run.err.constData());
    QCOMPARE(QFileInfo::exists(m_home->filePath(QStringLiteral("r.pdf"))), exitCode == 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
