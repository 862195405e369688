// The shared filter and selection: one signal per change, the same claims as ClaimMatcher.
#include "models/filter/ClaimDateOrder.h"
#include "models/filter/ClaimMatcher.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

class TestFilterState final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dataset = TestSupport::miniDataset(); }

    void startsWithEverything()
    {
        FilterState state(m_dataset);
        QVERIFY(state.filter().isEmpty());
        QCOMPARE(state.matchCount(), int(m_dataset.claims.size()));
        QCOMPARE(state.matchingClaims().size(), m_dataset.claims.size());
    }

    void setFilterMatchesMatcher_data()
    {
        QTest::addColumn<ClaimFilter>("filter");
        ClaimFilter f;
        f.actors = {QStringLiteral("banque-zeta")};
        QTest::newRow("one actor") << f;
        f.actors = {QStringLiteral("banque-zeta"), QStringLiteral("jeanne-dupont")};
        QTest::newRow("two actors") << f;
        f = {};
        f.fromYear = f.toYear = 2024;
        QTest::newRow("year 2024") << f;
        f = {};
        f.toYear = 2020;
        QTest::newRow("until 2020") << f;
        f = {};
        f.kinds = {QStringLiteral("event")};
        QTest::newRow("kind") << f;
        f = {};
        f.sources = {QStringLiteral("beta")};
        QTest::newRow("source") << f;
        f = {};
        f.text = QStringLiteral("MILLIARDS");
        QTest::newRow("text in a quote, other case") << f;
        f.actors = {QStringLiteral("jeanne-dupont")};
        QTest::newRow("text and actor: nothing") << f;
        // Placeholders in the searched text stay as typed in the summary (it was built with
        // chained arg(), which filled them with the counts).
        f = {};
        f.text = QStringLiteral("%1 %2 %L1");
        QTest::newRow("text holding %1 and %2") << f;
    }

    void setFilterMatchesMatcher()
    {
        QFETCH(ClaimFilter, filter);
        FilterState state(m_dataset);
        QSignalSpy changed(&state, &FilterState::changed);
        state.setFilter(filter);
        QCOMPARE(changed.count(), 1);
        const QList<int> expected = ClaimMatcher(m_dataset, filter).matchingClaims();
        QCOMPARE(state.matchingClaims(), expected);
        QCOMPARE(state.matchCount(), int(expected.size()));
        for (int c = 0; c < m_dataset.claims.size(); ++c)
            QCOMPARE(state.accepts(c), expected.contains(c));
        QVERIFY(state.summary().startsWith(filter.describe(m_dataset)));
        QVERIFY(state.summary().contains(
            QStringLiteral("%1 of %2").arg(expected.size()).arg(m_dataset.claims.size())));
    }

    void sameValueEmitsNothing()
    {
        FilterState state(m_dataset);
        state.setYearRange(2024, 2024);
        QSignalSpy changed(&state, &FilterState::changed);
        state.setYearRange(2024, 2024);
        state.setActors({});
        state.setText(QString());
        QCOMPARE(changed.count(), 0);
    }

    void typedSetters()
    {
        FilterState state(m_dataset);
        QSignalSpy changed(&state, &FilterState::changed);
        state.setActorIncluded(QStringLiteral("acme"), true);
        state.setActorIncluded(QStringLiteral("acme"), true); // already in
        state.setActorIncluded(QStringLiteral("banque-zeta"), true);
        QCOMPARE(state.filter().actors,
                 QStringList({QStringLiteral("acme"), QStringLiteral("banque-zeta")}));
        state.setActorIncluded(QStringLiteral("acme"), false);
        QCOMPARE(state.filter().actors, QStringList{QStringLiteral("banque-zeta")});
        state.setKinds({QStringLiteral("figure")});
        state.setSources({QStringLiteral("beta")});
        state.setText(QStringLiteral("zeta"));
        QCOMPARE(changed.count(), 6);
        state.clear();
        QCOMPARE(changed.count(), 7);
        QCOMPARE(state.matchCount(), int(m_dataset.claims.size()));
    }

    void variantRoundTripDropsUnknownIds()
    {
        ClaimFilter f;
        f.actors = {QStringLiteral("acme"), QStringLiteral("nobody")};
        f.sources = {QStringLiteral("gone"), QStringLiteral("alpha")};
        f.fromYear = 2015;
        f.kinds = {QStringLiteral("event")};
        f.text = QStringLiteral("fondée");
        const ClaimFilter back =
            FilterState::fromVariantMap(FilterState::toVariantMap(f), m_dataset);
        QCOMPARE(back.actors, QStringList{QStringLiteral("acme")});
        QCOMPARE(back.sources, QStringList{QStringLiteral("alpha")});
        QCOMPARE(back.fromYear, 2015);
        QCOMPARE(back.toYear, 0);
        QCOMPARE(back.kinds, f.kinds);
        QCOMPARE(back.text, f.text);
        QVERIFY(FilterState::fromVariantMap({}, m_dataset).isEmpty());
    }

    void selectionSignalsOncePerChange()
    {
        SelectionState selection(m_dataset);
        QSignalSpy changed(&selection, &SelectionState::selectionChanged);
        const int c2 = m_dataset.claimIndex(QStringLiteral("c2"));
        selection.setCurrentClaim(c2);
        selection.setCurrentClaim(c2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(selection.currentClaim(), c2);
        QCOMPARE(selection.selectedClaims(), QList<int>{c2});
        selection.setCurrentClaim(int(m_dataset.claims.size())); // out of range: clears
        QCOMPARE(selection.currentClaim(), -1);
        QCOMPARE(changed.count(), 2);
    }

    void selectionTouchesActors()
    {
        SelectionState selection(m_dataset);
        const int c4 = m_dataset.claimIndex(QStringLiteral("c4"));
        const int c5 = m_dataset.claimIndex(QStringLiteral("c5"));
        selection.setSelectedClaims({c4, c5}, c5);
        QCOMPARE(selection.currentClaim(), c5);
        QList<int> actors = m_dataset.actorsOfClaim(c4);
        for (int a : m_dataset.actorsOfClaim(c5))
            if (!actors.contains(a))
                actors.append(a);
        for (int a = 0; a < m_dataset.actors.size(); ++a)
            QCOMPARE(selection.touchesActor(a), actors.contains(a));
    }

    void selectionFollowsFilter_data()
    {
        QTest::addColumn<int>("fromYear");
        QTest::addColumn<bool>("survives");
        QTest::newRow("claim still visible") << 2024 << true;
        QTest::newRow("claim filtered out") << 2025 << false;
    }

    void selectionFollowsFilter()
    {
        QFETCH(int, fromYear);
        QFETCH(bool, survives);
        FilterState filter(m_dataset);
        SelectionState selection(m_dataset, &filter);
        const int c2 = m_dataset.claimIndex(QStringLiteral("c2"));
        selection.setCurrentClaim(c2);
        QSignalSpy changed(&selection, &SelectionState::selectionChanged);
        filter.setYearRange(fromYear, 0);
        QCOMPARE(changed.count(), survives ? 0 : 1);
        QCOMPARE(selection.currentClaim(), survives ? c2 : -1);
        QCOMPARE(selection.isSelected(c2), survives);
    }

    void highlightedActor()
    {
        SelectionState selection(m_dataset);
        QSignalSpy spy(&selection, &SelectionState::highlightedActorChanged);
        selection.setHighlightedActor(1);
        selection.setHighlightedActor(1);
        selection.setHighlightedActor(99); // ignored
        QCOMPARE(spy.count(), 1);
        QCOMPARE(selection.highlightedActor(), 1);
    }

    void yearSpanOfTheDatedClaims_data()
    {
        QTest::addColumn<QList<int>>("years"); // 0: undated
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("all dated") << QList<int>{2017, 2015, 2024} << 2015 << 2024;
        QTest::newRow("undated ones") << QList<int>{0, 2019, 0, 2016} << 2016 << 2019;
        QTest::newRow("one dated") << QList<int>{0, 2020, 0} << 2020 << 2020;
        QTest::newRow("none dated") << QList<int>{0, 0} << 0 << 0;
    }

    void yearSpanOfTheDatedClaims()
    {
        QFETCH(QList<int>, years);
        QFETCH(int, first);
        QFETCH(int, last);
        Dataset d = m_dataset;
        const Claim model = d.claims.first();
        d.claims.clear();
        for (int i = 0; i < years.size(); ++i) {
            Claim c = model;
            c.id = QStringLiteral("y%1").arg(i);
            c.date = years[i] ? PartialDate::fromYear(years[i]) : PartialDate();
            d.claims << c;
        }
        d.reindex();
        const ClaimDateOrder order(d);
        QCOMPARE(order.yearSpan(), std::make_pair(first, last));
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestFilterState)
#include "tst_filterstate.moc"
