#include "models/filter/FilterState.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/MarkupJson.h"
#include "models/store/DatasetStore.h"
#include "models/viewmodels/SavedViews.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <future>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

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
    void savedViewFilters_data();
    void savedViewFilters();
    void exportNotesLinksLeftOut_data();
    void exportNotesLinksLeftOut();
    void badOptions_data();
    void badOptions();
    void importValidatesFirst();
    void importThenExport();
    void exportImportMarkup();
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
    void outputNotAFileRefused_data();
    void outputNotAFileRefused();
    void outputToStandardOutput_data();
    void outputToStandardOutput();
    void databaseNotAFileRefused_data();
    void databaseNotAFileRefused();
    void readOnlyCommandsWriteNothing_data();
    void readOnlyCommandsWriteNothing();
    void fileNamedBundledIsTheUsersDataset_data();
    void fileNamedBundledIsTheUsersDataset();
    void importMakesTheDefaultFolder();
    void missingDigestRefused_data();
    void missingDigestRefused();
    void helpAndVersionDoNothingElse_data();
    void helpAndVersionDoNothingElse();
    void readOnlyMediumBrowses_data();
    void readOnlyMediumBrowses();
    void percentInPathsKept_data();
    void percentInPathsKept();
    void fileArgumentWithoutDisplay_data();
    void fileArgumentWithoutDisplay();
    void historyPrintsChanges();
    void historyOfNothing_data();
    void historyOfNothing();

private:
    QStringList exportedIds(const QStringList &arguments);
    /// Imports tests/data/mini.json into `db` with the real command; its exit code.
    int importMini(const QString &db);
    /// Runs SQL on `db` with SQLite itself, as another program would.
    static bool sqliteExec(const QString &db, const char *sql);
    static QByteArray fileBytes(const QString &path);
    /// $DOSSIER_TEST_BINARY when set (to run these tests against another build, the one
    /// before a fix say), else the dossier built with the tests.
    static QString binary();
    /// Like runDossier, in `workingDir`, killed after `timeoutMs` (exit code -1 then): a
    /// command that blocks on a pipe fails the test instead of hanging it. `program`, when
    /// given, is started instead of binary().
    TestSupport::Run run(const QStringList &arguments, const QString &workingDir = {},
                         int timeoutMs = 60000, const QString &program = {});
    /// Makes a file of `kind` at `path`: "fifo", "device" (a private copy of /dev/null: the
    /// system's own must never be at stake), "folder", "link to device", "link to fifo".
    /// False when this system does not allow it (a device node needs root).
    static bool makeSpecial(const QString &kind, const QString &path);
    /// Everything under `dir` as lines: name, type, size, modification time in nanoseconds and,
    /// for regular files, a digest of the bytes. Links and special files are not followed.
    static QStringList snapshot(const QString &dir);
    /// The type of file at `path` (not following links) and its device number and size, for
    /// checking that a special file is still what it was.
    static QString identity(const QString &path);
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

void TestCli::savedViewFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("export") << QStringList{"export", "--view", "In Conflict"} << 0
                            << QStringList{"c2", "c5"} << "";
    QTest::newRow("name in another case")
        << QStringList{"export", "--view", "in conflict"} << 0 << QStringList{"c2", "c5"} << "";
    QTest::newRow("report") << QStringList{"report", "--view", "In Conflict", "-o", "%HOME%/r.pdf"}
                            << 0 << QStringList{} << "";
    QTest::newRow("unknown, the names listed")
        << QStringList{"export", "--view", "nope"} << 2 << QStringList{}
        << "no view is saved as 'nope' (saved views: In Conflict, Acme's)";
    QTest::newRow("unknown to report")
        << QStringList{"report", "--view", "nope", "-o", "%HOME%/r.pdf"} << 2 << QStringList{}
        << "saved views: In Conflict, Acme's";
    QTest::newRow("with another filter option")
        << QStringList{"export", "--view", "In Conflict", "--kind", "event"} << 2 << QStringList{}
        << "--view cannot be combined with --kind";
}

