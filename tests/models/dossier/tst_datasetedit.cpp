#include "models/dossier/DatasetEdit.h"
#include "models/dossier/Dossier.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/RandomChanges.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

Dataset datasetNamed(const QString &name)
{
    if (name == QLatin1String("mini"))
        return TestSupport::miniDataset();
    Dataset d = SyntheticDataset::generate({1000, 60, 30, 7}); // some ten conflicts
    d.reindex();
    return d;
}

// A record of `table` at `index`, edited in a field a user would change.
Record edited(const Dataset &d, RecordTable table, int index)
{
    switch (table) {
    case RecordTable::Source: {
        Source s = d.sources[index];
        s.notes += QStringLiteral(" Checked again.");
        return s;
    }
    case RecordTable::Actor: {
        Actor a = d.actors[index];
        a.aliases.append(a.name + QStringLiteral(" (edited)"));
        return a;
    }
    case RecordTable::Claim: {
        Claim c = d.claims[index];
        c.statement += QStringLiteral(" (edited)");
        c.date = PartialDate::fromDate(QDate(2001, 2, 3));
        c.datedByReport = false; // a date of its own now
        return c;
    }
    case RecordTable::Conflict: {
        Conflict k = d.conflicts[index];
        k.about += QStringLiteral(" (edited)");
        return k;
    }
    }
    return {};
}

// A record new to `table`, copied from its first one under a new id.
Record created(const Dataset &d, RecordTable table)
{
    const QString id = QStringLiteral("zz-new");
    switch (table) {
    case RecordTable::Source: {
        Source s = d.sources.first();
        s.id = id;
        s.label = QStringLiteral("New source");
        return s;
    }
    case RecordTable::Actor: {
        Actor a = d.actors.first();
        a.id = id;
        a.name = QStringLiteral("Zoé Nouvelle");
        a.aliases.clear();
        return a;
    }
    case RecordTable::Claim: {
        Claim c = d.claims.first();
        c.id = id;
        return c;
    }
    case RecordTable::Conflict: {
        Conflict k;
        k.id = id;
        k.claims = {d.claims.first().id, d.claims.last().id};
        k.about = QStringLiteral("Two accounts differ.");
        return k;
    }
    }
    return {};
}

const TableDelta &tableDelta(const DatasetDelta &delta, RecordTable table)
{
    const TableDelta *tables[] = {&delta.sources, &delta.actors, &delta.claims, &delta.conflicts};
    return *tables[int(table)];
}

// The lookups an incremental apply keeps, against those reindex() builds from scratch.
void verifyLookups(const Dataset &d)
{
    Dataset fresh = d;
    fresh.reindex();
    QVERIFY(d.sameLookups(fresh));
}

void verifySame(const Dataset &d, const Dataset &original)
{
    QCOMPARE(d.sources, original.sources);
    QCOMPARE(d.actors.size(), original.actors.size());
    for (int i = 0; i < d.actors.size(); ++i)
        QVERIFY2(d.actors[i] == original.actors[i], qPrintable(d.actors[i].id));
    QCOMPARE(d.claims.size(), original.claims.size());
    for (int i = 0; i < d.claims.size(); ++i)
        QVERIFY2(d.claims[i] == original.claims[i], qPrintable(d.claims[i].id));
    QCOMPARE(d.conflicts, original.conflicts);
    QVERIFY(d.sameRecords(original));
    QCOMPARE(DatasetJsonWriter::write(d), DatasetJsonWriter::write(original));
    QVERIFY(d.sameLookups(original));
}

// Merging actor `gone` into `kept`: every claim naming it names `kept` instead, then it goes.
Change mergeActors(const Dataset &d, int kept, int gone)
{
    const QString from = d.actors[gone].id, to = d.actors[kept].id;
    Change change;
    change.description = QStringLiteral("Merge actors");
    for (const Claim &c : d.claims) {
        Claim after = c;
        for (ActorRef &ref : after.actors)
            if (ref.actor == from)
                ref.actor = to;
        if (after.claimant == from)
            after.claimant = to;
        if (!(after == c))
            change.operations.append({c.id, c, after, 0});
    }
    change.operations.append({from, d.actors[gone], std::nullopt, 0});
    return change;
}

} // namespace

class TestDatasetEdit : public QObject
{
    Q_OBJECT

private slots:
    void applyThenInverse_data();
    void applyThenInverse();
    void compositeMerge_data();
    void compositeMerge();
    void deltaPositions();
    void randomSequence_data();
    void randomSequence();
};

void TestDatasetEdit::applyThenInverse_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<int>("table");
    QTest::addColumn<QString>("kind");
    const char *tables[] = {"source", "actor", "claim", "conflict"};
    for (const char *dataset : {"mini", "synthetic"})
        for (int t = 0; t < 4; ++t)
            for (const char *kind : {"create", "edit", "remove"})
                QTest::addRow("%s %s %s", dataset, kind, tables[t])
                    << QString::fromLatin1(dataset) << t << QString::fromLatin1(kind);
}

