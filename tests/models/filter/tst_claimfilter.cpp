#include "models/filter/ClaimMatcher.h"
#include "models/filter/FilterState.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <algorithm>

class TestClaimFilter : public QObject
{
    Q_OBJECT
private slots:
    void matching_data();
    void matching();
    void claimantCountsAsInvolved_data();
    void claimantCountsAsInvolved();
    void findActor_data();
    void findActor();
    void apostrophesFoldAlike_data();
    void apostrophesFoldAlike();
    void describe();
    void questions_data();
    void questions();
    void largeDatasetMatchesOnAnyThreads_data();
    void largeDatasetMatchesOnAnyThreads();
    void yearOrderFindsTheSameClaims_data();
    void yearOrderFindsTheSameClaims();
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
    QTest::newRow("actor, also a claimant") << QStringList{"acme"} << 0 << 0 << none << none << ""
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
    QTest::newRow("search inside a word")
        << none << 0 << 0 << none << none << "roundle" << QStringList{"c3"};
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
    ClaimFilter filter;
    filter.actors = actors;
    filter.fromYear = from;
    filter.toYear = to;
    filter.sources = sources;
    filter.kinds = kinds;
    filter.text = text;
    QStringList ids;
    for (int i : ClaimMatcher(d, filter).matchingClaims())
        ids << d.claims[i].id;
    QCOMPARE(ids, expected);
}

void TestClaimFilter::claimantCountsAsInvolved_data()
{
    // In mini.json every claimant is also among its claim's actors; here Acme claims c3 without
    // being among its actors, and a new claim c6 is Banque Zeta's claim about Acme.
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    QTest::newRow("claimant of c3 only")
        << QStringList{"acme"} << none << QStringList{"c1", "c2", "c3", "c4", "c6"};
    QTest::newRow("claimant only, with a kind")
        << QStringList{"acme"} << QStringList{"response"} << QStringList{"c3"};
    QTest::newRow("claimant of c6 only")
        << QStringList{"banque-zeta"} << none << QStringList{"c4", "c6"};
    QTest::newRow("actor, not claimant")
        << QStringList{"jeanne-dupont"} << none << QStringList{"c1", "c2", "c3", "c5"};
}

void TestClaimFilter::claimantCountsAsInvolved()
{
    QFETCH(QStringList, actors);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, expected);
    Dataset d = TestSupport::miniDataset();
    const int c3 = d.claimIndex(QStringLiteral("c3"));
    QVERIFY(c3 >= 0);
    QCOMPARE(d.claims[c3].claimant, QStringLiteral("acme"));
    d.claims[c3].actors = {{QStringLiteral("jeanne-dupont"), QStringLiteral("plaintiff")}};
    Claim c6 = d.claims[c3];
    c6.id = QStringLiteral("c6");
    c6.kind = QStringLiteral("allegation");
    c6.statement = QStringLiteral("Banque Zeta says Acme misled its investors.");
    c6.actors = {{QStringLiteral("acme"), QStringLiteral("investee")}};
    c6.claimant = QStringLiteral("banque-zeta");
    c6.respondsTo.clear();
    d.claims.append(c6);
    d.reindex();

    ClaimFilter filter;
    filter.actors = actors;
    filter.kinds = kinds;
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

void TestClaimFilter::apostrophesFoldAlike_data()
{
    QTest::addColumn<QString>("written"); // in a quote and in an alias
    QTest::addColumn<QString>("typed");   // in the search field and the actor field
    QTest::addColumn<bool>("found");
    QTest::newRow("typographic written, straight typed") << u"d’Orion"_qs << u"d'orion"_qs << true;
    QTest::newRow("straight written, typographic typed") << u"d'Orion"_qs << u"D’ORION"_qs << true;
    QTest::newRow("modifier letter apostrophe") << u"dʼOrion"_qs << u"d'Orion"_qs << true;
    QTest::newRow("left quotation mark") << u"d‘Orion"_qs << u"d’orion"_qs << true;
    QTest::newRow("accents and apostrophe") << u"l’Éther"_qs << u"l'ether"_qs << true;
    QTest::newRow("another letter") << u"d’Orion"_qs << u"l'orion"_qs << false;
    QTest::newRow("no apostrophe") << u"d’Orion"_qs << u"dorion"_qs << false;
}

