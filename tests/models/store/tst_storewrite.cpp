#include "models/dossier/ChangeValidator.h"
#include "models/dossier/ClaimRemoval.h"
#include "models/dossier/DatasetEdit.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/ChangeJson.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/StoreBackends.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

Dataset datasetNamed(const QString &name)
{
    Dataset d;
    if (name == QLatin1String("mini"))
        d = TestSupport::miniDataset();
    else if (name == QLatin1String("bundled"))
        d = *DatasetLoader::loadBundled().dataset;
    else
        d = SyntheticDataset::generate({1000, 60, 30, 7});
    d.reindex();
    return d;
}

// What a deletion would have to change too: ClaimRemoval's one definition of it.
bool claimReferenced(const Dataset &d, const QString &id)
{
    return !ClaimRemoval::of(d, d.claimIndex(id)).references.isEmpty();
}

Claim redated(Claim c, int day)
{
    c.statement += QStringLiteral(" (edited)");
    c.date = PartialDate::fromDate(QDate(2001, 1, 1).addDays(day));
    c.datedByReport = false;
    return c;
}

} // namespace

// Writing changes to the store: versions, conflicts, the history, and the one property every
// later step leans on: after any sequence of writes, a load gives back the dataset the same
// changes made in memory. Every test runs on both backends (the global `backend` column): a
// SQLite file, and a database on a throwaway PostgreSQL cluster (tests/support/PgCluster),
// skipped only where the server is not installed and CI is not set.
class TestStoreWrite : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void changeJsonRoundTrip();
    void writesAnEdit();
    void conflicts_data();
    void conflicts();
    void refusedChangeWritesNothing();
    void loadEqualsMemoryAfterAnySequence_data();
    void loadEqualsMemoryAfterAnySequence();
    void historyAndChangesSince();
    void dataVersionTellsAnotherWriter();
    void reimportStartsAgain();

private:
    bool isSqlite() const { return m_backends.isSqlite(); }
    QString location(const char *name) const { return m_backends.location(QLatin1String(name)); }
    std::unique_ptr<DossierStore> created(const char *name,
                                          const Dataset &dataset = TestSupport::miniDataset())
    {
        return m_backends.created(QLatin1String(name), dataset);
    }
    std::unique_ptr<DossierStore> opened(const char *name) const
    {
        return m_backends.opened(QLatin1String(name));
    }

    StoreBackends m_backends;
};

void TestStoreWrite::initTestCase_data()
{
    StoreBackends::addColumn();
}

