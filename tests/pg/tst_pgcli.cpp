// The commands on a team dossier: the real program against a throwaway PostgreSQL cluster.
#include "models/store/DatasetLoader.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

class TestPgCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importThenExportGivesTheFile();
    void checkAndReportReadTheServer();
    void initPreparesOnce();
    void initRefusesOtherTables();
    void initWantsAServer();
    void badConnectionsSayWhyWithoutPassword_data();
    void badConnectionsSayWhyWithoutPassword();
    void historyReadsTheServer();

private:
    QString freshDatabase();
    TestSupport::Run dossier(const QStringList &arguments)
    {
        return TestSupport::runDossier(arguments, m_home.path());
    }
    QString file(const char *name) const { return m_home.filePath(QLatin1String(name)); }

    PgCluster m_cluster;
    QTemporaryDir m_home;
    int m_databases = 0;
};

void TestPgCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    PG_CLUSTER_START(m_cluster);
}

QString TestPgCli::freshDatabase()
{
    const QString name = QStringLiteral("c%1").arg(++m_databases);
    QString error;
    if (!m_cluster.createDatabase(name, &error))
        QTest::qFail(qPrintable(QStringLiteral("cannot create a database: ") + error), __FILE__,
                     __LINE__);
    return name;
}

// The bundled dataset is in canonical form: what the server gives back is the file itself.
void TestPgCli::importThenExportGivesTheFile()
{
    QFile json(file("dispute.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(DatasetLoader::bundledJson());
    json.close();
    const QString uri = m_cluster.uri(freshDatabase());
    auto run =
        dossier({QStringLiteral("import"), json.fileName(), QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Imported"), run.out.constData());
    run = dossier({QStringLiteral("export"), QStringLiteral("--database"), uri,
                   QStringLiteral("-o"), file("out.json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile out(file("out.json"));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), DatasetLoader::bundledJson());
    // Again, over the first: the import replaces.
    run = dossier({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                   QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = dossier({QStringLiteral("export"), QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("\"c1\""));
    QVERIFY(!run.out.contains("\"c060\""));
}

void TestPgCli::checkAndReportReadTheServer()
{
    const QString uri = m_cluster.uri(freshDatabase());
    auto run =
        dossier({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                 QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = dossier({QStringLiteral("check"), QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY2(run.out.contains("0 failure(s); 2 sources, 3 actors, 5 claims"), run.out.constData());
    run = dossier({QStringLiteral("report"), QStringLiteral("--database"), uri,
                   QStringLiteral("-o"), file("report.pdf")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile pdf(file("report.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestPgCli::initPreparesOnce()
{
    const QString uri = m_cluster.uri(freshDatabase());
    auto run = dossier({QStringLiteral("init"), QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Prepared"), run.out.constData());
    run = dossier({QStringLiteral("init"), QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("already prepared"), run.out.constData());
    // Prepared but empty: reading commands say what to do.
    run = dossier({QStringLiteral("export"), QStringLiteral("--database"), uri});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("dossier import"), run.err.constData());
}

void TestPgCli::initRefusesOtherTables()
{
    const QString db = freshDatabase();
    QString error;
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE TABLE payroll (id int)"), &error, db),
             qPrintable(error));
    const auto run =
        dossier({QStringLiteral("init"), QStringLiteral("--database"), m_cluster.uri(db)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("payroll"), run.err.constData());
}

void TestPgCli::initWantsAServer()
{
    const auto run =
        dossier({QStringLiteral("init"), QStringLiteral("--database"), file("local.sqlite")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("PostgreSQL"), run.err.constData());
    QVERIFY(!QFileInfo::exists(file("local.sqlite")));
}

void TestPgCli::badConnectionsSayWhyWithoutPassword_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("why");
    const QString secret = QStringLiteral("Hunter2-Secret");
    QTest::newRow("wrong password")
        << m_cluster.uri(QStringLiteral("postgres"), QStringLiteral("reader"), secret)
        << "password authentication failed";
    QTest::newRow("no such server")
        << QStringLiteral("host=/nonexistent/run port=5999 dbname=x user=ann password=%1")
               .arg(secret)
        << "No such file or directory";
    QTest::newRow("no such database")
        << m_cluster.uri(QStringLiteral("missing")) + QStringLiteral("&password=") + secret
        << "does not exist";
}

void TestPgCli::badConnectionsSayWhyWithoutPassword()
{
    QFETCH(QString, connection);
    QFETCH(QString, why);
    QString error;
    m_cluster.exec(QStringLiteral("CREATE ROLE reader LOGIN PASSWORD 'right'"), &error);
    for (const QStringList &command :
         {QStringList{QStringLiteral("export")},
          QStringList{QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json"))},
          QStringList{QStringLiteral("init")}}) {
        const auto run = dossier(command + QStringList{QStringLiteral("--database"), connection});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot connect to"), run.err.constData());
        QVERIFY2(run.err.contains(why.toUtf8()), run.err.constData());
        QVERIFY2(!run.err.contains("Hunter2") && !run.out.contains("Hunter2"), run.err.constData());
    }
}

// `dossier history` on a team dossier: the server's changes, by the database user.
void TestPgCli::historyReadsTheServer()
{
    const QString uri = m_cluster.uri(freshDatabase());
    auto run =
        dossier({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                 QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = dossier({QStringLiteral("history"), QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("No change is recorded"), run.out.constData());
    {
        PgStore store;
        QString error;
        QVERIFY2(store.open(uri, &error), qPrintable(error));
        const Dataset d = *store.load(&error);
        Claim after = d.claims.first();
        after.statement = QStringLiteral("Rewritten on the server.");
        QVERIFY(store
                    .write(Change::edit(d.claims.first(), after,
                                        QStringLiteral("Change statement of c1"), 1),
                           QString())
                    .ok());
    }
    run = dossier(
        {QStringLiteral("history"), QStringLiteral("c1"), QStringLiteral("--database"), uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("#1  "), run.out.constData());
    QVERIFY2(run.out.contains("  postgres  Change statement of c1"), run.out.constData());
    QVERIFY2(run.out.contains("Rewritten on the server."), run.out.constData());
    run = dossier(
        {QStringLiteral("history"), QStringLiteral("c2"), QStringLiteral("--database"), uri});
    QVERIFY2(run.out.contains("No change to c2"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pgcli.moc"
