// "Show it": the filter widened just enough for one hidden claim.
#include "models/filter/ClaimMatcher.h"
#include "models/filter/FilterWidening.h"
#include "tests/support/TestSupport.h"

#include <QTest>

class TestFilterWidening final : public QObject
{
    Q_OBJECT

private slots:
    void relaxesOnlyWhatHides_data();
    void relaxesOnlyWhatHides();
    void keepsAFilterThatShowsIt();
};

void TestFilterWidening::relaxesOnlyWhatHides_data()
{
    using Side = ClaimFilter::Side;
    QTest::addColumn<ClaimFilter>("filter");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<ClaimFilter>("widened");
    ClaimFilter f, w;
    f.actors = QStringList{"banque-zeta"};
    w.actors = QStringList{"banque-zeta", "jeanne-dupont"}; // the claimant, whose claim it is
    QTest::newRow("actor: its claimant") << f << "c2" << w;
    f = {}, w = {};
    f.fromYear = 2020;
    f.toYear = 2023;
    w.fromYear = 2020;
    w.toYear = 2024;
    QTest::newRow("years: stretched to its year") << f << "c2" << w;
    f = {}, w = {};
    f.sources = QStringList{"beta"};
    f.kinds = QStringList{"figure"};
    w.sources = QStringList{"beta", "alpha"};
    w.kinds = QStringList{"figure", "allegation"};
    QTest::newRow("source and kind: one more") << f << "c2" << w;
    f = {}, w = {};
    f.text = QStringLiteral("nothing like it");
    f.inConflict = Side::Yes;
    f.singleSource = Side::No;
    w.inConflict = Side::Yes; // c5 is in conflict and has two sources: these stay
    w.singleSource = Side::No;
    QTest::newRow("search dropped, questions kept") << f << "c5" << w;
    f = {}, w = {};
    f.inConflict = Side::No;
    f.claimants = QStringList{"acme"};
    w.claimants = QStringList{"acme"};
    w.reportedAsFact = true;
    QTest::newRow("question back to either, as fact added") << f << "c5" << w;
}

void TestFilterWidening::relaxesOnlyWhatHides()
{
    QFETCH(ClaimFilter, filter);
    QFETCH(QString, claim);
    QFETCH(ClaimFilter, widened);
    const Dataset d = TestSupport::miniDataset();
    const int c = d.claimIndex(claim);
    QVERIFY(!ClaimMatcher(d, filter).matches(c));
    const ClaimFilter out = FilterWidening::toShow(filter, d, c);
    QVERIFY(ClaimMatcher(d, out).matches(c));
    QCOMPARE(out.actors, widened.actors);
    QCOMPARE(out.fromYear, widened.fromYear);
    QCOMPARE(out.toYear, widened.toYear);
    QCOMPARE(out.sources, widened.sources);
    QCOMPARE(out.kinds, widened.kinds);
    QCOMPARE(out.text, widened.text);
    QCOMPARE(out.inConflict, widened.inConflict);
    QCOMPARE(out.singleSource, widened.singleSource);
    QCOMPARE(out.claimants, widened.claimants);
    QCOMPARE(out.reportedAsFact, widened.reportedAsFact);
}

void TestFilterWidening::keepsAFilterThatShowsIt()
{
    const Dataset d = TestSupport::miniDataset();
    ClaimFilter f;
    f.kinds = QStringList{"allegation"};
    f.text = QStringLiteral("acme");
    QCOMPARE(FilterWidening::toShow(f, d, d.claimIndex(u"c2"_qs)), f);
    QCOMPARE(FilterWidening::toShow(f, d, -1), f);
}

QTEST_GUILESS_MAIN(TestFilterWidening)
#include "tst_filterwidening.moc"