void TestClaimFilter::apostrophesFoldAlike()
{
    QFETCH(QString, written);
    QFETCH(QString, typed);
    QFETCH(bool, found);
    Dataset d = TestSupport::miniDataset();
    const int claim = d.claimIndex(QStringLiteral("c5"));
    QVERIFY(claim >= 0);
    d.claims[claim].citations[0].quote += u' ' + written;
    d.actors[0].aliases.append(u"board "_qs + written);
    d.reindex();

    ClaimFilter filter;
    filter.text = typed;
    QStringList ids;
    for (int i : ClaimMatcher(d, filter).matchingClaims())
        ids << d.claims[i].id;
    QCOMPARE(ids, found ? QStringList{u"c5"_qs} : QStringList{});
    QCOMPARE(d.findActor(u"Board "_qs + typed), found ? 0 : -1);
}

void TestClaimFilter::questions_data()
{
    using Side = ClaimFilter::Side;
    QTest::addColumn<int>("inConflict");
    QTest::addColumn<int>("singleSource");
    QTest::addColumn<QStringList>("claimants");
    QTest::addColumn<bool>("asFact");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("words");
    const QStringList none;
    const int any = int(Side::Any);
    QTest::newRow("in conflict") << int(Side::Yes) << any << none << false
                                 << QStringList{"c2", "c5"} << "in conflict";
    QTest::newRow("in no conflict") << int(Side::No) << any << none << false
                                    << QStringList{"c1", "c3", "c4"} << "in no conflict";
    QTest::newRow("single source") << any << int(Side::Yes) << none << false
                                   << QStringList{"c1", "c2", "c3", "c4"} << "single source";
    QTest::newRow("several sources")
        << any << int(Side::No) << none << false << QStringList{"c5"} << "several sources";
    QTest::newRow("claimed by an actor")
        << any << any << QStringList{"acme"} << false << QStringList{"c3"} << "claimed by Acme";
    QTest::newRow("reported as fact")
        << any << any << none << true << QStringList{"c1", "c4", "c5"} << "reported as fact";
    QTest::newRow("an actor or as fact")
        << any << any << QStringList{"jeanne-dupont"} << true << QStringList{"c1", "c2", "c4", "c5"}
        << "reported as fact";
    QTest::newRow("unknown claimant matches nothing")
        << any << any << QStringList{"nobody"} << false << QStringList{} << "claimed by";
    QTest::newRow("together") << int(Side::Yes) << int(Side::Yes) << QStringList{"jeanne-dupont"}
                              << false << QStringList{"c2"} << "single source";
}

// The yes-or-no questions and the claimant: each narrows as it says, and says so in words.
void TestClaimFilter::questions()
{
    QFETCH(int, inConflict);
    QFETCH(int, singleSource);
    QFETCH(QStringList, claimants);
    QFETCH(bool, asFact);
    QFETCH(QStringList, expected);
    QFETCH(QString, words);
    const Dataset d = TestSupport::miniDataset();
    ClaimFilter filter;
    filter.inConflict = ClaimFilter::Side(inConflict);
    filter.singleSource = ClaimFilter::Side(singleSource);
    filter.claimants = claimants;
    filter.reportedAsFact = asFact;
    QVERIFY(!filter.isEmpty());
    QStringList ids;
    for (int i : ClaimMatcher(d, filter).matchingClaims())
        ids << d.claims[i].id;
    QCOMPARE(ids, expected);
    QVERIFY2(filter.describe(d).contains(words), qPrintable(filter.describe(d)));
    // Saved and restored with the rest of the filter (unknown actors dropped).
    ClaimFilter restored = FilterState::fromVariantMap(FilterState::toVariantMap(filter), d);
    filter.claimants.removeAll(QStringLiteral("nobody"));
    QCOMPARE(restored, filter);
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
    // Kinds by their labels in the reader's language, not their keys.
    ClaimFilter k;
    k.kinds = QStringList{QStringLiteral("allegation"), QStringLiteral("figure")};
    QCOMPARE(k.describe(d), QStringLiteral("Allegation, Figure"));
    QCOMPARE(k.describeLabelled(d), QStringLiteral("Kinds: Allegation, Figure"));
}

