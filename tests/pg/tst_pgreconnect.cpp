// Losing the server under an open window (issue 22): the session says so and refuses edits
// while keeping what it shows, reconnects by itself once the server is back, catches up with
// what was written meanwhile and takes edits again.
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QtTest>
#include <chrono>
#include <libpq-fe.h>
#include <thread>

namespace {

Claim restated(Claim c, const QString &statement)
{
    c.statement = statement;
    return c;
}

} // namespace

class TestPgReconnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverStoppedAndStartedUnderASession();
    void commitWithoutAnswerIsSaidNotSaved();

private:
    PgCluster m_cluster;
};

void TestPgReconnect::initTestCase()
{
    PG_CLUSTER_START(m_cluster);
}

void TestPgReconnect::serverStoppedAndStartedUnderASession()
{
    QString error;
    {
        PgStore store;
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("lost"), &error), qPrintable(error));
        QVERIFY2(store.open(m_cluster.uri(QStringLiteral("lost")), &error) && store.init(&error) &&
                     store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini"),
                                         QStringLiteral("m"), &error),
                 qPrintable(error));
    }
    const QString location = m_cluster.uri(QStringLiteral("lost"));
    auto loader = openStore(location, DossierStore::Access::ReadOnly, &error);
    QVERIFY2(loader, qPrintable(error));
    DossierSession session(*loader->load(&error));
    loader.reset();
    QVERIFY2(session.attachStore(location, QString(), &error), qPrintable(error));
    QVERIFY(session.isEditable());
    const QByteArray shown = DatasetJsonWriter::write(session.dataset());
    QSignalSpy editable(&session, &DossierSession::editableChanged);

    QVERIFY2(m_cluster.stopServer(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session.isEditable(), 10000);
    QVERIFY2(session.readOnlyReason().contains(QStringLiteral("cannot be reached")),
             qPrintable(session.readOnlyReason()));
    QVERIFY(!session.readOnlyReason().contains(QStringLiteral("password")));
    const Claim c1 = session.dataset().claims.first();
    const Problems refused = session.edit(
        Change::edit(c1, restated(c1, QStringLiteral("While away.")), QStringLiteral("Away")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().message, session.readOnlyReason());
    QCOMPARE(DatasetJsonWriter::write(session.dataset()), shown); // what it had, still shown
    QTest::qWait(1500); // a reconnection tried and failed while the server is away
    QVERIFY(!session.isEditable());

    QVERIFY2(m_cluster.restartServer(&error), qPrintable(error));
    {
        // Someone else writes as soon as the server is back: the session must catch it up.
        auto other = openStore(location, DossierStore::Access::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        const Claim c2 = session.dataset().claims[1];
        QVERIFY(other
                    ->write(Change::edit(c2, restated(c2, QStringLiteral("Meanwhile.")),
                                         QStringLiteral("M"), 1),
                            QString())
                    .ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(session.isEditable(), 10000);
    QCOMPARE(editable.size(), 2);
    QTRY_COMPARE(session.dataset().claims[1].statement, QStringLiteral("Meanwhile."));
    QVERIFY(
        session
            .edit(Change::edit(c1, restated(c1, QStringLiteral("Back.")), QStringLiteral("Back")))
            .isEmpty());
    auto fresh = openStore(location, DossierStore::Access::ReadOnly, &error);
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*fresh->load(&error)),
             DatasetJsonWriter::write(session.dataset()));
}

// The connection drops while the server runs the COMMIT (a deferred trigger makes it last, and
// another connection ends this one's backend meanwhile): the edit is refused as in doubt,
// then, once reconnected, said not saved; and it is not in the dataset nor in the store.
void TestPgReconnect::commitWithoutAnswerIsSaidNotSaved()
{
    QString error;
    const QString name = QStringLiteral("doubt");
    {
        PgStore store;
        QVERIFY2(m_cluster.createDatabase(name, &error), qPrintable(error));
        QVERIFY2(store.open(m_cluster.uri(name), &error) && store.init(&error) &&
                     store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini"),
                                         QStringLiteral("m"), &error),
                 qPrintable(error));
    }
    QVERIFY2(
        m_cluster.exec(
            QStringLiteral("CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN PERFORM pg_sleep(3); RETURN NULL; END $$; "
                           "CREATE CONSTRAINT TRIGGER slow AFTER INSERT ON changes "
                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION slow()"),
            &error, name),
        qPrintable(error));
    const QString location = m_cluster.uri(name);
    auto loader = openStore(location, DossierStore::Access::ReadOnly, &error);
    QVERIFY2(loader, qPrintable(error));
    DossierSession session(*loader->load(&error));
    loader.reset();
    QVERIFY2(session.attachStore(location, QString(), &error), qPrintable(error));
    QSignalSpy resolved(&session, &DossierSession::inDoubtResolved);

    const QByteArray superuser = m_cluster.uri(name).toUtf8();
    std::thread killer([superuser] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        PGconn *conn = PQconnectdb(superuser.constData());
        PQclear(PQexec(conn, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE state = 'active' AND query = 'COMMIT'"));
        PQfinish(conn);
    });
    const Claim c1 = session.dataset().claims.first();
    const Problems problems = session.edit(
        Change::edit(c1, restated(c1, QStringLiteral("In doubt.")), QStringLiteral("Doubt")));
    killer.join();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(QStringLiteral("whether it was saved")),
             qPrintable(problems.first().message));
    QCOMPARE(session.dataset().claims.first().statement, c1.statement);
    QVERIFY(!session.isEditable());

    QVERIFY(resolved.wait(10000));
    QCOMPARE(resolved.first().at(0).toString(), QStringLiteral("Doubt"));
    QCOMPARE(resolved.first().at(1).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(session.isEditable(), 10000);
    QCOMPARE(session.dataset().claims.first().statement, c1.statement);
    auto fresh = openStore(location, DossierStore::Access::ReadOnly, &error);
    QCOMPARE(fresh->revision(), quint64(0));
}

QTEST_MAIN(TestPgReconnect)
#include "tst_pgreconnect.moc"