void TestDatasetEdit::applyThenInverse()
{
    QFETCH(QString, dataset);
    QFETCH(int, table);
    QFETCH(QString, kind);
    const Dataset original = datasetNamed(dataset);
    const RecordTable t = RecordTable(table);
    // The middle record: a removal moves the ones after it.
    const int middle = DatasetEdit::count(original, t) / 2;
    Change change;
    TableDelta expected;
    if (kind == QLatin1String("create")) {
        change = Change::create(created(original, t), QStringLiteral("Add"));
        expected.added = {DatasetEdit::count(original, t)};
    } else if (kind == QLatin1String("edit")) {
        change = Change::edit(DatasetEdit::recordAt(original, t, middle),
                              edited(original, t, middle), QStringLiteral("Edit"));
        expected.changed = {middle};
    } else {
        change =
            Change::remove(DatasetEdit::recordAt(original, t, middle), QStringLiteral("Delete"));
        expected.removed = {middle};
    }

    Dataset d = original;
    const DatasetDelta delta = DatasetEdit::apply(d, change);
    DatasetDelta expectedDelta;
    const_cast<TableDelta &>(tableDelta(expectedDelta, t)) = expected;
    QCOMPARE(delta, expectedDelta);
    QVERIFY(!d.sameRecords(original));
    verifyLookups(d);
    if (QTest::currentTestFailed())
        return;

    Change undo = change.inverse();
    const DatasetDelta undone = DatasetEdit::apply(d, undo);
    QCOMPARE(tableDelta(undone, t).added, expected.removed);
    QCOMPARE(tableDelta(undone, t).removed, expected.added);
    QCOMPARE(tableDelta(undone, t).changed, expected.changed);
    verifySame(d, original);
}

void TestDatasetEdit::compositeMerge_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::newRow("mini") << QStringLiteral("mini");
    QTest::newRow("synthetic") << QStringLiteral("synthetic");
}

void TestDatasetEdit::compositeMerge()
{
    QFETCH(QString, dataset);
    const Dataset original = datasetNamed(dataset);
    Change merge = mergeActors(original, 1, 0);
    QVERIFY(merge.operations.size() > 1);

    Dossier dossier(original);
    QSignalSpy spy(&dossier, &Dossier::changed);
    const Problems problems = dossier.apply(merge, Dossier::Origin::Local);
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
    QCOMPARE(spy.size(), 1);
    const auto delta = spy.at(0).at(0).value<DatasetDelta>();
    QCOMPARE(delta.actors.removed, QList<int>{0});
    QList<int> rewritten;
    for (int i = 0; i < original.claims.size(); ++i)
        if (original.actorsOfClaim(i).contains(0))
            rewritten.append(i);
    QCOMPARE(delta.claims.changed, rewritten);
    QVERIFY(delta.claims.added.isEmpty() && delta.claims.removed.isEmpty());
    QCOMPARE(dossier.dataset().actorIndex(original.actors[0].id), -1);
    verifyLookups(dossier.dataset());

    Change undo = merge.inverse();
    QVERIFY(dossier.apply(undo, Dossier::Origin::Local).isEmpty());
    QCOMPARE(dossier.revision(), quint64(2));
    verifySame(dossier.dataset(), original);
}

// Several operations on one table: removals name positions before the change, additions and
// edits positions after it, and a record added then removed appears nowhere.
void TestDatasetEdit::deltaPositions()
{
    const Dataset original = TestSupport::miniDataset(); // claims c1..c5
    Dataset d = original;
    Claim extra = original.claims[0];
    extra.id = QStringLiteral("c9");
    Claim transient = original.claims[0];
    transient.id = QStringLiteral("c8");
    Change change;
    change.operations = {
        {QStringLiteral("c2"), original.claims[1], std::nullopt, 0}, // removed at 1
        {QStringLiteral("c8"), std::nullopt, transient, 0},          // comes and goes
        {QStringLiteral("c5"), original.claims[4], edited(original, RecordTable::Claim, 4), 0},
        {QStringLiteral("c9"), std::nullopt, extra, 0}, // added
        {QStringLiteral("c8"), transient, std::nullopt, 0},
        {QStringLiteral("c4"), original.claims[3], std::nullopt, 0}, // removed at 3
    };
    const DatasetDelta delta = DatasetEdit::apply(d, change);
    QCOMPARE(delta.claims.removed, (QList<int>{1, 3}));
    // After: c1 c3 c5 c9.
    QCOMPARE(delta.claims.changed, QList<int>{2});
    QCOMPARE(delta.claims.added, QList<int>{3});
    QVERIFY(delta.actors.isEmpty() && delta.sources.isEmpty() && delta.conflicts.isEmpty());
    verifyLookups(d);
    QCOMPARE(change.operations[0].position, 1);
    QCOMPARE(change.operations[5].position, 2); // c2 had gone by then
    Change undo = change.inverse();
    const DatasetDelta undone = DatasetEdit::apply(d, undo);
    // Back in their places: c2 at 1 and c4 at 3 of c1 c2 c3 c4 c5.
    QCOMPARE(undone.claims.added, (QList<int>{1, 3}));
    QCOMPARE(undone.claims.changed, QList<int>{4});
    QCOMPARE(undone.claims.removed, QList<int>{3});
    verifySame(d, original);
}

void TestDatasetEdit::randomSequence_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("mini") << QStringLiteral("mini") << 21u;
    QTest::newRow("synthetic") << QStringLiteral("synthetic") << 2026u;
}

void TestDatasetEdit::randomSequence()
{
    QFETCH(QString, dataset);
    QFETCH(quint32, seed);
    const Dataset original = datasetNamed(dataset);
    Dossier dossier(original);
    RandomChanges changes(seed);
    QList<Change> done;
    while (done.size() < 200) {
        std::optional<Change> drawn = changes.next(dossier.dataset());
        if (!drawn)
            continue;
        Change change = *drawn;
        const Problems problems = dossier.apply(change, Dossier::Origin::Local);
        QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
        done.append(change);
        verifyLookups(dossier.dataset());
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(!dossier.dataset().sameRecords(original));
    for (auto change = done.crbegin(); change != done.crend(); ++change) {
        Change undo = change->inverse();
        const Problems problems = dossier.apply(undo, Dossier::Origin::Local);
        QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
    }
    QCOMPARE(dossier.revision(), quint64(400));
    const Dataset &back = dossier.dataset();
    verifySame(back, original);
}

QTEST_GUILESS_MAIN(TestDatasetEdit)
#include "tst_datasetedit.moc"