// A view saved in the window (its settings file) selects the claims of export and report.
void TestCli::savedViewFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    const QString db = m_home->filePath(QStringLiteral("mini.sqlite"));
    QCOMPARE(importMini(db), 0);
    {
        QSettings settings(m_home->filePath(QStringLiteral("config/Dossier/dossier.conf")),
                           QSettings::IniFormat);
        ClaimFilter conflict;
        conflict.inConflict = ClaimFilter::Side::Yes;
        ClaimFilter acme;
        acme.actors = QStringList{"acme", "no-such-actor"};
        SavedView first, second;
        first.name = QStringLiteral("In Conflict");
        first.filter = FilterState::toVariantMap(conflict);
        second.name = QStringLiteral("Acme's");
        second.filter = FilterState::toVariantMap(acme);
        SavedViews::store(settings, {first, second});
    }
    for (QString &argument : arguments)
        argument.replace(QLatin1String("%HOME%"), m_home->path());
    const auto result =
        run(arguments + QStringList{QStringLiteral("--database"), db}, m_home->path());
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY2(result.err.contains(error.toUtf8()), result.err.constData());
    if (arguments.first() == QLatin1String("report") && exitCode == 0)
        QVERIFY(QFileInfo(m_home->filePath(QStringLiteral("r.pdf"))).size() > 0);
    if (arguments.first() == QLatin1String("export") && exitCode == 0) {
        QStringList ids;
        const auto claims =
            QJsonDocument::fromJson(result.out).object().value(QStringLiteral("claims")).toArray();
        for (const auto &c : claims)
            ids << c.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, expected);
    }
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
    QVERIFY(lines[0].startsWith(
        "claim_id,date,start_date,end_date,date_precision,date_basis,kind,statement"));
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
    QTest::newRow("bad format") << QStringList{"export", "--format", "xml"} << 2
                                << "json, csv or timelinejs";
    QTest::newRow("bom without csv")
        << QStringList{"export", "--bom"} << 2 << "--bom is for --format csv only";
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

