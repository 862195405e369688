#include "models/dossier/ChangeValidator.h"
#include "models/dossier/DatasetEdit.h"
#include "models/dossier/Dossier.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/RandomChanges.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// "record | field | message" per problem, one per line.
QStringList described(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.record + QStringLiteral(" | ") + p.field + QStringLiteral(" | ") +
                     p.message);
    return lines;
}

Claim claimOf(const Dataset &d, const char *id)
{
    return d.claims[d.claimIndex(QLatin1String(id))];
}

} // namespace

class TestChangeValidation : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void accepted();
    void inPlaceLeavesTheDataset();
    void signalAndRevision();
};

void TestChangeValidation::refused_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("expected");
    const Dataset d = TestSupport::miniDataset();
    const Actor acme = d.actors[d.actorIndex(QStringLiteral("acme"))];

    QTest::newRow("actor still named")
        << Change::remove(acme, QStringLiteral("Delete"))
        << QStringList{"claim c1 | actors[1].actor | unknown actor 'acme'",
                       "claim c2 | actors[1].actor | unknown actor 'acme'",
                       "claim c3 | actors[0].actor | unknown actor 'acme'",
                       "claim c3 | claimant | unknown actor 'acme'",
                       "claim c4 | actors[0].actor | unknown actor 'acme'"};

    Claim uncited = claimOf(d, "c1");
    uncited.citations.clear();
    QTest::newRow("no citation")
        << Change::edit(claimOf(d, "c1"), uncited, QStringLiteral("Edit"))
        << QStringList{"claim c1 | citations | a claim needs at least one citation"};

    Claim longQuote = claimOf(d, "c1");
    longQuote.citations[0].quote = QString(301, QLatin1Char('a'));
    QTest::newRow("long quote")
        << Change::edit(claimOf(d, "c1"), longQuote, QStringLiteral("Edit"))
        << QStringList{"claim c1 | citations[0].quote | is 301 characters long; this field holds "
                       "at most 300"};

    Claim stranger = claimOf(d, "c1");
    stranger.id = QStringLiteral("c9");
    stranger.actors[0].actor = QStringLiteral("nobody");
    QTest::newRow("unknown actor") << Change::create(stranger, QStringLiteral("Add"))
                                   << QStringList{"claim c9 | actors[0].actor | unknown actor "
                                                  "'nobody'"};

    Claim stale = claimOf(d, "c1");
    stale.statement = QStringLiteral("What it said before.");
    stale.kind = QStringLiteral("denial");
    Claim wanted = stale;
    wanted.statement = QStringLiteral("What it should say.");
    const QString meanwhile =
        QStringLiteral("no longer holds what the edit expects: it was changed meanwhile");
    QTest::newRow("before differs")
        << Change::edit(stale, wanted, QStringLiteral("Edit"))
        << QStringList{"claim c1 | kind | " + meanwhile, "claim c1 | statement | " + meanwhile};

    Claim missing = claimOf(d, "c1");
    missing.id = QStringLiteral("c9");
    QTest::newRow("missing") << Change::remove(missing, QStringLiteral("Delete"))
                             << QStringList{"claim c9 |  | no longer exists"};
    QTest::newRow("duplicate id") << Change::create(claimOf(d, "c1"), QStringLiteral("Add"))
                                  << QStringList{"claim c1 | id | duplicate id 'c1'"};
    Change renamed = Change::edit(claimOf(d, "c1"), missing, QStringLiteral("Edit"));
    QTest::newRow("id changed") << renamed
                                << QStringList{"claim c1 | id | a record keeps its id: 'c1' "
                                               "cannot become 'c9'"};
    // Removing a claim a conflict and an answer name lists both.
    QTest::newRow("claim still named")
        << Change::remove(claimOf(d, "c2"), QStringLiteral("Delete"))
        << QStringList{"claim c3 | responds_to | unknown claim 'c2'",
                       "conflict k1 | claims[0] | unknown claim 'c2'"};
    Actor twin = acme;
    twin.id = QStringLiteral("acme-2");
    QTest::newRow("actor name taken")
        << Change::create(twin, QStringLiteral("Add"))
        << QStringList{"actor acme-2 | name | 'Acme' also names actor 'acme': it must find one "
                       "actor",
                       "actor acme-2 | aliases[0] | 'Acme Corp' also names actor 'acme': it must "
                       "find one actor"};
}

void TestChangeValidation::refused()
{
    QFETCH(Change, change);
    const Change asGiven = change;
    QFETCH(QStringList, expected);
    const Dataset original = TestSupport::miniDataset();
    QCOMPARE(described(validateChange(original, change)), expected);
    QCOMPARE(change, asGiven);

    // Refused by the dossier too, touching nothing.
    Dossier dossier(original);
    QSignalSpy spy(&dossier, &Dossier::changed);
    QCOMPARE(described(dossier.apply(change, Dossier::Origin::Local)), expected);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(dossier.revision(), quint64(0));
    QCOMPARE(DatasetJsonWriter::write(dossier.dataset()), DatasetJsonWriter::write(original));
}