void TestStoreWrite::init()
{
    QFETCH_GLOBAL(QString, backend);
    bool skip = false;
    if (const QString why = m_backends.begin(backend, &skip); !why.isEmpty()) {
        if (skip)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
}

void TestStoreWrite::changeJsonRoundTrip()
{
    if (!isSqlite())
        QSKIP("a change's JSON is the same whatever the backend");
    const Dataset d = datasetNamed(QStringLiteral("bundled"));
    Claim claim = d.claims.first();
    claim.statement = QStringLiteral("\u202eQuote \"marks\", back\\slash, new\nline \u0000 é");
    claim.citations.first().prefix = QStringLiteral("before ");
    Change change;
    change.description = QStringLiteral("Everything");
    change.operations = {{claim.id, d.claims.first(), claim, 4},
                         {d.actors[1].id, d.actors[1], std::nullopt, 2, 1},
                         {d.sources[0].id, std::nullopt, d.sources[0], 0, 0},
                         {d.conflicts[0].id, d.conflicts[0], d.conflicts[0], 1}};
    QString error;
    auto read = ChangeJson::read(ChangeJson::write(change), &error);
    QVERIFY2(read, qPrintable(error));
    read->description = change.description;
    QCOMPARE(read->operations.size(), change.operations.size());
    for (int i = 0; i < change.operations.size(); ++i)
        QVERIFY2(read->operations[i] == change.operations[i], qPrintable(QString::number(i)));
    // The records are written as the dataset file writes them.
    QVERIFY(ChangeJson::write(change).contains(DatasetJsonWriter::record(d.actors[1])));
    QVERIFY(!ChangeJson::read("{\"operations\": [{\"table\": \"nope\"}]}", &error));
    QVERIFY(!ChangeJson::read("not json", &error));
}

void TestStoreWrite::writesAnEdit()
{
    const auto created = this->created("a.sqlite");
    QVERIFY(created);
    DossierStore &store = *created;
    QString error;
    RecordVersions versions;
    quint64 revision = 99;
    auto before = store.load(&error, &versions, &revision);
    QVERIFY2(before, qPrintable(error));
    QCOMPARE(revision, quint64(0));
    QCOMPARE(versions.count(RecordTable::Claim), before->claims.size());
    QCOMPARE(versions.of(RecordTable::Claim, before->claims[1].id), 1);
    QCOMPARE(versions.of(RecordTable::Claim, QStringLiteral("nobody")), 0);

    Dataset memory = *before;
    Change change = Change::edit(memory.claims[1], redated(memory.claims[1], 3),
                                 QStringLiteral("Change date of %1").arg(memory.claims[1].id),
                                 versions.of(RecordTable::Claim, memory.claims[1].id));
    const WriteResult written = store.write(change, QStringLiteral("alice"));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(written.revision, quint64(1));
    DatasetEdit::apply(memory, change);
    versions.apply(change);

    RecordVersions loadedVersions;
    const auto after = store.load(&error, &loadedVersions, &revision);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(revision, quint64(1));
    QCOMPARE(store.revision(), quint64(1));
    QVERIFY(after->sameRecords(memory));
    QCOMPARE(loadedVersions.of(RecordTable::Claim, memory.claims[1].id), 2);
    QCOMPARE(loadedVersions, versions);
    // Still the dataset it was, now edited: no longer the file its digest was taken of.
    if (isSqlite())
        QCOMPARE(static_cast<DatasetStore &>(store).content(), DatasetStore::Content::Dataset);
}

void TestStoreWrite::conflicts_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("an edit of a record edited meanwhile") << 0;
    QTest::newRow("a removal of a record edited meanwhile") << 1;
    QTest::newRow("an edit of a record removed meanwhile") << 2;
    QTest::newRow("a creation of an id taken meanwhile") << 3;
}

// Two windows on one file: the second writes from what it loaded, after the first wrote. No
// silent overwrite: a conflict, with the record as the store has it, and nothing written.
void TestStoreWrite::conflicts()
{
    QFETCH(int, kind);
    const auto created = this->created("c.sqlite");
    QVERIFY(created);
    DossierStore &first = *created;
    QString error;
    const Dataset d = *first.load(&error);
    qsizetype last = d.claims.size() - 1;
    while (claimReferenced(d, d.claims[last].id))
        --last;
    const Claim &target = d.claims[last]; // nothing refers to it
    Claim theirs = target;
    theirs.statement = QStringLiteral("Theirs.");
    Change meanwhile = kind == 2 ? Change::remove(target, QStringLiteral("Delete"), 1)
                                 : Change::edit(target, theirs, QStringLiteral("Edit"), 1);
    Claim fresh = target;
    fresh.id = QStringLiteral("c-new");
    if (kind == 3)
        meanwhile = Change::create(fresh, QStringLiteral("Add"));
    QVERIFY(first.write(meanwhile, QStringLiteral("bob")).ok());

    const auto opened = this->opened("c.sqlite");
    QVERIFY(opened);
    DossierStore &second = *opened;
    const auto stored = second.load(&error);
    Claim mine = target;
    mine.statement = QStringLiteral("Mine.");
    Change change;
    change.description = QStringLiteral("Mine");
    // A first operation that would succeed: it is rolled back with the rest.
    Actor actor = d.actors.first();
    actor.description = QStringLiteral("Rolled back.");
    change.operations.append({actor.id, d.actors.first(), actor, 1});
    switch (kind) {
    case 0:
    case 2:
        change.operations.append({target.id, target, mine, 1});
        break;
    case 1:
        change.operations.append({target.id, target, std::nullopt, 1});
        break;
    default:
        change.operations.append({fresh.id, std::nullopt, fresh, 0});
        break;
    }
    const WriteResult result = second.write(change, QStringLiteral("alice"));
    QCOMPARE(result.outcome, WriteResult::Outcome::Conflict);
    QCOMPARE(result.operation, 1);
    if (kind == 2) {
        QVERIFY(!result.theirs);
        QCOMPARE(result.theirsVersion, 0);
    } else {
        QVERIFY(result.theirs);
        QCOMPARE(result.theirs, kind == 3 ? Record(fresh) : Record(theirs));
        QCOMPARE(result.theirsVersion, kind == 3 ? 1 : 2);
    }
    QCOMPARE(second.revision(), quint64(1));
    QVERIFY(second.load(&error)->sameRecords(*stored));
}

