// The PostgreSQL store against a throwaway cluster (tests/support/PgCluster): what goes in
// comes back byte for byte, an import is all or nothing, init prepares only a database of its
// own, and no message carries a password.
#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/DatasetLoader.h"
#include "models/store/pg/PgLocation.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestSupport.h"

#include <QtTest>
#include <libpq-fe.h>

class TestPgStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTrip_data();
    void roundTrip();
    void recordsStartAtVersionOne();
    void importReplacesContent();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void initRefusesOtherTables();
    void initTwiceIsHarmless();
    void refusesNewerSchema();
    void loadWithoutDataset();
    void wrongPasswordNamesNoPassword();
    void connectionStrings_data();
    void connectionStrings();
    void staleClusterIsRemoved();

private:
    QString freshDatabase();
    QString scalar(const QString &database, const char *sql);
    static Dataset hostile();

    PgCluster m_cluster;
    int m_databases = 0;
};

void TestPgStore::initTestCase()
{
    PG_CLUSTER_START(m_cluster);
}

void TestPgStore::init()
{
    // A test that runs alone still needs the cluster (QSKIP in initTestCase skips them all).
    QVERIFY(m_cluster.port() > 0);
}

QString TestPgStore::freshDatabase()
{
    const QString name = QStringLiteral("t%1").arg(++m_databases);
    QString error;
    // Not qFatal: an abort would leave the cluster for the next run to clean up.
    if (!m_cluster.createDatabase(name, &error))
        QTest::qFail(qPrintable(QStringLiteral("cannot create a database: ") + error), __FILE__,
                     __LINE__);
    return name;
}

QString TestPgStore::scalar(const QString &database, const char *sql)
{
    PGconn *conn = PQconnectdb(m_cluster.uri(database).toUtf8().constData());
    PGresult *r = PQexec(conn, sql);
    const QString value = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1
                              ? QString::fromUtf8(PQgetvalue(r, 0, 0))
                              : QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn));
    PQclear(r);
    PQfinish(conn);
    return value;
}

// Text COPY's format must escape (backslash, tab, newline, carriage return), quotes, a
// backslash before N (which COPY reads as NULL), right-to-left marks and overrides, emoji,
// and a value that is only whitespace.
Dataset TestPgStore::hostile()
{
    Dataset d = TestSupport::miniDataset();
    const QString nasty = QStringLiteral("tab\there, line\nbreak, cr\rhere, back\\slash, \\N, "
                                         "\\\\N, 'single' \"double\", ") +
                          QChar(0x202E) + QStringLiteral("RTL override") + QChar(0x202C) +
                          QStringLiteral(" \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 "
                                         "\U0001F600\U0001F1EB\U0001F1F7 \\.");
    d.info.title = nasty;
    d.info.description = QStringLiteral("\\.\n\\.");
    d.claims[0].statement = nasty;
    d.claims[0].dateNote = QStringLiteral("\t");
    d.claims[1].statement = QStringLiteral("\\N");
    d.claims[0].citations[0].quote = QStringLiteral("\\");
    d.claims[0].citations[0].prefix = QStringLiteral("\n");
    d.claims[0].citations[0].suffix = nasty.left(40);
    d.actors[0].aliases.append(nasty);
    d.actors[1].description = QStringLiteral(" ");
    d.sources[0].author = QStringLiteral("\\N");
    d.sources[0].notes = nasty;
    d.conflicts[0].about = nasty;
    d.reindex();
    return d;
}

void TestPgStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("viaJson");
    QTest::newRow("mini") << TestSupport::miniJson() << true;
    QTest::newRow("bundled") << DatasetLoader::bundledJson() << true;
    QTest::newRow("synthetic 5000")
        << DatasetJsonWriter::write(SyntheticDataset::generate({5000, 300, 120, 22})) << true;
    QTest::newRow("hostile text") << QByteArray() << false;
}

void TestPgStore::roundTrip()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, viaJson);
    Dataset dataset;
    if (viaJson) {
        auto read = DatasetJsonReader::read(json, QStringLiteral("test.json"));
        QVERIFY2(read.ok(), qPrintable(TestSupport::joined(read.problems)));
        dataset = std::move(read.dataset);
    } else {
        dataset = hostile();
    }
    PgStore store;
    QString error;
    QVERIFY2(store.open(m_cluster.uri(freshDatabase()), &error), qPrintable(error));
    QVERIFY(!store.isInitialised());
    QVERIFY2(store.importDataset(dataset, QStringLiteral("origin"), QStringLiteral("sha"), &error),
             qPrintable(error));
    QVERIFY(store.isInitialised());
    QCOMPARE(store.metaValue(QStringLiteral("dataset_sha256")), QStringLiteral("sha"));
    const auto loaded = store.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    // Every record and field, in order; and the canonical JSON, byte for byte.
    QVERIFY(loaded->sameRecords(dataset));
    QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(dataset));
}