void TestCli::exportImportMarkup()
{
    const QString db = m_home->filePath(QStringLiteral("marked.sqlite"));
    QCOMPARE(importMini(db), 0);
    Markup markup;
    const QString note = QStringLiteral("\u202Eevil\u202C <b>not bold</b> \"quoted\"\nline two");
    markup.set(QStringLiteral("c1"),
               {.key = true, .tags = {QStringLiteral("follow up")}, .note = note});
    markup.set(QStringLiteral("removed"), {.key = true, .tags = {}, .note = {}});
    markup.setColour(QStringLiteral("follow up"), QStringLiteral("#123456"));
    {
        DatasetStore store;
        QString error;
        QVERIFY2(store.open(db, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY2(store.replaceMarkup(markup, &error), qPrintable(error));
    }
    const auto exportTo = [&](const QString &name, const QStringList &more) {
        return runDossier(QStringList{QStringLiteral("export"), QStringLiteral("--database"), db,
                                      QStringLiteral("-o"), m_home->filePath(name)} +
                              more,
                          m_home->path());
    };
    const QString plain = m_home->filePath(QStringLiteral("plain.json"));
    const QString marked = m_home->filePath(QStringLiteral("marked.json"));
    QCOMPARE(exportTo(QStringLiteral("plain.json"), {}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(MarkupJson::pathBeside(plain)));
    QVERIFY(!fileBytes(plain).contains("follow up"));
    const auto withMarkup = exportTo(QStringLiteral("marked.json"), {"--with-markup"});
    QCOMPARE(withMarkup.exitCode, 0);
    QVERIFY2(withMarkup.out.contains("Wrote the markup of 2 claim(s)"), withMarkup.out.data());
    // The dataset file is the evidence alone, byte for byte the same with or without markup.
    QCOMPARE(fileBytes(marked), fileBytes(plain));
    QVERIFY(QFileInfo::exists(MarkupJson::pathBeside(marked)));

    for (const QString &file : {plain, marked}) {
        const auto check = runDossier({QStringLiteral("check"), file, QStringLiteral("--corpus"),
                                       TestSupport::dataPath(QStringLiteral("corpus"))},
                                      m_home->path());
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }

    const QString db2 = m_home->filePath(QStringLiteral("again.sqlite"));
    const auto import = runDossier(
        {QStringLiteral("import"), marked, QStringLiteral("--database"), db2}, m_home->path());
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains("Imported the markup of 2 claim(s)"), import.out.constData());
    {
        DatasetStore store;
        QString error;
        QVERIFY2(store.open(db2, DatasetStore::Mode::ReadOnly, &error), qPrintable(error));
        const auto back = store.loadMarkup(&error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->of(QStringLiteral("c1")).note, note);
        QVERIFY(*back == markup);
    }

    // Markup of the wrong shape fails the check and is not imported, nor is its dataset.
    QFile bad(MarkupJson::pathBeside(marked));
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"({"format": "dossier-markup", "version": 1, "claims": [{"claim": 3}]})");
    bad.close();
    QCOMPARE(runDossier({QStringLiteral("check"), marked}, m_home->path()).exitCode, 1);
    const QString db3 = m_home->filePath(QStringLiteral("refused.sqlite"));
    QCOMPARE(runDossier({QStringLiteral("import"), marked, QStringLiteral("--database"), db3},
                        m_home->path())
                 .exitCode,
             1);
    QVERIFY(!QFileInfo::exists(db3));
    // Markup goes to a file beside the output, never to standard output.
    QCOMPARE(runDossier({QStringLiteral("export"), QStringLiteral("--database"), db,
                         QStringLiteral("--with-markup")},
                        m_home->path())
                 .exitCode,
             2);
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

TestSupport::Run TestCli::run(const QStringList &arguments, const QString &workingDir,
                              int timeoutMs, const QString &program)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DOSSIER_CORPUS"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program.isEmpty() ? binary() : program, arguments);
    TestSupport::Run result;
    if (!process.waitForStarted()) {
        result.err = "(could not start: " + process.errorString().toUtf8() + ')';
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "(killed: still running after the test's time limit)";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestCli::binary()
{
    return qEnvironmentVariable("DOSSIER_TEST_BINARY", QStringLiteral(DOSSIER_BINARY));
}

bool TestCli::makeSpecial(const QString &kind, const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(name.constData(), 0644) == 0;
    if (kind == QLatin1String("device"))
        return ::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path);
    if (kind.startsWith(QLatin1String("link to "))) {
        const QString target = path + QStringLiteral(".target");
        return makeSpecial(kind.mid(8), target) && QFile::link(target, path);
    }
    return false;
}

QString TestCli::identity(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("mode %1 device %2 size %3")
        .arg(QString::number(st.st_mode & S_IFMT, 8), QString::number(st.st_rdev),
             QString::number(st.st_size));
}

QStringList TestCli::snapshot(const QString &dir)
{
    QStringList lines;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        QString line =
            QStringLiteral("%1 %2 %3 %4")
                .arg(QDir(dir).relativeFilePath(path), QString::number(st.st_mode & S_IFMT, 8),
                     QString::number(st.st_size),
                     QString::number(qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec));
        if (S_ISREG(st.st_mode))
            line +=
                u' ' +
                QString::fromLatin1(
                    QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex());
        lines << line;
    }
    lines.sort();
    return lines;
}

void TestCli::outputNotAFileRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("kind");
    const QList<QStringList> commands = {
        {"export"},
        {"export", "--format", "csv"},
        {"generate", "--claims", "3", "--actors", "2", "--sources", "2"},
        {"report"}};
    for (const QStringList &command : commands)
        for (const char *kind : {"fifo", "device", "folder", "link to device", "link to fifo"})
            QTest::addRow("%s, %s", qPrintable(command.join(u' ')), kind) << command << kind;
}

// -o onto anything but a regular file: refused (exit 2) with a reason, the target untouched.
// Writing through QSaveFile renamed a new file over it: a device node became a regular file,
// and the reader of a pipe got nothing.
void TestCli::outputNotAFileRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, kind);
    const QString target = m_home->filePath(QStringLiteral("target"));
    if (!makeSpecial(kind, target))
        QSKIP("this system does not let the test make that kind of file (a device needs root)");
    const QString real = QFileInfo(target).isSymLink() ? QFileInfo(target).symLinkTarget() : target;
    const QString before = identity(real);
    const QStringList folderBefore = snapshot(m_home->path());
    // A reader on the pipe, so that a writer opening it would not block, and its bytes show.
    int reader = -1;
    if (kind.endsWith(QLatin1String("fifo")))
        reader = ::open(QFile::encodeName(real).constData(), O_RDONLY | O_NONBLOCK);
    const auto result = run(command + QStringList{QStringLiteral("-o"), target}, m_home->path());
    QByteArray received(4096, '\0');
    const ssize_t got = reader >= 0 ? ::read(reader, received.data(), size_t(received.size())) : 0;
    if (reader >= 0)
        ::close(reader);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("Dossier writes only regular files"), result.err.constData());
    QCOMPARE(identity(real), before);
    QVERIFY(got <= 0);
    QCOMPARE(snapshot(m_home->path()), folderBefore);
}