// A change the store cannot take (a citation of a source it does not hold) fails whole.
void TestStoreWrite::refusedChangeWritesNothing()
{
    const auto created = this->created("r.sqlite");
    QVERIFY(created);
    DossierStore &store = *created;
    QString error;
    const Dataset d = *store.load(&error);
    Claim broken = d.claims.first();
    broken.citations.first().source = QStringLiteral("no-such-source");
    Claim fine = d.claims.last();
    fine.statement = QStringLiteral("Fine.");
    Change change;
    change.operations = {{fine.id, d.claims.last(), fine, 1},
                         {broken.id, d.claims.first(), broken, 1}};
    const WriteResult result = store.write(change, QStringLiteral("alice"));
    QCOMPARE(result.outcome, WriteResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QLatin1String("nothing was changed")), qPrintable(result.error));
    QCOMPARE(store.revision(), quint64(0));
    QVERIFY(store.load(&error)->sameRecords(d));
    QVERIFY(store.changesSince(0, &error)->isEmpty());
}

void TestStoreWrite::loadEqualsMemoryAfterAnySequence_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("mini") << QStringLiteral("mini") << 21u;
    QTest::newRow("bundled") << QStringLiteral("bundled") << 7u;
    QTest::newRow("synthetic") << QStringLiteral("synthetic") << 2026u;
}

