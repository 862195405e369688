// Editing a team dossier on PostgreSQL, beyond what tst_storewrite checks on both backends:
// the history names the database user, PostgreSQL's grants decide who may write, the other
// clients are notified in the same transaction, two connections never overwrite each other, a
// client killed mid-transaction leaves the server before or after, a schema 1 database is
// upgraded on open, and the window's session edits and undoes on the server.
#include "models/dossier/DatasetEdit.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/session/DossierSession.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestSupport.h"
#include "widgets/shell/AppSettings.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QUndoStack>
#include <QtTest>
#include <cstdio>
#include <libpq-fe.h>

namespace {

constexpr const char *WriteVariable = "DOSSIER_PGWRITE_CHILD";

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

// The child's part of killedClientLeavesBeforeOrAfter: writes everyClaimEdited() to the
// dossier at `location`, saying "ready" on standard output before it starts.
int writeEveryClaim(const QString &location)
{
    QString error;
    auto store = openStore(location, DossierStore::Access::ReadWrite, &error);
    const auto dataset = store ? store->load(&error) : std::nullopt;
    if (!dataset)
        return 3;
    const Change change = everyClaimEdited(*dataset);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return store->write(change, QString()).ok() ? 0 : 4;
}

Claim restated(Claim c, const QString &statement)
{
    c.statement = statement;
    return c;
}

} // namespace

class TestPgWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyNamesTheDatabaseUser();
    void reviewerCannotChangeEvidence();
    void notifiesInTheSameTransaction();
    void staleWriteOfAnotherConnectionConflicts();
    void killedClientLeavesBeforeOrAfter_data();
    void killedClientLeavesBeforeOrAfter();
    void schemaOneIsUpgradedOnOpen();
    void sessionEditsUndoesAndReopens();
    void windowLoadsTheServerAndRemembersNoPassword();

private:
    /// A new database holding `dataset`, as a URI for `user` (the superuser unless given).
    QString dossier(const Dataset &dataset = TestSupport::miniDataset());
    QString m_database;
    PgCluster m_cluster;
    int m_databases = 0;
};

void TestPgWrite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the recent list goes to a test's settings
    PG_CLUSTER_START(m_cluster);
}

QString TestPgWrite::dossier(const Dataset &dataset)
{
    m_database = QStringLiteral("w%1").arg(++m_databases);
    QString error;
    PgStore store;
    if (!m_cluster.createDatabase(m_database, &error) ||
        !store.open(m_cluster.uri(m_database), &error) ||
        !store.importDataset(dataset, QStringLiteral("mini"), QStringLiteral("m"), &error))
        QTest::qFail(qPrintable(QStringLiteral("cannot make a dossier: ") + error), __FILE__,
                     __LINE__);
    return m_cluster.uri(m_database);
}

// The issue: history records the database user. A name the program gives (a configured one)
// is kept only when given; the session gives none on a server (knowsItsUsers()).
void TestPgWrite::historyNamesTheDatabaseUser()
{
    dossier();
    QString error;
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE ROLE editor LOGIN PASSWORD 'ed-pass'; "
                                           "GRANT ALL ON ALL TABLES IN SCHEMA public TO editor"),
                            &error, m_database),
             qPrintable(error));
    auto store =
        openStore(m_cluster.uri(m_database, QStringLiteral("editor"), QStringLiteral("ed-pass")),
                  DossierStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->knowsItsUsers());
    QVERIFY2(store->isWritable(), qPrintable(store->whyNotWritable()));
    QVERIFY(!store->location().contains(QLatin1String("ed-pass")));
    const Dataset d = *store->load(&error);
    const Claim &c = d.claims.first();
    QVERIFY(
        store
            ->write(Change::edit(c, restated(c, QStringLiteral("One.")), QStringLiteral("e"), 1),
                    QString())
            .ok());
    QVERIFY(
        store
            ->write(Change::edit(restated(c, QStringLiteral("One.")), c, QStringLiteral("undo"), 2),
                    QStringLiteral("alice"))
            .ok());
    const auto history = store->history(RecordTable::Claim, c.id, &error);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).user, QStringLiteral("editor"));
    QCOMPARE(history->at(1).user, QStringLiteral("alice"));
    QCOMPARE(store->revision(), quint64(2));
}