void TestCli::outputToStandardOutput_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::newRow("export -o -") << QStringList{"export"} << "-" << QByteArray("{\n");
    QTest::newRow("export -o /dev/stdout")
        << QStringList{"export"} << "/dev/stdout" << QByteArray("{\n");
    QTest::newRow("csv -o /dev/fd/1")
        << QStringList{"export", "--format", "csv"} << "/dev/fd/1" << QByteArray("claim_id,");
    QTest::newRow("generate -o /dev/stdout")
        << QStringList{"generate", "--claims", "3", "--actors", "2", "--sources", "2"}
        << "/dev/stdout" << QByteArray("{\n");
    QTest::newRow("report -o -") << QStringList{"report"} << "-" << QByteArray("%PDF-");
    QTest::newRow("report -o /dev/stdout")
        << QStringList{"report"} << "/dev/stdout" << QByteArray("%PDF-");
    QTest::newRow("a regular file") << QStringList{"export"} << "out.json" << QByteArray();
}

// Standard output, however it is named, is written through (into the test's pipe here); a
// regular file is written whole.
void TestCli::outputToStandardOutput()
{
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    QFETCH(QByteArray, startsWith);
    const auto result = run(command + QStringList{QStringLiteral("-o"), output}, m_home->path());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    if (startsWith.isEmpty()) {
        QVERIFY(result.out.isEmpty());
        const auto reread = DatasetJsonReader::readFile(QDir(m_home->path()).filePath(output));
        QVERIFY(reread.ok());
        return;
    }
    QVERIFY2(result.out.startsWith(startsWith), result.out.left(200).constData());
    if (startsWith == "{\n")
        QVERIFY(DatasetJsonReader::read(result.out, QStringLiteral("stdout")).ok());
    if (startsWith == "%PDF-") {
        QVERIFY(result.out.trimmed().endsWith("%%EOF"));
        QVERIFY2(result.err.contains("Wrote"), result.err.constData());
    }
}

void TestCli::databaseNotAFileRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");
    for (const char *command : {"export", "report", "import"})
        for (const char *kind : {"fifo", "device", "link to device", "link to fifo"})
            QTest::addRow("%s, %s", command, kind) << command << kind;
}

// --database naming a pipe blocked export, report and the window forever (a read-only open
// waits for a writer); one naming a device got a journal beside it. Refused at once now,
// before SQLite opens anything.
void TestCli::databaseNotAFileRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    const QString folder = m_home->filePath(QStringLiteral("db"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/dossier.sqlite");
    if (!makeSpecial(kind, db))
        QSKIP("this system does not let the test make that kind of file (a device needs root)");
    const QStringList before = snapshot(folder);
    QStringList arguments{command, QStringLiteral("--database"), db};
    if (command == QLatin1String("import"))
        arguments << TestSupport::dataPath(QStringLiteral("mini.json"));
    if (command == QLatin1String("report"))
        arguments << QStringLiteral("-o") << m_home->filePath(QStringLiteral("r.pdf"));
    const auto result = run(arguments, m_home->path(), 20000);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("a database is a regular file"), result.err.constData());
    QCOMPARE(snapshot(folder), before);
}

void TestCli::readOnlyCommandsWriteNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    const QList<std::pair<const char *, int>> files = {{"empty file", 1},
                                                       {"text file", 1},
                                                       {"another program's database", 1},
                                                       {"dossier database", 0},
                                                       {"database without its digest", 1},
                                                       {"link to a device", 1},
                                                       {"newer schema", 1},
                                                       {"nothing there", 1}};
    for (const char *command : {"export", "report"})
        for (const auto &[file, code] : files)
            QTest::addRow("%s, %s", command, file) << command << file << code;
    // check reads a dataset file, never a database.
    QTest::newRow("check, text file") << "check"
                                      << "text file" << 1;
    QTest::newRow("check, empty file") << "check"
                                       << "empty file" << 1;
    QTest::newRow("check, dossier database") << "check"
                                             << "dossier database" << 1;
}

