// Windows following each other's edits (issues 21 and 22): two sessions on one dossier, on
// each backend (the global `backend` column: a SQLite file, and a database on a throwaway
// PostgreSQL cluster). What one writes reaches the other through the store's watcher
// (PRAGMA data_version, LISTEN) as remote changes, never on its undo stack; undo undoes only
// the window's own edits, and never over someone else's later one.
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"
#include "tests/support/RandomChanges.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {

Claim restated(Claim c, const QString &statement)
{
    c.statement = statement;
    return c;
}

const Claim &claimOf(const DossierSession &session, const QString &id)
{
    return session.dataset().claims[session.dataset().claimIndex(id)];
}

} // namespace

class TestSessionFollow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void followsTheOthersEdits_data();
    void followsTheOthersEdits();
    void bothEditingConverge();
    void undoUndoesOnlyItsOwnEdit();
    void undoOverTheirLaterEditIsRefused();
    void staleEditConflictsAndTakesTheirsIn();
    void writtenBetweenLoadAndAttachIsCaughtUp();

private:
    /// A new dossier holding `dataset` (the mini dataset unless given); its location.
    QString created(const Dataset &dataset = TestSupport::miniDataset());
    /// Enough claims that random removals never empty it.
    static Dataset synthetic() { return SyntheticDataset::generate({150, 20, 10, 3}); }
    /// A window's session on `location`, as the window opens it: load, then attach.
    std::unique_ptr<DossierSession> opened(const QString &location, const QString &user);
    /// The dataset a fresh load of `location` gives, as JSON.
    QByteArray freshLoad(const QString &location);
    /// Waits (the event loop running, so the watchers' notices arrive) until `session` has
    /// seen the store's revision.
    bool caughtUp(DossierSession &session);

    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    PgCluster m_cluster;
    bool m_clusterTried = false;
    int m_databases = 0;
};

void TestSessionFollow::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSessionFollow::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (m_backend == QLatin1String("sqlite"))
        return;
    if (!m_clusterTried) {
        m_clusterTried = true;
        m_cluster.start();
    }
    if (m_cluster.port() == 0) {
        if (m_cluster.binariesMissing() && !PgCluster::mustRun())
            QSKIP(qPrintable(m_cluster.error()));
        QFAIL(qPrintable(m_cluster.error()));
    }
}

QString TestSessionFollow::created(const Dataset &dataset)
{
    QString error;
    std::unique_ptr<DossierStore> store;
    QString location;
    if (m_backend == QLatin1String("sqlite")) {
        location = m_dir->filePath(QStringLiteral("d%1.sqlite").arg(++m_databases));
        auto file = std::make_unique<DatasetStore>();
        if (file->open(location, DatasetStore::Mode::ReadWrite, &error))
            store = std::move(file);
    } else {
        const QString name = QStringLiteral("f%1").arg(++m_databases);
        location = m_cluster.uri(name);
        auto server = std::make_unique<PgStore>();
        if (m_cluster.createDatabase(name, &error) && server->open(location, &error) &&
            server->init(&error))
            store = std::move(server);
    }
    if (!store ||
        !store->importDataset(dataset, QStringLiteral("mini"), QStringLiteral("m"), &error))
        qWarning("cannot make a dossier: %s", qPrintable(error));
    return location;
}