// A role granted only SELECT reads the dossier, is told why it cannot write, and a write
// anyway changes nothing.
void TestPgWrite::reviewerCannotChangeEvidence()
{
    dossier();
    QString error;
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE ROLE reviewer LOGIN PASSWORD 'rv-pass'; "
                                           "GRANT SELECT ON ALL TABLES IN SCHEMA public TO "
                                           "reviewer"),
                            &error, m_database),
             qPrintable(error));
    auto store =
        openStore(m_cluster.uri(m_database, QStringLiteral("reviewer"), QStringLiteral("rv-pass")),
                  DossierStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->isWritable());
    QVERIFY2(store->whyNotWritable().contains(QLatin1String("reviewer")),
             qPrintable(store->whyNotWritable()));
    const Dataset d = *store->load(&error);
    const Claim &c = d.claims.first();
    const WriteResult result = store->write(
        Change::edit(c, restated(c, QStringLiteral("No.")), QStringLiteral("e"), 1), QString());
    QCOMPARE(result.outcome, WriteResult::Outcome::Failed);
    QVERIFY(store->load(&error)->sameRecords(d));
    QCOMPARE(store->revision(), quint64(0));
}

// Another client LISTENs on channel `dossier`: a write tells it the new revision, a conflict
// (rolled back) tells it nothing.
void TestPgWrite::notifiesInTheSameTransaction()
{
    const QString uri = dossier();
    PGconn *listener = PQconnectdb(uri.toUtf8().constData());
    const auto finish = qScopeGuard([listener] { PQfinish(listener); });
    QCOMPARE(PQstatus(listener), CONNECTION_OK);
    PQclear(PQexec(listener, "LISTEN dossier"));
    QString error;
    auto store = openStore(uri, DossierStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error));
    const Dataset d = *store->load(&error);
    const Claim &c = d.claims.first();
    QVERIFY(store
                ->write(Change::edit(c, restated(c, QStringLiteral("N.")), QStringLiteral("e"), 1),
                        QString())
                .ok());
    QCOMPARE(store
                 ->write(Change::edit(c, restated(c, QStringLiteral("M.")), QStringLiteral("e"), 1),
                         QString())
                 .outcome,
             WriteResult::Outcome::Conflict);
    // A round trip on the listener: the notification committed before it is there by now.
    PQclear(PQexec(listener, "SELECT 1"));
    QVERIFY(PQconsumeInput(listener));
    QStringList payloads;
    while (PGnotify *n = PQnotifies(listener)) {
        QCOMPARE(QByteArray(n->relname), QByteArray("dossier"));
        payloads.append(QString::fromUtf8(n->extra));
        PQfreemem(n);
    }
    QCOMPARE(payloads, QStringList{QStringLiteral("1")});
}

// Two clients loaded the same dossier; the first writes. The second's write, from what it
// read, is refused with the first's record, and nothing of it is written.
void TestPgWrite::staleWriteOfAnotherConnectionConflicts()
{
    const QString uri = dossier();
    QString error;
    auto first = openStore(uri, DossierStore::Access::ReadWrite, &error);
    auto second = openStore(uri, DossierStore::Access::ReadWrite, &error);
    QVERIFY2(first && second, qPrintable(error));
    RecordVersions seen;
    const Dataset d = *second->load(&error, &seen);
    const Claim &c = d.claims[1];
    const Claim theirs = restated(c, QStringLiteral("Theirs."));
    QVERIFY(first->write(Change::edit(c, theirs, QStringLiteral("Theirs"), 1), QString()).ok());
    const Dataset afterFirst = *first->load(&error);
    const WriteResult result =
        second->write(Change::edit(c, restated(c, QStringLiteral("Mine.")), QStringLiteral("Mine"),
                                   seen.of(RecordTable::Claim, c.id)),
                      QString());
    QCOMPARE(result.outcome, WriteResult::Outcome::Conflict);
    QCOMPARE(result.operation, 0);
    QCOMPARE(result.theirs, std::optional<Record>(theirs));
    QCOMPARE(result.theirsVersion, 2);
    QVERIFY(second->load(&error)->sameRecords(afterFirst));
    QCOMPARE(second->revision(), quint64(1));
    QCOMPARE(second->changesSince(0, &error)->size(), 1);
}