// Commands that only read never create, change or leave any file: not the database (an empty
// file became a Dossier database), not beside it (a -journal beside a device, -wal and -shm
// beside a database), not the default database in the data folder.
void TestCli::readOnlyCommandsWriteNothing()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const QString folder = m_home->filePath(QStringLiteral("crafted"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/notes.txt");
    if (file == QLatin1String("empty file")) {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (file == QLatin1String("text file")) {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Meeting notes.\n");
    } else if (file == QLatin1String("another program's database")) {
        QVERIFY(sqliteExec(db, "CREATE TABLE people(name TEXT); INSERT INTO people VALUES(1);"));
    } else if (file == QLatin1String("link to a device")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), db));
    } else if (file != QLatin1String("nothing there")) {
        QCOMPARE(importMini(db), 0);
        if (file == QLatin1String("database without its digest"))
            QVERIFY(sqliteExec(db, "DELETE FROM meta WHERE key = 'dataset_sha256';"));
        if (file == QLatin1String("newer schema"))
            QVERIFY(sqliteExec(db, "PRAGMA user_version = 99;"));
    }
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    const QString outputs = m_home->filePath(QStringLiteral("outputs"));
    QVERIFY(QDir().mkpath(outputs));
    const QStringList before = snapshot(m_home->path()).filter(QRegularExpression("^(?!outputs)"));
    QStringList arguments{command};
    if (command == QLatin1String("check"))
        arguments << db;
    else
        arguments << QStringLiteral("--database") << db << QStringLiteral("-o")
                  << outputs + QStringLiteral("/out");
    const auto result = run(arguments, folder, 30000);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QCOMPARE(snapshot(m_home->path()).filter(QRegularExpression("^(?!outputs)")), before);
}

void TestCli::fileNamedBundledIsTheUsersDataset_data()
{
    QTest::addColumn<bool>("defaultDatabase");
    QTest::newRow("--database") << false;
    QTest::newRow("the default database, which the window fills") << true;
}