std::unique_ptr<DossierSession> TestSessionFollow::opened(const QString &location,
                                                          const QString &user)
{
    QString error;
    auto store = openStore(location, DossierStore::Access::ReadOnly, &error);
    const auto dataset = store ? store->load(&error) : std::nullopt;
    if (!dataset) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto session = std::make_unique<DossierSession>(*dataset);
    if (!session->attachStore(location, user, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return session;
}

QByteArray TestSessionFollow::freshLoad(const QString &location)
{
    QString error;
    auto store = openStore(location, DossierStore::Access::ReadOnly, &error);
    const auto dataset = store ? store->load(&error) : std::nullopt;
    return dataset ? DatasetJsonWriter::write(*dataset) : QByteArray();
}

bool TestSessionFollow::caughtUp(DossierSession &session)
{
    const quint64 revision = session.store()->revision();
    // Generous: the notices come within a second; this only bounds a failing run.
    return QTest::qWaitFor([&] { return session.seenRevision() == revision; }, 10000);
}

void TestSessionFollow::followsTheOthersEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 22") << 22u;
}

// Random edits in one window; the other, left to its event loop, shows each and ends with
// what a fresh load gives, none of them on its undo stack.
void TestSessionFollow::followsTheOthersEdits()
{
    QFETCH(quint32, seed);
    const QString location = created(synthetic());
    auto editor = opened(location, QStringLiteral("alice"));
    auto follower = opened(location, QStringLiteral("bob"));
    QVERIFY(editor && follower);
    QSignalSpy remote(&follower->dossier(), &Dossier::changed);
    QSignalSpy outOfStep(follower.get(), &DossierSession::outOfStep);
    RandomChanges random(seed);
    int written = 0;
    for (int attempt = 0; written < 40 && attempt < 400; ++attempt) {
        auto change = random.next(editor->dataset());
        if (change && editor->edit(*change).isEmpty())
            ++written;
        if (attempt % 7 == 0)
            QVERIFY(caughtUp(*follower)); // now and then, halfway through
    }
    QCOMPARE(written, 40);
    QVERIFY(caughtUp(*follower));
    QCOMPARE(follower->seenRevision(), quint64(40));
    QCOMPARE(remote.size(), 40);
    for (const QList<QVariant> &args : std::as_const(remote))
        QCOMPARE(args.at(1).value<Dossier::Origin>(), Dossier::Origin::Remote);
    QCOMPARE(outOfStep.size(), 0);
    QCOMPARE(follower->undoStack()->count(), 0);
    const QByteArray fresh = freshLoad(location);
    QCOMPARE(DatasetJsonWriter::write(follower->dataset()), fresh);
    QCOMPARE(DatasetJsonWriter::write(editor->dataset()), fresh);
}

// Both windows edit at random without waiting for each other: a stale edit is refused (their
// version taken in), the rest are written; both end with the store's dataset, and undoing
// all of each one's own edits still does.
void TestSessionFollow::bothEditingConverge()
{
    const QString location = created(synthetic());
    auto a = opened(location, QStringLiteral("alice"));
    auto b = opened(location, QStringLiteral("bob"));
    QVERIFY(a && b);
    RandomChanges randomA(5), randomB(6);
    int written = 0;
    for (int attempt = 0; attempt < 120; ++attempt) {
        DossierSession &session = attempt % 3 == 0 ? *b : *a;
        auto change = (&session == b.get() ? randomB : randomA).next(session.dataset());
        if (change && session.edit(*change).isEmpty())
            ++written;
        if (attempt % 10 == 0)
            QTest::qWait(1);
    }
    QVERIFY2(written > 50, qPrintable(QString::number(written)));
    QVERIFY(caughtUp(*a));
    QVERIFY(caughtUp(*b));
    const QByteArray fresh = freshLoad(location);
    QCOMPARE(DatasetJsonWriter::write(a->dataset()), fresh);
    QCOMPARE(DatasetJsonWriter::write(b->dataset()), fresh);
}

// Each window's undo takes back its own edit and leaves the other's.
void TestSessionFollow::undoUndoesOnlyItsOwnEdit()
{
    const QString location = created();
    auto a = opened(location, QStringLiteral("alice"));
    auto b = opened(location, QStringLiteral("bob"));
    QVERIFY(a && b);
    const Claim c1 = claimOf(*a, QStringLiteral("c1"));
    const Claim c2 = claimOf(*a, QStringLiteral("c2"));
    QVERIFY(a->edit(Change::edit(c1, restated(c1, QStringLiteral("Alice's.")), QStringLiteral("A")))
                .isEmpty());
    QVERIFY(caughtUp(*b));
    QVERIFY(b->edit(Change::edit(c2, restated(c2, QStringLiteral("Bob's.")), QStringLiteral("B")))
                .isEmpty());
    QCOMPARE(b->undoStack()->count(), 1);

    b->undoStack()->undo();
    QCOMPARE(claimOf(*b, QStringLiteral("c2")).statement, c2.statement);
    QCOMPARE(claimOf(*b, QStringLiteral("c1")).statement, QStringLiteral("Alice's."));
    QVERIFY(caughtUp(*a));
    QCOMPARE(claimOf(*a, QStringLiteral("c2")).statement, c2.statement);

    a->undoStack()->undo();
    QCOMPARE(claimOf(*a, QStringLiteral("c1")).statement, c1.statement);
    QVERIFY(caughtUp(*b));
    const QByteArray fresh = freshLoad(location);
    QCOMPARE(fresh, DatasetJsonWriter::write(TestSupport::miniDataset()));
    QCOMPARE(DatasetJsonWriter::write(a->dataset()), fresh);
    QCOMPARE(DatasetJsonWriter::write(b->dataset()), fresh);
}

// Alice edits c1, Bob edits it after her: Alice's undo would put back what she had over Bob's
// edit, so it is refused and Bob's stays, in her window and in the store.
void TestSessionFollow::undoOverTheirLaterEditIsRefused()
{
    const QString location = created();
    auto a = opened(location, QStringLiteral("alice"));
    auto b = opened(location, QStringLiteral("bob"));
    QVERIFY(a && b);
    const Claim c1 = claimOf(*a, QStringLiteral("c1"));
    const Claim alices = restated(c1, QStringLiteral("Alice's."));
    QVERIFY(a->edit(Change::edit(c1, alices, QStringLiteral("A"))).isEmpty());
    QVERIFY(caughtUp(*b));
    QVERIFY(
        b->edit(Change::edit(alices, restated(c1, QStringLiteral("Bob's.")), QStringLiteral("B")))
            .isEmpty());
    const quint64 revision = b->store()->revision();

    QSignalSpy refused(a.get(), &DossierSession::refused);
    a->undoStack()->undo();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(claimOf(*a, QStringLiteral("c1")).statement, QStringLiteral("Bob's."));
    QCOMPARE(a->store()->revision(), revision);
    QVERIFY(caughtUp(*b));
    QCOMPARE(DatasetJsonWriter::write(a->dataset()), freshLoad(location));
}

// Bob edits c1 from what he read before Alice's edit reached him (no event loop between):
// the store refuses it, nothing of his is written, and her version is then shown to him.
void TestSessionFollow::staleEditConflictsAndTakesTheirsIn()
{
    const QString location = created();
    auto a = opened(location, QStringLiteral("alice"));
    auto b = opened(location, QStringLiteral("bob"));
    QVERIFY(a && b);
    const Claim c1 = claimOf(*a, QStringLiteral("c1"));
    QVERIFY(a->edit(Change::edit(c1, restated(c1, QStringLiteral("Alice's.")), QStringLiteral("A")))
                .isEmpty());
    // Bob's change is built from his stale c1 and given to the stale dataset's own apply.
    Change bobs = Change::edit(c1, restated(c1, QStringLiteral("Bob's.")), QStringLiteral("B"));
    const Problems problems = b->edit(bobs);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(claimOf(*b, QStringLiteral("c1")).statement, QStringLiteral("Alice's."));
    QCOMPARE(b->undoStack()->count(), 0);
    QCOMPARE(b->store()->revision(), quint64(1));
    QCOMPARE(DatasetJsonWriter::write(b->dataset()), freshLoad(location));
}

// A window loads, someone writes twice, then the window attaches to the store: the two
// changes are not counted as seen, they are caught up and shown.
void TestSessionFollow::writtenBetweenLoadAndAttachIsCaughtUp()
{
    const QString location = created();
    auto a = opened(location, QStringLiteral("alice"));
    QVERIFY(a);
    QString error;
    auto store = openStore(location, DossierStore::Access::ReadOnly, &error);
    DossierSession late(*store->load(&error));
    const Claim c1 = claimOf(*a, QStringLiteral("c1"));
    const Claim c2 = claimOf(*a, QStringLiteral("c2"));
    QVERIFY(a->edit(Change::edit(c1, restated(c1, QStringLiteral("One.")), QStringLiteral("1")))
                .isEmpty());
    QVERIFY(a->edit(Change::edit(c2, restated(c2, QStringLiteral("Two.")), QStringLiteral("2")))
                .isEmpty());
    QVERIFY2(late.attachStore(location, QStringLiteral("bob"), &error), qPrintable(error));
    QCOMPARE(late.seenRevision(), quint64(0));
    QVERIFY(caughtUp(late));
    QCOMPARE(DatasetJsonWriter::write(late.dataset()), freshLoad(location));
    // Its versions are the store's: an edit of c1 is written, not refused.
    const Claim now = claimOf(late, QStringLiteral("c1"));
    QVERIFY(
        late.edit(Change::edit(now, restated(now, QStringLiteral("Three.")), QStringLiteral("3")))
            .isEmpty());
}

QTEST_MAIN(TestSessionFollow)
#include "tst_sessionfollow.moc"