// Random changes (created at any place, removed, edited, composite), then undone and redone
// in bulk and one by one: after each write, the store loads as the dataset DatasetEdit made,
// record for record and in order, with the versions RecordVersions::apply follows.
void TestStoreWrite::loadEqualsMemoryAfterAnySequence()
{
    QFETCH(QString, dataset);
    QFETCH(quint32, seed);
    const Dataset original = datasetNamed(dataset);
    const auto held = created("s.sqlite", original);
    QVERIFY(held);
    DossierStore &store = *held;
    QString error;
    RecordVersions versions;
    Dataset memory = *store.load(&error, &versions);
    QVERIFY(memory.sameRecords(original));

    const auto writeAndCheck = [&](Change &change) {
        const WriteResult result = store.write(change, QStringLiteral("tester"));
        if (!result.ok())
            return QStringLiteral("%1: %2 (operation %3 on %4 expecting version %5 found %6)")
                .arg(change.description, result.error)
                .arg(result.operation)
                .arg(result.operation >= 0 ? change.operations[result.operation].id : QString())
                .arg(result.operation >= 0 ? change.operations[result.operation].expectedVersion
                                           : -1)
                .arg(result.theirsVersion);
        DatasetEdit::apply(memory, change);
        versions.apply(change);
        RecordVersions loadedVersions;
        quint64 revision = 0;
        const auto loaded = store.load(&error, &loadedVersions, &revision);
        if (!loaded)
            return error;
        if (!loaded->sameRecords(memory))
            return QStringLiteral("after '%1' the store loads other records")
                .arg(change.description);
        if (!(loadedVersions == versions))
            return QStringLiteral("after '%1' the versions differ").arg(change.description);
        if (revision != result.revision)
            return QStringLiteral("revision %1, not %2").arg(revision).arg(result.revision);
        return QString();
    };
    const auto expecting = [&](Change change) {
        for (RecordOperation &op : change.operations)
            op.expectedVersion = versions.of(op.table(), op.id);
        return change;
    };

    QRandomGenerator random(seed);
    QList<Change> done;
    int created = 0;
    while (done.size() < 60) {
        const Dataset &d = memory;
        const int c = random.bounded(int(d.claims.size()));
        Change change;
        switch (random.bounded(7)) {
        case 0: { // a new claim, at any place
            Claim claim = d.claims[c];
            claim.id = QStringLiteral("r%1").arg(++created);
            change = Change::create(claim, QStringLiteral("Add %1").arg(claim.id));
            change.operations.first().position = random.bounded(int(d.claims.size()) + 1);
            break;
        }
        case 1: // a removal, of a claim nothing refers to
            if (claimReferenced(d, d.claims[c].id))
                continue;
            change = Change::remove(d.claims[c], QStringLiteral("Delete %1").arg(d.claims[c].id));
            break;
        case 2: { // a new actor, and a claim naming it
            Actor actor;
            actor.id = QStringLiteral("ra%1").arg(++created);
            actor.name = QStringLiteral("Acteur %1").arg(created);
            actor.kind = d.actors.first().kind;
            Claim claim = d.claims[c];
            claim.actors.append({actor.id, QStringLiteral("witness")});
            change.description = QStringLiteral("Add %1").arg(actor.id);
            change.operations = {{actor.id, std::nullopt, actor, 0},
                                 {claim.id, d.claims[c], claim, 0}};
            break;
        }
        case 3: { // a conflict between two claims
            Conflict k;
            k.id = QStringLiteral("rk%1").arg(++created);
            k.claims = {d.claims[c].id, d.claims[(c + 1) % int(d.claims.size())].id};
            k.about = QStringLiteral("They differ.");
            change = Change::create(k, QStringLiteral("Record %1").arg(k.id));
            break;
        }
        case 4: // a conflict gone
            if (d.conflicts.isEmpty())
                continue;
            change = Change::remove(d.conflicts.first(), QStringLiteral("Delete conflict"));
            break;
        case 5: { // an actor's aliases and a source's notes, in one change
            const int a = random.bounded(int(d.actors.size()));
            const int s = random.bounded(int(d.sources.size()));
            Actor actor = d.actors[a];
            actor.aliases.append(QStringLiteral("Alias %1").arg(random.bounded(100)));
            Source source = d.sources[s];
            source.notes = QStringLiteral("Note %1.").arg(random.bounded(100));
            change.description = QStringLiteral("Edit actor and source");
            change.operations = {{actor.id, d.actors[a], actor, 0},
                                 {source.id, d.sources[s], source, 0}};
            break;
        }
        default:
            change = Change::edit(d.claims[c], redated(d.claims[c], random.bounded(5000)),
                                  QStringLiteral("Change date of %1").arg(d.claims[c].id));
            break;
        }
        change = expecting(change);
        if (!validateChange(memory, change).isEmpty())
            continue;
        const QString problem = writeAndCheck(change);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        done.append(change);
    }
    QVERIFY(!memory.sameRecords(original));
    // Undo half, redo it, then undo everything, as an undo stack would. Its change's inverse
    // expects the version the change left; a later change to the same record, even undone
    // since, moved that on: the stack asks the versions the dossier holds, as here.
    QList<Change> undone;
    for (int i = 0; i < 30; ++i) {
        Change undo = expecting(done.takeLast().inverse());
        const QString problem = writeAndCheck(undo);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        undone.append(undo);
    }
    while (!undone.isEmpty()) {
        Change redo = expecting(undone.takeLast().inverse());
        const QString problem = writeAndCheck(redo);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        done.append(redo);
    }
    while (!done.isEmpty()) {
        Change undo = expecting(done.takeLast().inverse());
        const QString problem = writeAndCheck(undo);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(DatasetJsonWriter::write(*store.load(&error)), DatasetJsonWriter::write(original));
    QCOMPARE(store.revision(), quint64(60 + 30 + 30 + 60));
}

void TestStoreWrite::historyAndChangesSince()
{
    const auto created = this->created("h.sqlite");
    QVERIFY(created);
    DossierStore &store = *created;
    QString error;
    const Dataset d = *store.load(&error);
    const Claim &c1 = d.claims[0];
    const Claim &c2 = d.claims[1];
    const Claim edited = redated(c1, 10);
    QVERIFY(store
                .write(Change::edit(c1, edited, QStringLiteral("Change date of c1"), 1),
                       QStringLiteral("alice"))
                .ok());
    QVERIFY(store
                .write(Change::edit(c2, redated(c2, 1), QStringLiteral("Change date of c2"), 1),
                       QStringLiteral("bob"))
                .ok());
    QVERIFY(
        store.write(Change::edit(edited, c1, QStringLiteral("Undo"), 2), QStringLiteral("alice"))
            .ok());

    const auto since = store.changesSince(1, &error);
    QVERIFY2(since, qPrintable(error));
    QCOMPARE(since->size(), 2);
    QCOMPARE(since->at(0).revision, quint64(2));
    QCOMPARE(since->at(0).user, QStringLiteral("bob"));
    QCOMPARE(since->at(1).change.description, QStringLiteral("Undo"));
    QVERIFY(since->at(0).time.isValid());
    QCOMPARE(since->at(0).time.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(since->at(0).time.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QCOMPARE(store.changesSince(3, &error)->size(), 0);

    const auto history = store.history(RecordTable::Claim, c1.id, &error);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).revision, quint64(1));
    QCOMPARE(history->at(0).change.operations.first().before, Record(c1));
    QCOMPARE(history->at(0).change.operations.first().after, Record(edited));
    QCOMPARE(history->at(1).revision, quint64(3));
    QCOMPARE(store.history(RecordTable::Actor, c1.id, &error)->size(), 0);
}

void TestStoreWrite::dataVersionTellsAnotherWriter()
{
    if (!isSqlite())
        QSKIP("SQLite's data_version; a server notifies instead");
    const auto created = this->created("v.sqlite");
    QVERIFY(created);
    DossierStore &writer = *created;
    DatasetStore reader;
    QString error;
    QVERIFY(reader.open(location("v.sqlite"), DatasetStore::Mode::ReadWrite, &error));
    const qint64 seen = reader.dataVersion();
    QVERIFY(seen >= 0);
    QCOMPARE(reader.dataVersion(), seen);
    const Dataset d = *writer.load(&error);
    QVERIFY(writer
                .write(Change::edit(d.claims[0], redated(d.claims[0], 1), QStringLiteral("e"), 1),
                       QStringLiteral("w"))
                .ok());
    QVERIFY(reader.dataVersion() != seen);
    QCOMPARE(reader.changesSince(0, &error)->size(), 1);
}

// An import replaces the whole dossier, its history with it.
void TestStoreWrite::reimportStartsAgain()
{
    const auto created = this->created("i.sqlite");
    QVERIFY(created);
    DossierStore &store = *created;
    QString error;
    const Dataset d = *store.load(&error);
    QVERIFY(store
                .write(Change::edit(d.claims[0], redated(d.claims[0], 1), QStringLiteral("e"), 1),
                       QStringLiteral("w"))
                .ok());
    QCOMPARE(store.revision(), quint64(1));
    QVERIFY(store.importDataset(d, QStringLiteral("again"), QStringLiteral("m"), &error));
    RecordVersions versions;
    quint64 revision = 9;
    QVERIFY(store.load(&error, &versions, &revision)->sameRecords(d));
    QCOMPARE(revision, quint64(0));
    QCOMPARE(versions.of(RecordTable::Claim, d.claims[0].id), 1);
    QVERIFY(store.changesSince(0, &error)->isEmpty());
    QVERIFY(store.history(RecordTable::Claim, d.claims[0].id, &error)->isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreWrite)
#include "tst_storewrite.moc"