// The bundled dataset was refreshed in any store whose origin read "bundled": the path a file
// was imported from, as typed. A user's file of that name was replaced by the bundled dataset
// on the next export.
void TestCli::fileNamedBundledIsTheUsersDataset()
{
    QFETCH(bool, defaultDatabase);
    QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("mini.json")),
                        m_home->filePath(QStringLiteral("bundled"))));
    const QString db = defaultDatabase
                           ? m_home->filePath(QStringLiteral("Dossier/dossier/dossier.sqlite"))
                           : m_home->filePath(QStringLiteral("mine.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
    const QStringList database =
        defaultDatabase ? QStringList() : QStringList{QStringLiteral("--database"), db};
    const auto imported =
        run(QStringList{QStringLiteral("import"), QStringLiteral("bundled")} + database,
            m_home->path());
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(QFileInfo::exists(db));
    const QByteArray before = fileBytes(db);
    const auto exported = run(QStringList{QStringLiteral("export")} + database, m_home->path());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const auto read = DatasetJsonReader::read(exported.out, QStringLiteral("export"));
    QVERIFY(read.ok());
    QCOMPARE(read.dataset.claims.size(), TestSupport::miniDataset().claims.size());
    QCOMPARE(read.dataset.info.title, TestSupport::miniDataset().info.title);
    QCOMPARE(fileBytes(db), before);
}

// Reading commands no longer make the default database, so on a fresh account import is the
// first to need its folder: it makes it (a folder named with --database must exist).
void TestCli::importMakesTheDefaultFolder()
{
    const auto imported =
        run({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json"))},
            m_home->path());
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(QFileInfo::exists(m_home->filePath(QStringLiteral("Dossier/dossier/dossier.sqlite"))));
    QCOMPARE(exportedIds({}).size(), TestSupport::miniDataset().claims.size());
}

void TestCli::missingDigestRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << "export";
    QTest::newRow("report") << "report";
}

// A database whose dataset_sha256 row was deleted by other tools was taken for an empty one,
// and the bundled dataset silently replaced the user's. It is refused with its first problem,
// as any database changed outside Dossier.
void TestCli::missingDigestRefused()
{
    QFETCH(QString, command);
    const QString db = m_home->filePath(QStringLiteral("digest.sqlite"));
    QCOMPARE(importMini(db), 0);
    QVERIFY(sqliteExec(db, "DELETE FROM meta WHERE key = 'dataset_sha256';"));
    const QByteArray before = fileBytes(db);
    const QString out = m_home->filePath(QStringLiteral("out"));
    const auto result =
        run({command, QStringLiteral("--database"), db, QStringLiteral("-o"), out}, m_home->path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("holds a dataset that is no longer valid"),
             result.err.constData());
    QVERIFY2(result.err.contains("dataset_sha256"), result.err.constData());
    QCOMPARE(fileBytes(db), before);
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::helpAndVersionDoNothingElse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    const QString db = QStringLiteral("new.sqlite");
    const QList<QStringList> commands = {{},
                                         {"check", "dataset.json"},
                                         {"export", "-o", "out.json"},
                                         {"import", "dataset.json", "--database", "new.sqlite"},
                                         {"generate", "-o", "out.json"},
                                         {"report", "-o", "out.pdf"}};
    for (const QStringList &command : commands) {
        const QString name = command.isEmpty() ? QStringLiteral("dossier") : command.first();
        for (const char *option : {"-h", "--help", "--help-all"})
            QTest::addRow("%s %s", qPrintable(name), option)
                << command + QStringList{QLatin1String(option)} << QByteArray("Usage: ");
        for (const char *option : {"-v", "--version"})
            QTest::addRow("%s %s", qPrintable(name), option)
                << command + QStringList{QLatin1String(option)} << QByteArray("dossier ");
    }
}

// Every help and version option the help lists prints and exits 0, doing nothing else:
// `report --help-all` wrote the PDF, `--help-all` alone printed nothing.
void TestCli::helpAndVersionDoNothingElse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("mini.json")),
                        m_home->filePath(QStringLiteral("dataset.json"))));
    const QStringList before = snapshot(m_home->path());
    const auto result = run(arguments, m_home->path());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.startsWith(expected), result.out.constData());
    QCOMPARE(snapshot(m_home->path()), before);
}

void TestCli::readOnlyMediumBrowses_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << "export";
    QTest::newRow("report") << "report";
}

// A database on a read-only medium (a CD, a read-only mount, a folder one may not write to):
// SQLite cannot create the -shm file WAL reads through, and the database could not be read.
// The test needs a folder nobody can write to: a read-only bind mount in a private mount
// namespace, or an immutable folder; permissions alone do not stop root.
void TestCli::readOnlyMediumBrowses()
{
    QFETCH(QString, command);
    const QString folder = m_home->filePath(QStringLiteral("medium"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/dossier.sqlite");
    QCOMPARE(importMini(db), 0);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    const QString out = m_home->filePath(QStringLiteral("out"));
    const QStringList arguments{command, QStringLiteral("--database"), db, QStringLiteral("-o"),
                                out};
    TestSupport::Run result;
    const auto canWrite = [&] {
        QFile probe(folder + QStringLiteral("/probe"));
        const bool ok = probe.open(QIODevice::WriteOnly);
        probe.remove();
        return ok;
    };
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    if (!canWrite()) {
        result = run(arguments, m_home->path());
    } else if (QProcess::execute(QStringLiteral("unshare"),
                                 {QStringLiteral("-m"), QStringLiteral("true")}) == 0) {
        // The mount exists only in the private namespace, and ends with the command.
        const QString script = QStringLiteral(
            "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && ! touch \"$1/probe\" "
            "2>/dev/null && shift && exec \"$@\"");
        result = run(QStringList{QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 script, QStringLiteral("sh"), folder, binary()} +
                         arguments,
                     m_home->path(), 60000, QStringLiteral("unshare"));
    } else if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) == 0) {
        result = run(arguments, m_home->path());
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
    } else {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("no way to make a read-only folder here (no mount namespace, no chattr)");
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QFileInfo(out).size() > 0);
}

