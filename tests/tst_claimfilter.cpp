#include "ClaimMatcher.h"
#include "SyntheticDataset.h"
#include "TestSupport.h"

#include <QTest>
#include <algorithm>

class TestClaimFilter : public QObject
{
    Q_OBJECT
private slots:
    void matching_data();
    void matching();
    void findActor_data();
    void findActor();
    void describe();
    void largeDatasetMatchesOnTwoThreads_data();
    void largeDatasetMatchesOnTwoThreads();
};

void TestClaimFilter::matching_data()
{
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("empty filter") << none << 0 << 0 << none << none << ""
                                  << QStringList{"c1", "c2", "c3", "c4", "c5"};
    QTest::newRow("actor") << QStringList{"banque-zeta"} << 0 << 0 << none << none << ""
                           << QStringList{"c4"};
    QTest::newRow("actor as claimant only") << QStringList{"acme"} << 0 << 0 << none << none << ""
                                            << QStringList{"c1", "c2", "c3", "c4"};
    QTest::newRow("two actors: any") << QStringList{"banque-zeta", "jeanne-dupont"} << 0 << 0
                                     << none << none << "" << QStringList{"c1", "c2", "c4", "c5"};
    QTest::newRow("year") << none << 2024 << 2024 << none << none << ""
                          << QStringList{"c2", "c3", "c4", "c5"};
    QTest::newRow("year-precise claim spans its year")
        << none << 2015 << 2015 << none << none << "" << QStringList{"c1"};
    QTest::newRow("open start") << none << 0 << 2020 << none << none << "" << QStringList{"c1"};
    QTest::newRow("open end") << none << 2016 << 0 << none << none << ""
                              << QStringList{"c2", "c3", "c4", "c5"};
    QTest::newRow("empty year range")
        << none << 2016 << 2023 << none << none << "" << QStringList{};
    QTest::newRow("source") << none << 0 << 0 << QStringList{"beta"} << none << ""
                            << QStringList{"c4", "c5"};
    QTest::newRow("kind") << none << 0 << 0 << none << QStringList{"response"} << ""
                          << QStringList{"c3"};
    QTest::newRow("search statement")
        << none << 0 << 0 << none << none << "GROUNDLESS" << QStringList{"c3"};
    QTest::newRow("search quote without accents")
        << none << 0 << 0 << none << none << "deposee" << QStringList{"c5"};
    QTest::newRow("search all words")
        << none << 0 << 0 << none << none << "acme billion" << QStringList{"c4"};
    QTest::newRow("search metacharacters")
        << none << 0 << 0 << none << none << "%' OR 1=1 --" << QStringList{};
    QTest::newRow("combined") << QStringList{"jeanne-dupont"} << 2024 << 2024
                              << QStringList{"alpha"} << QStringList{"event"} << "plainte"
                              << QStringList{"c5"};
}

void TestClaimFilter::matching()
{
    QFETCH(QStringList, actors);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, kinds);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Dataset d = TestSupport::miniDataset();
    const ClaimFilter filter{actors, from, to, sources, kinds, text};
    QStringList ids;
    for (int i : ClaimMatcher(d, filter).matchingClaims())
        ids << d.claims[i].id;
    QCOMPARE(ids, expected);
}

void TestClaimFilter::findActor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("id") << "acme"
                        << "acme";
    QTest::newRow("name") << "Jeanne Dupont"
                          << "jeanne-dupont";
    QTest::newRow("name, other case") << "jEANNE dUPONT"
                                      << "jeanne-dupont";
    QTest::newRow("alias") << "dupont"
                           << "jeanne-dupont";
    QTest::newRow("alias with spaces") << "  Acme Corp "
                                       << "acme";
    QTest::newRow("unknown") << "Nobody"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestClaimFilter::findActor()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const Dataset d = TestSupport::miniDataset();
    const int a = d.findActor(name);
    QCOMPARE(a >= 0 ? d.actors[a].id : QString(), id);
}

void TestClaimFilter::describe()
{
    const Dataset d = TestSupport::miniDataset();
    QCOMPARE(ClaimFilter().describe(d), QStringLiteral("All claims"));
    ClaimFilter f;
    f.actors = QStringList{QStringLiteral("jeanne-dupont"), QStringLiteral("acme")};
    f.fromYear = 2023;
    f.toYear = 2024;
    QCOMPARE(f.describe(d), QStringLiteral("Jeanne Dupont, Acme · 2023–2024"));
    f.fromYear = f.toYear = 2024;
    QCOMPARE(f.describeLabelled(d), QStringLiteral("Actors: Jeanne Dupont, Acme · Years: 2024"));
}

QTEST_GUILESS_MAIN(TestClaimFilter)
void TestClaimFilter::largeDatasetMatchesOnTwoThreads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<bool>("firstActor");
    QTest::newRow("a word") << QStringLiteral("milliards") << 0 << false;
    QTest::newRow("two words, folded") << QStringLiteral("CAFÉ naive") << 0 << false;
    QTest::newRow("a year on") << QString() << 2015 << false;
    QTest::newRow("an actor and a word") << QStringLiteral("accused") << 0 << true;
    QTest::newRow("nothing matches") << QStringLiteral("zzzzqqqq") << 0 << false;
}

void TestClaimFilter::largeDatasetMatchesOnTwoThreads()
{
    // Above ParallelClaims the claims are matched in two halves at once: the result must be
    // the one claim-by-claim matching gives, in order.
    static const Dataset d = [] {
        SyntheticDataset::Parameters p;
        p.claims = int(ClaimMatcher::ParallelClaims) + 5001;
        p.actors = 300;
        p.sources = 50;
        return SyntheticDataset::generate(p);
    }();
    QFETCH(QString, text);
    QFETCH(int, fromYear);
    QFETCH(bool, firstActor);
    ClaimFilter filter;
    filter.text = text;
    filter.fromYear = fromYear;
    if (firstActor)
        filter.actors = {d.actors.first().id};
    const ClaimMatcher matcher(d, filter);
    QList<int> oneByOne;
    for (int i = 0; i < d.claims.size(); ++i)
        if (matcher.matches(i))
            oneByOne << i;
    QCOMPARE(matcher.matchingClaims(), oneByOne);
    const std::vector<char> flags = matcher.matchAll();
    QCOMPARE(qsizetype(flags.size()), d.claims.size());
    QCOMPARE(qsizetype(std::count(flags.cbegin(), flags.cend(), 1)), oneByOne.size());
}

#include "tst_claimfilter.moc"