// What the refusals above refuse, done right, passes: removing an actor with its references.
void TestChangeValidation::accepted()
{
    const Dataset d = TestSupport::miniDataset();
    Change change;
    for (const char *id : {"c1", "c2", "c3", "c4"}) {
        Claim after = claimOf(d, id);
        after.actors.removeIf([](const ActorRef &r) { return r.actor == QLatin1String("acme"); });
        if (after.claimant == QLatin1String("acme"))
            after.claimant.clear();
        if (after.actors.isEmpty())
            after.actors.append({QStringLiteral("banque-zeta"), QString()});
        change.operations.append({after.id, claimOf(d, id), after, 0});
    }
    change.operations.append(
        {QStringLiteral("acme"), d.actors[d.actorIndex(QStringLiteral("acme"))], std::nullopt, 0});
    const Problems problems = validateChange(d, change);
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
}

// Validating on the dataset itself finds what a copy finds and gives the dataset back record
// for record, with every lookup: for valid changes, and for the same changes made to misfit
// (each applied part must be taken back).
void TestChangeValidation::inPlaceLeavesTheDataset()
{
    SyntheticDataset::Parameters parameters;
    parameters.claims = 300;
    parameters.actors = 30;
    Dataset d = SyntheticDataset::generate(parameters);
    RandomChanges draws(7);
    int checked = 0, misfits = 0;
    while (checked < 120) {
        std::optional<Change> change = draws.next(d);
        if (!change)
            continue;
        Change broken = *change;
        // A misfit last operation: its record is expected as it is not.
        RecordOperation &last = broken.operations.last();
        if (last.before) {
            last.before = last.after ? *last.after : *last.before;
            if (auto *claim = std::get_if<Claim>(&*last.before))
                claim->statement += QStringLiteral(" (stale)");
            else if (auto *actor = std::get_if<Actor>(&*last.before))
                actor->description += QStringLiteral(" (stale)");
            else if (auto *source = std::get_if<Source>(&*last.before))
                source->notes += QStringLiteral(" (stale)");
            else if (auto *conflict = std::get_if<Conflict>(&*last.before))
                conflict->about += QStringLiteral(" (stale)");
        }
        for (const Change *attempt : {&broken, &*change}) {
            Dataset inPlace = d;
            const Problems problems = validateChangeInPlace(inPlace, *attempt);
            QCOMPARE(described(problems), described(validateChange(d, *attempt)));
            QVERIFY(inPlace.sameRecords(d));
            QVERIFY(inPlace.sameLookups(d));
            QCOMPARE(DatasetJsonWriter::write(inPlace), DatasetJsonWriter::write(d));
            misfits += attempt == &broken && !problems.isEmpty() ? 1 : 0;
        }
        QVERIFY2(validateChangeInPlace(d, *change).isEmpty(), "a drawn change fits");
        DatasetEdit::apply(d, *change);
        ++checked;
    }
    QVERIFY2(misfits > 30, qPrintable(QString::number(misfits)));
}

void TestChangeValidation::signalAndRevision()
{
    const Dataset d = TestSupport::miniDataset();
    Dossier dossier(d);
    QSignalSpy spy(&dossier, &Dossier::changed);
    Claim after = claimOf(d, "c1");
    after.statement = QStringLiteral("Said otherwise.");
    Change edit = Change::edit(claimOf(d, "c1"), after, QStringLiteral("Change statement of c1"));
    QVERIFY(dossier.apply(edit, Dossier::Origin::Remote).isEmpty());
    QCOMPARE(dossier.revision(), quint64(1));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).value<Dossier::Origin>(), Dossier::Origin::Remote);
    QCOMPARE(spy.at(0).at(0).value<DatasetDelta>().claims.changed, QList<int>{0});
    QCOMPARE(dossier.dataset().claims[0].statement, after.statement);

    // The same edit again no longer finds its before: refused, nothing emitted.
    QVERIFY(!dossier.apply(edit, Dossier::Origin::Local).isEmpty());
    QCOMPARE(spy.size(), 1);

    Change undo = edit.inverse();
    QCOMPARE(undo.description, edit.description);
    QVERIFY(dossier.apply(undo, Dossier::Origin::Local).isEmpty());
    QCOMPARE(dossier.revision(), quint64(2));
    QCOMPARE(spy.at(1).at(1).value<Dossier::Origin>(), Dossier::Origin::Local);
    QVERIFY(dossier.dataset().sameRecords(d));
}

QTEST_GUILESS_MAIN(TestChangeValidation)
#include "tst_changevalidation.moc"