void TestCli::percentInPathsKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("%1 and %2") << "with %1 and %2";
    QTest::newRow("%2 before %1") << "x%2y%1";
    QTest::newRow("%9 and %L1") << "%9%L1";
}

// Messages were built with chained .arg(): a path holding "%1" or "%2" had the next argument
// substituted into it ("Wrote x5.pdf (5 pages, ...)").
void TestCli::percentInPathsKept()
{
    QFETCH(QString, name);
    const QString folder = m_home->filePath(name);
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + u'/' + name + QStringLiteral(".sqlite");
    QCOMPARE(importMini(db), 0);

    const QString pdf = folder + u'/' + name + QStringLiteral(".pdf");
    const auto report =
        run({QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("-o"), pdf},
            m_home->path());
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY2(report.out.startsWith(QStringLiteral("Wrote %1 (").arg(pdf).toUtf8()),
             report.out.constData());

    const QString json = folder + u'/' + name + QStringLiteral(".json");
    QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("mini.json")), json));
    const auto check = run({QStringLiteral("check"), json}, m_home->path());
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("\n%1: 0 failure(s); 2 sources").arg(json).toUtf8()),
             check.out.constData());

    QVERIFY(sqliteExec(db, "PRAGMA user_version = 99;"));
    const auto newer =
        run({QStringLiteral("export"), QStringLiteral("--database"), db}, m_home->path());
    QCOMPARE(newer.exitCode, 1);
    QVERIFY2(newer.err.contains(
                 QStringLiteral("%1 was written by a newer Dossier (schema 99; this program knows")
                     .arg(db)
                     .toUtf8()),
             newer.err.constData());
}

// In the arguments, %HOME% stands for a folder holding "mini.dossier.json" (a dataset),
// "d.sqlite" (a database) and "notes.txt" (neither).
void TestCli::fileArgumentWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString noDisplay = QStringLiteral("no display to open the window on");
    QTest::newRow("a dataset opens the window")
        << QStringList{"%HOME%/mini.dossier.json"} << 1 << noDisplay;
    QTest::newRow("a database opens the window")
        << QStringList{"%HOME%/d.sqlite"} << 1 << noDisplay;
    QTest::newRow("a word is an unknown command")
        << QStringList{"nosuchword"} << 2 << "dossier: unknown command 'nosuchword'";
    QTest::newRow("a missing file is named")
        << QStringList{"%HOME%/missing.dossier.json"} << 2
        << "dossier: %HOME%/missing.dossier.json does not exist";
    QTest::newRow("a folder is named")
        << QStringList{"%HOME%/sub"} << 2 << "dossier: %HOME%/sub is a folder, not a file";
    QTest::newRow("neither a database nor a dataset")
        << QStringList{"%HOME%/notes.txt"} << 2
        << "dossier: %HOME%/notes.txt is neither a Dossier database nor a dataset JSON file.";
    QTest::newRow("two files") << QStringList{"%HOME%/mini.dossier.json", "%HOME%/d.sqlite"} << 2
                               << "the window opens one file at a time, not 2";
    QTest::newRow("a command is still a command")
        << QStringList{"check", "%HOME%/mini.dossier.json"} << 0 << "";
}

// `dossier FILE` opens the window only for a file it can open: everything else is answered on
// the terminal, without a display, the file named. Run without one, so that the window's
// path says so ("no display", exit 1) where the terminal's gives its own answer.
void TestCli::fileArgumentWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("mini.json")),
                        m_home->filePath(QStringLiteral("mini.dossier.json"))));
    QFile database(m_home->filePath(QStringLiteral("d.sqlite")));
    QVERIFY(database.open(QIODevice::WriteOnly));
    database.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
    database.close();
    QFile notes(m_home->filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("notes\n");
    notes.close();
    QVERIFY(QDir(m_home->path()).mkdir(QStringLiteral("sub")));
    for (QString &argument : arguments)
        argument.replace(QLatin1String("%HOME%"), m_home->path());
    expected.replace(QLatin1String("%HOME%"), m_home->path());

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("DOSSIER_CORPUS"));
    process.setProcessEnvironment(env);
    process.start(binary(), arguments);
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, err.constData());
    QVERIFY2(QString::fromUtf8(err).contains(expected), err.constData());
}