void TestPgWrite::killedClientLeavesBeforeOrAfter_data()
{
    // When the child is killed: as soon as it says ready, or once its transaction has written
    // (the server then gives it a transaction id) and some time after that.
    QTest::addColumn<int>("afterFirstRowMs");
    QTest::newRow("killed as it starts") << -1;
    QTest::newRow("killed at its first rows") << 0;
    QTest::newRow("killed 300 ms into writing") << 300;
}

// A client killed in the middle of writing a change leaves the dossier before the change or
// after it, never between: the server rolls back what the dead client had not committed, and
// the next writer is not held up by its locks.
void TestPgWrite::killedClientLeavesBeforeOrAfter()
{
    QFETCH(int, afterFirstRowMs);
    Dataset generated = SyntheticDataset::generate({4000, 200, 100, 7});
    generated.reindex();
    const QString uri = dossier(generated);
    QString error;
    auto watcher = openStore(uri, DossierStore::Access::ReadWrite, &error);
    QVERIFY2(watcher, qPrintable(error));
    const Dataset before = *watcher->load(&error);
    Dataset after = before;
    Change change = everyClaimEdited(before);
    DatasetEdit::apply(after, change);

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(WriteVariable), uri);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!child.canReadLine() && child.state() != QProcess::NotRunning &&
           waited.elapsed() < 120000)
        child.waitForReadyRead(100);
    QCOMPARE(child.readLine(), QByteArray("ready\n"));
    PGconn *probe = PQconnectdb(uri.toUtf8().constData());
    const auto finish = qScopeGuard([probe] { PQfinish(probe); });
    const auto childHasWritten = [probe] {
        PGresult *r = PQexec(probe, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND pid <> pg_backend_pid() AND "
                                    "backend_xid IS NOT NULL");
        const bool written = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 &&
                             std::atoi(PQgetvalue(r, 0, 0)) > 0;
        PQclear(r);
        return written;
    };
    if (afterFirstRowMs >= 0) {
        while (child.state() != QProcess::NotRunning && !childHasWritten() &&
               waited.elapsed() < 120000)
            child.waitForFinished(1);
        child.waitForFinished(afterFirstRowMs);
    }
    const bool killedMidway = child.state() != QProcess::NotRunning;
    child.kill();
    child.waitForFinished();
    if (!killedMidway)
        QCOMPARE(child.exitCode(), 0);

    auto store = openStore(uri, DossierStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error));
    quint64 revision = 0;
    RecordVersions versions;
    const auto loaded = store->load(&error, &versions, &revision);
    QVERIFY2(loaded, qPrintable(error));
    const bool isBefore = loaded->sameRecords(before);
    const bool isAfter = loaded->sameRecords(after);
    QVERIFY2(isBefore || isAfter, "the server holds part of the change");
    QCOMPARE(revision, quint64(isAfter ? 1 : 0));
    QCOMPARE(store->changesSince(0, &error)->size(), isAfter ? 1 : 0);
    QCOMPARE(versions.of(RecordTable::Claim, before.claims.last().id), isAfter ? 2 : 1);
    if (!killedMidway)
        QVERIFY(isAfter);
    // The dead client's locks went with it: the next write goes through.
    const Claim &c = loaded->claims.first();
    const WriteResult next =
        store->write(Change::edit(c, restated(c, QStringLiteral("Next.")), QStringLiteral("next"),
                                  versions.of(RecordTable::Claim, c.id)),
                     QString());
    QVERIFY2(next.ok(), qPrintable(next.error));
}