void TestPgStore::recordsStartAtVersionOne()
{
    const QString db = freshDatabase();
    PgStore store;
    QString error;
    QVERIFY2(store.open(m_cluster.uri(db), &error), qPrintable(error));
    QVERIFY2(store.importDataset(TestSupport::miniDataset(), QStringLiteral("o"),
                                 QStringLiteral("s"), &error),
             qPrintable(error));
    QCOMPARE(store.schemaVersion(), PgStore::SchemaVersion);
    QCOMPARE(store.metaValue(QStringLiteral("revision")), QStringLiteral("0"));
    for (const char *table : {"sources", "actors", "claims", "conflicts"}) {
        const QByteArray sql =
            QByteArray("SELECT count(*) FILTER (WHERE version <> 1) || '/' || count(*) FROM ") +
            table;
        QVERIFY2(scalar(db, sql.constData()).startsWith(QLatin1String("0/")), table);
        QVERIFY2(!scalar(db, sql.constData()).endsWith(QLatin1String("/0")), table);
    }
}

void TestPgStore::importReplacesContent()
{
    PgStore store;
    QString error;
    QVERIFY2(store.open(m_cluster.uri(freshDatabase()), &error), qPrintable(error));
    const Dataset large = SyntheticDataset::generate({300, 40, 20, 5});
    const Dataset mini = TestSupport::miniDataset();
    QVERIFY2(store.importDataset(large, QStringLiteral("a"), QStringLiteral("1"), &error),
             qPrintable(error));
    QVERIFY2(store.importDataset(mini, QStringLiteral("b"), QStringLiteral("2"), &error),
             qPrintable(error));
    const auto loaded = store.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(mini));
    QCOMPARE(store.metaValue(QStringLiteral("origin")), QStringLiteral("b"));
}

void TestPgStore::importIsAllOrNothing_data()
{
    QTest::addColumn<QString>("broken");
    QTest::newRow("U+0000 in a statement") << QStringLiteral("nul");
    QTest::newRow("claim names a missing actor") << QStringLiteral("actor");
    QTest::newRow("citation of a missing source") << QStringLiteral("source");
    QTest::newRow("duplicate claim id") << QStringLiteral("duplicate");
}

// A dataset the server refuses, late in the import (the references are checked at commit),
// leaves the previous one whole.
void TestPgStore::importIsAllOrNothing()
{
    QFETCH(QString, broken);
    PgStore store;
    QString error;
    QVERIFY2(store.open(m_cluster.uri(freshDatabase()), &error), qPrintable(error));
    const Dataset good = SyntheticDataset::generate({200, 30, 10, 7});
    QVERIFY2(store.importDataset(good, QStringLiteral("good"), QStringLiteral("g"), &error),
             qPrintable(error));
    Dataset bad = SyntheticDataset::generate({400, 30, 10, 8});
    Claim &last = bad.claims.last();
    if (broken == QLatin1String("nul"))
        last.statement = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
    else if (broken == QLatin1String("actor"))
        last.actors.append({QStringLiteral("nobody-at-all"), QStringLiteral("subject")});
    else if (broken == QLatin1String("source"))
        last.citations[0].source = QStringLiteral("no-such-source");
    else
        last.id = bad.claims.first().id;
    QVERIFY(!store.importDataset(bad, QStringLiteral("bad"), QStringLiteral("b"), &error));
    QVERIFY2(error.contains(QLatin1String("nothing was changed")), qPrintable(error));
    if (broken == QLatin1String("nul"))
        QVERIFY2(error.contains(QLatin1String("U+0000")), qPrintable(error));
    const auto loaded = store.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(good));
    QCOMPARE(store.metaValue(QStringLiteral("origin")), QStringLiteral("good"));
}

void TestPgStore::initRefusesOtherTables()
{
    const QString db = freshDatabase();
    QString error;
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE TABLE invoices (id int); "
                                           "CREATE TABLE claims (x text)"),
                            &error, db),
             qPrintable(error));
    PgStore store;
    QVERIFY2(store.open(m_cluster.uri(db), &error), qPrintable(error));
    QVERIFY(!store.init(&error));
    QVERIFY2(error.contains(QLatin1String("claims, invoices")), qPrintable(error));
    // An import prepares the database first, and is refused the same way.
    QVERIFY(!store.importDataset(TestSupport::miniDataset(), QStringLiteral("o"),
                                 QStringLiteral("s"), &error));
    QVERIFY2(error.contains(QLatin1String("invoices")), qPrintable(error));
    QCOMPARE(scalar(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
             QStringLiteral("2"));
}