// `dossier history`: every change, or one record's, with who and when, and each field that
// changed before and after; text from the data printed as plain text.
void TestCli::historyPrintsChanges()
{
    const QString db = m_home->filePath(QStringLiteral("h.sqlite"));
    QCOMPARE(importMini(db), 0);
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(db, DatasetStore::Mode::ReadWrite, &error));
        const Dataset d = *store.load(&error);
        Claim claim = d.claims[0];
        claim.date = PartialDate::parse(QStringLiteral("2019-05"));
        claim.statement = QStringLiteral("Edited \u202eevil\x1b[31m statement");
        QVERIFY(store
                    .write(Change::edit(d.claims[0], claim, QStringLiteral("Change date of c1"), 1),
                           QStringLiteral("alice"))
                    .ok());
        Actor actor = d.actors[0];
        actor.aliases.append(QStringLiteral("Alias"));
        QVERIFY(store
                    .write(Change::edit(d.actors[0], actor, QStringLiteral("Add an alias"), 1),
                           QStringLiteral("bob"))
                    .ok());
        QVERIFY(store
                    .write(Change::remove(d.conflicts[0], QStringLiteral("Delete conflict"), 1),
                           QStringLiteral("bob"))
                    .ok());
    }
    const auto all =
        runDossier({QStringLiteral("history"), QStringLiteral("--database"), db}, m_home->path());
    QCOMPARE(all.exitCode, 0);
    const QString out = QString::fromUtf8(all.out);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 7, all.out.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("^#1  \\d{4}-\\d\\d-\\d\\dT[\\d:]+Z  alice  "
                                               "Change date of c1$"))
                 .match(lines[0])
                 .hasMatch(),
             qPrintable(lines[0]));
    QVERIFY2(out.contains(QStringLiteral("  claim c1 changed\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("    date: %1 \u2192 2019-05\n")
                              .arg(TestSupport::miniDataset().claims[0].date.toIsoString())),
             qPrintable(out));
    // Direction controls and escapes from the data are shown, never acted on.
    QVERIFY2(out.contains(QStringLiteral("Edited <U+202E>evil<U+001B>[31m statement")),
             qPrintable(out));
    QVERIFY(!all.out.contains('\x1b'));
    QVERIFY2(out.contains(QStringLiteral("    aliases: ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("#3  ")) && out.contains(QStringLiteral(" removed\n")),
             qPrintable(out));

    const auto one = runDossier(
        {QStringLiteral("history"), QStringLiteral("c1"), QStringLiteral("--database"), db},
        m_home->path());
    QCOMPARE(one.exitCode, 0);
    const QString oneOut = QString::fromUtf8(one.out);
    QVERIFY2(oneOut.startsWith(QStringLiteral("#1  ")), qPrintable(oneOut));
    QVERIFY2(!oneOut.contains(QStringLiteral("#2")) && !oneOut.contains(QStringLiteral("alias")),
             qPrintable(oneOut));
}

void TestCli::historyOfNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no change yet")
        << QStringList{} << 0 << QStringLiteral("No change is recorded in ");
    QTest::newRow("a record never changed")
        << QStringList{QStringLiteral("c2")} << 0 << QStringLiteral("No change to c2 is recorded");
    QTest::newRow("two records") << QStringList{QStringLiteral("c1"), QStringLiteral("c2")} << 2
                                 << QStringLiteral("one record id at most");
    QTest::newRow("no database") << QStringList{QStringLiteral("--database"),
                                                QStringLiteral("missing.sqlite")}
                                 << 1 << QStringLiteral("there is no database at missing.sqlite");
}

void TestCli::historyOfNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString db = m_home->filePath(QStringLiteral("n.sqlite"));
    QCOMPARE(importMini(db), 0);
    QStringList command{QStringLiteral("history")};
    command << arguments;
    if (!arguments.contains(QStringLiteral("--database")))
        command << QStringLiteral("--database") << db;
    const auto run = runDossier(command, m_home->path());
    QCOMPARE(run.exitCode, exitCode);
    const QString text = QString::fromUtf8(run.out + run.err);
    QVERIFY2(text.contains(expected), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