// A database prepared by the previous version (no history tables) is upgraded when a client
// opens it, and then takes changes.
void TestPgWrite::schemaOneIsUpgradedOnOpen()
{
    const QString uri = dossier();
    QString error;
    QVERIFY2(m_cluster.exec(
                 QStringLiteral("DROP TABLE markup_claim_tags, markup_claims, markup_tags, "
                                "change_records, changes; DROP INDEX sources_by_position, "
                                "actors_by_position, claims_by_position, conflicts_by_position; "
                                "UPDATE meta SET value = '1' WHERE key = 'schema_version'"),
                 &error, m_database),
             qPrintable(error));
    auto store = openStore(uri, DossierStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(static_cast<PgStore &>(*store).schemaVersion(), PgStore::SchemaVersion);
    const Dataset d = *store->load(&error);
    const Claim &c = d.claims.first();
    QVERIFY(store
                ->write(Change::edit(c, restated(c, QStringLiteral("Up.")), QStringLiteral("e"), 1),
                        QString())
                .ok());
    QCOMPARE(store->history(RecordTable::Claim, c.id, &error)->size(), 1);
}

// The window's path without the window: a session attached to a server location edits, undoes
// and redoes there; another session opened afterwards loads what the first one shows.
void TestPgWrite::sessionEditsUndoesAndReopens()
{
    const QString uri = dossier();
    QString error;
    auto loaded = openStore(uri, DossierStore::Access::ReadOnly, &error);
    QVERIFY2(loaded, qPrintable(error));
    DossierSession session(*loaded->load(&error));
    QVERIFY2(session.attachStore(uri, QStringLiteral("configured"), &error), qPrintable(error));
    QVERIFY2(session.isEditable(), qPrintable(session.readOnlyReason()));
    const Claim before = session.dataset().claims.first();
    QVERIFY(session
                .edit(Change::edit(before, restated(before, QStringLiteral("Edited.")),
                                   QStringLiteral("Change statement")))
                .isEmpty());
    const Claim other = session.dataset().claims.last();
    QVERIFY(session
                .edit(Change::edit(other, restated(other, QStringLiteral("Other.")),
                                   QStringLiteral("Change other")))
                .isEmpty());
    session.undoStack()->undo();
    session.undoStack()->undo();
    session.undoStack()->redo();

    const auto reopened = openStore(uri, DossierStore::Access::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    const auto again = reopened->load(&error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*again), DatasetJsonWriter::write(session.dataset()));
    QCOMPARE(again->claims.first().statement, QStringLiteral("Edited."));
    QCOMPARE(reopened->revision(), quint64(5));
    // On a server the history names the database user, not the configured name.
    const auto history = reopened->history(RecordTable::Claim, before.id, &error);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->first().user, QStringLiteral("postgres"));
}

// The window's way in (DatabaseOpener's loader): the server's dossier, never the bundled one;
// the recent list keeps the location without its password.
void TestPgWrite::windowLoadsTheServerAndRemembersNoPassword()
{
    dossier();
    QString error;
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE ROLE member LOGIN PASSWORD 's3cret-pw'; "
                                           "GRANT ALL ON ALL TABLES IN SCHEMA public TO member"),
                            &error, m_database),
             qPrintable(error));
    const QString uri =
        m_cluster.uri(m_database, QStringLiteral("member"), QStringLiteral("s3cret-pw"));
    const DatasetLoader::Result loaded = loadDossier(uri);
    QVERIFY2(loaded.dataset, qPrintable(loaded.error));
    QVERIFY(loaded.dataset->sameRecords(TestSupport::miniDataset()));
    QCOMPARE(loaded.databasePath, uri);
    QCOMPARE(loaded.datasetSha256, QStringLiteral("m"));
    const DatasetLoader::Result empty = loadDossier(m_cluster.uri(QStringLiteral("postgres")));
    QVERIFY(!empty.dataset);
    QVERIFY2(empty.error.contains(QLatin1String("no dataset")), qPrintable(empty.error));

    QSettings().remove(AppSettings::RecentKey);
    AppSettings::addRecentDatabase(uri);
    const QStringList recent = AppSettings::recentDatabases();
    QCOMPARE(recent.size(), 1);
    QVERIFY2(!recent.first().contains(QLatin1String("s3cret-pw")), qPrintable(recent.first()));
    QCOMPARE(recent.first(), displayedLocation(uri));
    QVERIFY(isServerLocation(recent.first()));
}

// As QTEST_MAIN, but the program is also the child killedClientLeavesBeforeOrAfter kills.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(WriteVariable)) {
        QCoreApplication app(argc, argv);
        return writeEveryClaim(qEnvironmentVariable(WriteVariable));
    }
    QGuiApplication app(argc, argv);
    TestPgWrite test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgwrite.moc"