void TestPgStore::initTwiceIsHarmless()
{
    const QString db = freshDatabase();
    PgStore store;
    QString error;
    QVERIFY2(store.open(m_cluster.uri(db), &error), qPrintable(error));
    QVERIFY2(store.init(&error), qPrintable(error));
    QVERIFY2(store.importDataset(TestSupport::miniDataset(), QStringLiteral("o"),
                                 QStringLiteral("s"), &error),
             qPrintable(error));
    QVERIFY2(store.init(&error), qPrintable(error));
    QVERIFY(store.hasDataset());
    QCOMPARE(store.schemaVersion(), PgStore::SchemaVersion);
}

void TestPgStore::refusesNewerSchema()
{
    const QString db = freshDatabase();
    QString error;
    {
        PgStore store;
        QVERIFY2(store.open(m_cluster.uri(db), &error), qPrintable(error));
        QVERIFY2(store.init(&error), qPrintable(error));
    }
    QVERIFY(m_cluster.exec(QStringLiteral("UPDATE meta SET value = '99' "
                                          "WHERE key = 'schema_version'"),
                           &error, db));
    PgStore store;
    QVERIFY(!store.open(m_cluster.uri(db), &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void TestPgStore::loadWithoutDataset()
{
    PgStore store;
    QString error;
    QVERIFY2(store.open(m_cluster.uri(freshDatabase()), &error), qPrintable(error));
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(QLatin1String("dossier init")), qPrintable(error));
    QVERIFY2(store.init(&error), qPrintable(error));
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(QLatin1String("no dataset")), qPrintable(error));
}

void TestPgStore::wrongPasswordNamesNoPassword()
{
    const QString db = freshDatabase();
    QString error;
    QVERIFY2(
        m_cluster.exec(QStringLiteral("CREATE ROLE editor LOGIN PASSWORD 'right-horse'"), &error),
        qPrintable(error));
    const QString secret = QStringLiteral("s3cr3t-Battery-Staple");
    for (const QString &connection :
         {m_cluster.uri(db, QStringLiteral("editor"), secret),
          QStringLiteral("host=%1 port=%2 dbname=%3 user=editor password=%4")
              .arg(m_cluster.socketFolder())
              .arg(m_cluster.port())
              .arg(db, secret)}) {
        PgStore store;
        QVERIFY(!store.open(connection, &error));
        QVERIFY2(error.contains(QLatin1String("password authentication failed")),
                 qPrintable(error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
        QVERIFY2(!store.displayName().contains(secret), qPrintable(store.displayName()));
    }
    // The right password opens.
    PgStore store;
    QVERIFY2(store.open(m_cluster.uri(db, QStringLiteral("editor"), QStringLiteral("right-horse")),
                        &error),
             qPrintable(error));
    QVERIFY(!store.displayName().contains(QLatin1String("right-horse")));
}

void TestPgStore::connectionStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("shown");
    QTest::newRow("uri") << "postgresql://ann:pw@db.example/dossier?sslmode=require" << true
                         << "postgresql://ann@db.example/dossier?sslmode=require";
    QTest::newRow("short uri") << "postgres://db/x" << true << "postgres://db/x";
    QTest::newRow("password in the query")
        << "postgresql:///x?host=/run/pg&password=pw" << true << "postgresql:///x?host=/run/pg";
    QTest::newRow("service") << "service=team" << true << "service=team";
    QTest::newRow("words") << "host=db dbname=x password='a b' user=ann" << true
                           << "host=db dbname=x user=ann";
    QTest::newRow("file") << "/home/ann/dossier.sqlite" << false << "/home/ann/dossier.sqlite";
    QTest::newRow("file with =") << "notes=old.sqlite" << false << "notes=old.sqlite";
}

void TestPgStore::connectionStrings()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QFETCH(QString, shown);
    QCOMPARE(PgLocation::isConnectionString(text), server);
    QCOMPARE(PgLocation::withoutPassword(text), shown);
}

// A test program killed with its cluster up leaves a server running in its folder: the next
// cluster's start stops that server and removes the folder.
void TestPgStore::staleClusterIsRemoved()
{
    QProcess abandon;
    abandon.start(QStringLiteral(PG_ABANDON));
    QVERIFY(abandon.waitForFinished(120000));
    QCOMPARE(abandon.exitCode(), 0);
    const QStringList printed =
        QString::fromLocal8Bit(abandon.readAllStandardOutput()).split(u'\n');
    QVERIFY(printed.size() >= 2);
    const QString socketFolder = printed[0];
    const QString folder = QFileInfo(socketFolder).path();
    const QString stale = QStringLiteral("host=%1 port=%2 dbname=postgres user=postgres")
                              .arg(socketFolder, printed[1]);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/data/postmaster.pid")));
    QCOMPARE(PQping(stale.toUtf8().constData()), PQPING_OK);
    {
        PgCluster next;
        PG_CLUSTER_START(next);
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
        QCOMPARE(PQping(stale.toUtf8().constData()), PQPING_NO_RESPONSE);
    }
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
