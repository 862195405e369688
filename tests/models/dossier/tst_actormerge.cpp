// Merging actors as one change: the claims that name them, as actors or claimant, name the kept
// actor; the merged names become its aliases; undo gives back the dataset byte for byte; and
// the hostile cases are refused before anything changes.
#include "models/dossier/ActorMerge.h"
#include "models/dossier/ChangeValidator.h"
#include "models/dossier/ConflictRecording.h"
#include "models/dossier/Dossier.h"
#include "models/format/DatasetJsonWriter.h"
#include "tests/support/TestSupport.h"

#include <QTest>

class TestActorMerge : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void mergesAndUndoes();
    void bothInOneRole();
    void conflictRecorded();
};

void TestActorMerge::refused_data()
{
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QStringList>("merged");
    QTest::newRow("into itself") << "acme" << QStringList{"acme"};
    QTest::newRow("itself among others") << "acme" << QStringList{"banque-zeta", "acme"};
    QTest::newRow("nothing") << "acme" << QStringList{};
    QTest::newRow("unknown kept") << "nobody" << QStringList{"acme"};
    QTest::newRow("unknown merged") << "acme" << QStringList{"nobody"};
}

void TestActorMerge::refused()
{
    QFETCH(QString, kept);
    QFETCH(QStringList, merged);
    const ActorMerge merge = ActorMerge::of(TestSupport::miniDataset(), kept, merged);
    QVERIFY(!merge.ok());
    QVERIFY(merge.change.operations.isEmpty());
}

void TestActorMerge::mergesAndUndoes()
{
    Dossier dossier(TestSupport::miniDataset());
    const QByteArray before = DatasetJsonWriter::write(dossier.dataset());
    // Acme is claimant of c3 and named by c1 to c4.
    ActorMerge merge = ActorMerge::of(dossier.dataset(), QStringLiteral("jeanne-dupont"),
                                      {QStringLiteral("acme")});
    QVERIFY2(merge.ok(), qPrintable(merge.refusal));
    QCOMPARE(merge.claims, 4);
    QCOMPARE(merge.change.description, QStringLiteral("Merge actor acme into jeanne-dupont"));
    QVERIFY(validateChange(dossier.dataset(), merge.change).isEmpty());
    Change change = merge.change;
    QVERIFY(dossier.apply(change, Dossier::Origin::Local).isEmpty());

    const Dataset &d = dossier.dataset();
    QCOMPARE(d.actors.size(), 2);
    QCOMPARE(d.actorIndex(QStringLiteral("acme")), -1);
    const Actor &kept = d.actors[d.actorIndex(QStringLiteral("jeanne-dupont"))];
    QCOMPARE(kept.aliases, (QStringList{"Dupont", "Jeanne", "Acme", "Acme Corp"}));
    QCOMPARE(d.findActor(QStringLiteral("Acme Corp")),
             d.actorIndex(QStringLiteral("jeanne-dupont")));
    const Claim &c3 = d.claims[d.claimIndex(QStringLiteral("c3"))];
    QCOMPARE(c3.claimant, QStringLiteral("jeanne-dupont"));
    QCOMPARE(c3.actors, (QList<ActorRef>{{"jeanne-dupont", "defendant"}}));
    // c2 named both in different roles: both roles stay, now of one actor.
    const Claim &c2 = d.claims[d.claimIndex(QStringLiteral("c2"))];
    QCOMPARE(c2.actors,
             (QList<ActorRef>{{"jeanne-dupont", "plaintiff"}, {"jeanne-dupont", "defendant"}}));
    Dataset fresh = d;
    fresh.reindex();
    QVERIFY(d.sameLookups(fresh));

    Change undo = change.inverse();
    QVERIFY(dossier.apply(undo, Dossier::Origin::Local).isEmpty());
    QCOMPARE(DatasetJsonWriter::write(dossier.dataset()), before);
}

void TestActorMerge::bothInOneRole()
{
    Dataset d = TestSupport::miniDataset();
    // c4 names acme as investee and banque-zeta as investor: make both investors.
    d.claims[d.claimIndex(QStringLiteral("c4"))].actors[0].role = QStringLiteral("investor");
    d.reindex();
    Dossier dossier(d);
    const QByteArray before = DatasetJsonWriter::write(dossier.dataset());
    ActorMerge merge = ActorMerge::of(dossier.dataset(), QStringLiteral("banque-zeta"),
                                      {QStringLiteral("acme"), QStringLiteral("jeanne-dupont")});
    QVERIFY2(merge.ok(), qPrintable(merge.refusal));
    QCOMPARE(merge.claims, 5);
    QCOMPARE(merge.change.description, QStringLiteral("Merge 2 actors into banque-zeta"));
    Change change = merge.change;
    const Problems problems = dossier.apply(change, Dossier::Origin::Local);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    const Dataset &after = dossier.dataset();
    QCOMPARE(after.actors.size(), 1);
    QCOMPARE(after.claims[after.claimIndex(QStringLiteral("c4"))].actors,
             (QList<ActorRef>{{"banque-zeta", "investor"}}));
    // Every claim names the one actor left, in each role once.
    for (const Claim &c : after.claims) {
        QVERIFY(c.claimant.isEmpty() || c.claimant == QStringLiteral("banque-zeta"));
        for (int i = 0; i < c.actors.size(); ++i)
            QVERIFY(!c.actors.mid(i + 1).contains(c.actors[i]));
    }
    Change undo = change.inverse();
    QVERIFY(dossier.apply(undo, Dossier::Origin::Local).isEmpty());
    QCOMPARE(DatasetJsonWriter::write(dossier.dataset()), before);
}

void TestActorMerge::conflictRecorded()
{
    Dossier dossier(TestSupport::miniDataset());
    QCOMPARE(ConflictRecording::nextId(dossier.dataset()), QStringLiteral("k2"));
    Change change =
        ConflictRecording::of(dossier.dataset(), {QStringLiteral("c3"), QStringLiteral("c4")},
                              QStringLiteral("Who invested"));
    QCOMPARE(change.description, QStringLiteral("Add conflict k2"));
    QVERIFY(dossier.apply(change, Dossier::Origin::Local).isEmpty());
    QCOMPARE(dossier.dataset().conflicts.last().claims, (QStringList{"c3", "c4"}));
    // One claim is no conflict: the validator says so and nothing is added.
    Change single =
        ConflictRecording::of(dossier.dataset(), {QStringLiteral("c1")}, QStringLiteral("Alone"));
    QVERIFY(!dossier.apply(single, Dossier::Origin::Local).isEmpty());
    QCOMPARE(dossier.dataset().conflicts.size(), 2);
}

QTEST_GUILESS_MAIN(TestActorMerge)
#include "tst_actormerge.moc"
