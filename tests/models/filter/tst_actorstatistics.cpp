// The first and last dates of a set of claims, and each actor's figures: the one rule the
// actor list and the report's cast read.
#include "models/filter/ActorStatistics.h"
#include "models/filter/ClaimSpan.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <algorithm>
#include <numeric>
#include <random>

namespace {

/// One actor and claims dated as given, in that order (c0, c1, …).
Dataset datedClaims(const QStringList &dates)
{
    Dataset d;
    d.actors.append({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("person"), {}, {}});
    for (int i = 0; i < dates.size(); ++i) {
        Claim c;
        c.id = QStringLiteral("c%1").arg(i);
        c.date = PartialDate::parse(dates[i]);
        c.kind = QStringLiteral("event");
        c.actors = {{QStringLiteral("a"), {}}};
        d.claims.append(c);
    }
    d.reindex();
    return d;
}

QList<int> allClaims(const Dataset &d)
{
    QList<int> claims(d.claims.size());
    std::iota(claims.begin(), claims.end(), 0);
    return claims;
}

} // namespace

class TestActorStatistics final : public QObject
{
    Q_OBJECT

private slots:
    void firstAndLastAtTheSourcesPrecision_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        // A claim known to the year may be from any day of it: it may be the latest.
        QTest::newRow("year after a day of it")
            << QStringList{QStringLiteral("2024-08-05"), QStringLiteral("2024")}
            << QStringLiteral("2024") << QStringLiteral("2024");
        QTest::newRow("month after a day of it")
            << QStringList{QStringLiteral("2024-03"), QStringLiteral("2024-03-20")}
            << QStringLiteral("2024-03") << QStringLiteral("2024-03");
        QTest::newRow("a later day beats the year before")
            << QStringList{QStringLiteral("2023"), QStringLiteral("2024-01-02")}
            << QStringLiteral("2023") << QStringLiteral("2024-01-02");
        // Same first day: the coarser, as the chronology sorts them.
        QTest::newRow("same start")
            << QStringList{QStringLiteral("2024-01-01"), QStringLiteral("2024-01"),
                           QStringLiteral("2024")}
            << QStringLiteral("2024") << QStringLiteral("2024");
        // Same last day: the coarser too.
        QTest::newRow("same end") << QStringList{QStringLiteral("2024-12-31"),
                                                 QStringLiteral("2024-12"), QStringLiteral("2022")}
                                  << QStringLiteral("2022") << QStringLiteral("2024-12");
        QTest::newRow("one claim") << QStringList{QStringLiteral("2019-06")}
                                   << QStringLiteral("2019-06") << QStringLiteral("2019-06");
    }

    void firstAndLastAtTheSourcesPrecision()
    {
        QFETCH(QStringList, dates);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const Dataset d = datedClaims(dates);
        QList<int> claims = allClaims(d);
        // Whatever the order they come in: the filter gives dataset order, the report dates.
        std::sort(claims.begin(), claims.end());
        do {
            const ActorStatistics statistics(d, claims);
            QCOMPARE(statistics.claimCount(0), int(dates.size()));
            QCOMPARE(statistics.firstDate(0), first);
            QCOMPARE(statistics.lastDate(0), last);
            const ClaimSpan &span = statistics.of(0).span;
            QCOMPARE(span.firstDay(), d.claims[span.firstClaim()].date.firstDay());
            QCOMPARE(span.lastDay(), d.claims[span.lastClaim()].date.lastDay());
        } while (std::next_permutation(claims.begin(), claims.end()));
    }

    void equalDatesNameTheEarlierClaim()
    {
        const Dataset d = datedClaims({QStringLiteral("2024"), QStringLiteral("2024")});
        for (const QList<int> &claims : {QList<int>{0, 1}, QList<int>{1, 0}}) {
            ClaimSpan span;
            for (const int c : claims)
                span.add(d, c);
            QCOMPARE(span.firstClaim(), 0);
            QCOMPARE(span.lastClaim(), 0);
        }
    }

    void noClaimsNoDates()
    {
        const Dataset d = datedClaims({QStringLiteral("2024")});
        const ActorStatistics statistics(d, QList<int>{});
        QCOMPARE(statistics.claimCount(0), 0);
        QVERIFY(statistics.firstDate(0).isEmpty());
        QVERIFY(statistics.lastDate(0).isEmpty());
        QVERIFY(statistics.of(0).span.isEmpty());
    }

    // The claimant counts as an involved actor, as Dataset::actorsOfClaim says.
    void claimantCounts()
    {
        Dataset d = datedClaims({QStringLiteral("2024")});
        d.actors.append(
            {QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("person"), {}, {}});
        d.claims[0].claimant = QStringLiteral("b");
        d.reindex();
        const ActorStatistics statistics(d, allClaims(d));
        QCOMPARE(statistics.claimCount(1), 1);
        QCOMPARE(statistics.lastDate(1), QStringLiteral("2024"));
    }

    // Against a direct reading of the rule, on a dataset of every precision, in a random order.
    void syntheticDatasetByTheRule()
    {
        const Dataset d = SyntheticDataset::generate({800, 40, 10, 11});
        QList<int> claims = allClaims(d);
        std::shuffle(claims.begin(), claims.end(), std::mt19937(7));
        const ActorStatistics statistics(d, claims);
        for (int a = 0; a < d.actors.size(); ++a) {
            int count = 0;
            qint64 firstStart = 0, lastEnd = 0;
            for (int c = 0; c < d.claims.size(); ++c) {
                if (!d.actorsOfClaim(c).contains(a))
                    continue;
                firstStart =
                    count == 0 ? d.claimFirstDay(c) : std::min(firstStart, d.claimFirstDay(c));
                lastEnd = count == 0 ? d.claimLastDay(c) : std::max(lastEnd, d.claimLastDay(c));
                ++count;
            }
            QCOMPARE(statistics.claimCount(a), count);
            if (count == 0)
                continue;
            const ClaimSpan &span = statistics.of(a).span;
            QCOMPARE(span.firstDay(), firstStart);
            QCOMPARE(span.lastDay(), lastEnd);
            // Of the claims starting that day, the longest; of those ending that day, too.
            for (int c = 0; c < d.claims.size(); ++c) {
                if (!d.actorsOfClaim(c).contains(a))
                    continue;
                if (d.claimFirstDay(c) == firstStart)
                    QVERIFY(d.claimLastDay(c) <= d.claimLastDay(span.firstClaim()));
                if (d.claimLastDay(c) == lastEnd)
                    QVERIFY(d.claimFirstDay(c) >= d.claimFirstDay(span.lastClaim()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestActorStatistics)
#include "tst_actorstatistics.moc"