QTEST_GUILESS_MAIN(TestClaimFilter)
void TestClaimFilter::largeDatasetMatchesOnAnyThreads_data()
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

void TestClaimFilter::largeDatasetMatchesOnAnyThreads()
{
    // Above ParallelClaims the claims are matched in ranges at once, one per thread: the
    // result must be the one claim-by-claim matching gives, in order, however many there are.
    static const Dataset d = [] {
        SyntheticDataset::Parameters p;
        p.claims = int(ClaimMatcher::ParallelClaims) * 3 + 5001;
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
    for (const int threads : {1, 2, 3, 8}) {
        const TestSupport::PoolSize pool(threads);
        QCOMPARE(matcher.matchingClaims(), oneByOne);
        const std::vector<char> flags = matcher.matchAll();
        QCOMPARE(qsizetype(flags.size()), d.claims.size());
        QCOMPARE(qsizetype(std::count(flags.cbegin(), flags.cend(), 1)), oneByOne.size());
    }
}

void TestClaimFilter::yearOrderFindsTheSameClaims_data()
{
    QTest::addColumn<int>("claims");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::addColumn<QString>("text");
    QTest::newRow("2010-2012") << 1000 << 2010 << 2012 << QString();
    QTest::newRow("one year") << 1000 << 2015 << 2015 << QString();
    QTest::newRow("until 2012, undated too") << 1000 << 0 << 2012 << QString();
    QTest::newRow("from 2015") << 1000 << 2015 << 0 << QString();
    QTest::newRow("reversed range") << 1000 << 2012 << 2010 << QString();
    QTest::newRow("before the data") << 1000 << 1800 << 1850 << QString();
    QTest::newRow("after the data") << 1000 << 2200 << 0 << QString();
    QTest::newRow("no range") << 1000 << 0 << 0 << QString();
    QTest::newRow("range and a word") << 1000 << 2008 << 2020 << QStringLiteral("milliards");
    QTest::newRow("two threads over the range")
        << int(ClaimMatcher::ParallelClaims) + 3001 << 1990 << 2100 << QString();
}

void TestClaimFilter::yearOrderFindsTheSameClaims()
{
    // With a year order, a year range tests only its years' claims (found by binary search):
    // the claims found must be those that testing every claim finds, undated claims included.
    QFETCH(int, claims);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    QFETCH(QString, text);
    Dataset d = SyntheticDataset::generate({claims, 120, 40, 7});
    for (int c = 0; c < d.claims.size(); c += 97)
        d.claims[c].date = PartialDate(); // undated: year 0
    d.reindex();
    ClaimFilter filter;
    filter.fromYear = fromYear;
    filter.toYear = toYear;
    filter.text = text;
    const ClaimYearOrder order(d);
    const ClaimMatcher everyClaim(d, filter);
    const ClaimMatcher byYear(d, filter, nullptr, &order);
    QList<int> oneByOne;
    for (int i = 0; i < d.claims.size(); ++i)
        if (everyClaim.matches(i))
            oneByOne << i;
    QCOMPARE(byYear.matchingClaims(), oneByOne);
    QCOMPARE(byYear.matchAll(), everyClaim.matchAll());
    for (const int c : order.between(fromYear, toYear)) {
        const int year = d.claims[c].date.year();
        QVERIFY((!fromYear || year >= fromYear) && (!toYear || year <= toYear));
    }
}

#include "tst_claimfilter.moc"
