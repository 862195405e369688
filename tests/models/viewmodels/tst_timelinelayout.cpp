// The pure layout of the timeline: lanes, markers, precision spans, marks.
#include "models/data/ClaimKinds.h"
#include "models/data/DatasetDelta.h"
#include "models/dossier/Dossier.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/SyntheticDataset.h"
#include "models/viewmodels/DateKey.h"
#include "models/viewmodels/TimelineDensity.h"
#include "models/viewmodels/TimelineLayout.h"
#include "tests/support/RandomChanges.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QMultiHash>
#include <QTest>
#include <limits>
#include <numeric>

namespace {

double keyOf(QDate date)
{
    return DateKey::ofDate(date);
}

QList<int> allClaims(const Dataset &d)
{
    QList<int> all;
    for (int i = 0; i < d.claims.size(); ++i)
        all.append(i);
    return all;
}

} // namespace

class TestTimelineLayout final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dataset = TestSupport::miniDataset();
        // One day-precise claim, so that all three precisions are present.
        m_dataset.claims[m_dataset.claimIndex(QStringLiteral("c3"))].date =
            PartialDate::fromDate(QDate(2024, 3, 15));
        m_dataset.reindex();
    }

    // After claims alone change, the index follows them: the same placements, in the same
    // order, as an index built afresh, in every mode and grouping. Other changes, and new
    // kinds, take a new index, as the chart does.
    void indexFollowsClaimEdits_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("grouping");
        for (const TimelineMode mode : {TimelineMode::Happened, TimelineMode::Reported})
            for (const TimelineGrouping grouping :
                 {TimelineGrouping::Actor, TimelineGrouping::Source, TimelineGrouping::Kind,
                  TimelineGrouping::None})
                QTest::addRow("mode %d, grouping %d", int(mode), int(grouping))
                    << int(mode) << int(grouping);
    }

    void indexFollowsClaimEdits()
    {
        QFETCH(int, mode);
        QFETCH(int, grouping);
        SyntheticDataset::Parameters parameters;
        parameters.claims = 400;
        parameters.actors = 25;
        parameters.sources = 12;
        Dossier dossier(SyntheticDataset::generate(parameters));
        const Dataset &d = dossier.dataset();
        const auto fresh = [&] {
            return std::make_unique<TimelineIndex>(d, TimelineMode(mode),
                                                   TimelineGrouping(grouping));
        };
        std::unique_ptr<TimelineIndex> index = fresh();
        int followed = 0;
        QObject::connect(&dossier, &Dossier::changed, [&](const DatasetDelta &delta) {
            const bool claimsAlone =
                delta.sources.isEmpty() && delta.actors.isEmpty() && delta.conflicts.isEmpty();
            if (claimsAlone && index->applyClaimDelta(delta.claims))
                ++followed;
            else
                index = fresh();
        });
        RandomChanges draw(11);
        QList<Change> applied;
        const auto check = [&] {
            const std::unique_ptr<TimelineIndex> expected = fresh();
            QCOMPARE(index->placements().size(), expected->placements().size());
            for (size_t i = 0; i < expected->placements().size(); ++i) {
                const TimelineIndex::Placement &a = index->placements()[i];
                const TimelineIndex::Placement &b = expected->placements()[i];
                QCOMPARE(std::tie(a.claim, a.actor, a.group, a.firstDay, a.spanStart, a.spanEnd,
                                  a.kind, a.conflict, a.singleSource, a.reported),
                         std::tie(b.claim, b.actor, b.group, b.firstDay, b.spanStart, b.spanEnd,
                                  b.kind, b.conflict, b.singleSource, b.reported));
            }
            for (int c = 0; c < d.claims.size(); ++c) {
                const auto got = index->placementsOf(c);
                const auto want = expected->placementsOf(c);
                QVERIFY(std::equal(got.begin(), got.end(), want.begin(), want.end()));
                QCOMPARE(index->kindOf(c), expected->kindOf(c));
            }
        };
        while (applied.size() < 60) {
            std::optional<Change> change = draw.next(d);
            if (!change)
                continue;
            QVERIFY(dossier.apply(*change, Dossier::Origin::Local).isEmpty());
            applied.append(*change);
            check();
            if (QTest::currentTestFailed())
                return;
        }
        while (!applied.isEmpty()) {
            Change undo = applied.takeLast().inverse();
            QVERIFY(dossier.apply(undo, Dossier::Origin::Local).isEmpty());
            check();
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(followed > 40, qPrintable(QString::number(followed)));
    }

    // After claims alone change, the layout restacks the lanes the change touched and keeps
    // the others: the same lanes, rows and markers as a layout built afresh, for every
    // grouping and lane order, with every claim shown or some.
    void layoutFollowsClaimEdits_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("filtered");
        for (const TimelineGrouping grouping :
             {TimelineGrouping::Actor, TimelineGrouping::Source, TimelineGrouping::Kind})
            for (const TimelineLaneOrder order :
                 {TimelineLaneOrder::MostClaims, TimelineLaneOrder::FirstAppearance,
                  TimelineLaneOrder::Name})
                for (const bool filtered : {false, true})
                    QTest::addRow("grouping %d, order %d, %s", int(grouping), int(order),
                                  filtered ? "filtered" : "all")
                        << int(grouping) << int(order) << filtered;
    }

    void layoutFollowsClaimEdits()
    {
        QFETCH(int, grouping);
        QFETCH(int, order);
        QFETCH(bool, filtered);
        SyntheticDataset::Parameters parameters;
        parameters.claims = 400;
        parameters.actors = 25;
        parameters.sources = 12;
        Dossier dossier(SyntheticDataset::generate(parameters));
        const Dataset &d = dossier.dataset();
        const auto fresh = [&] {
            return std::make_unique<TimelineIndex>(d, TimelineMode::Happened,
                                                   TimelineGrouping(grouping));
        };
        // A filter that follows each claim's record, not its position.
        const auto shown = [&] {
            std::vector<char> flags(size_t(d.claims.size()), 1);
            if (filtered)
                for (int c = 0; c < d.claims.size(); ++c)
                    flags[size_t(c)] = qHash(d.claims[c].id) % 3 != 0;
            return flags;
        };
        const auto shownIndexes = [&] {
            std::vector<int> out;
            const std::vector<char> flags = shown();
            for (size_t c = 0; c < flags.size(); ++c)
                if (flags[c])
                    out.push_back(int(c));
            return out;
        };
        std::unique_ptr<TimelineIndex> index = fresh();
        TimelineLayout layout =
            TimelineLayout::build(*index, shownIndexes(), TimelineLaneOrder(order));
        int restacked = 0;
        QObject::connect(&dossier, &Dossier::changed, [&](const DatasetDelta &delta) {
            const bool claimsAlone =
                delta.sources.isEmpty() && delta.actors.isEmpty() && delta.conflicts.isEmpty();
            std::vector<int> touched;
            if (claimsAlone && index->applyClaimDelta(delta.claims, &touched)) {
                layout = TimelineLayout::update(std::move(layout), *index, shown(), delta.claims,
                                                touched);
                ++restacked;
            } else {
                index = fresh();
                layout = TimelineLayout::build(*index, shownIndexes(), TimelineLaneOrder(order));
            }
        });
        const auto check = [&] {
            const TimelineLayout expected =
                TimelineLayout::build(*fresh(), shownIndexes(), TimelineLaneOrder(order));
            QCOMPARE(layout.lanes.size(), expected.lanes.size());
            for (int l = 0; l < expected.lanes.size(); ++l) {
                const TimelineLane &a = layout.lanes[l];
                const TimelineLane &b = expected.lanes[l];
                QCOMPARE(std::tie(a.actor, a.count, a.rows), std::tie(b.actor, b.count, b.rows));
                for (int g = 0; g < TimelineLayout::PrecisionGroups; ++g) {
                    QCOMPARE(layout.group(l, g), expected.group(l, g));
                    QCOMPARE(layout.groupMaxWidth(l, g), expected.groupMaxWidth(l, g));
                }
            }
            QCOMPARE(layout.markers.size(), expected.markers.size());
            for (size_t i = 0; i < expected.markers.size(); ++i) {
                const TimelineMarker &a = layout.markers[i];
                const TimelineMarker &b = expected.markers[i];
                QCOMPARE(std::tie(a.claim, a.lane, a.row, a.kind, a.start, a.end, a.spanStart,
                                  a.spanEnd, a.precision, a.conflict, a.singleSource, a.reported),
                         std::tie(b.claim, b.lane, b.row, b.kind, b.start, b.end, b.spanStart,
                                  b.spanEnd, b.precision, b.conflict, b.singleSource, b.reported));
            }
            QCOMPARE(layout.minKey, expected.minKey);
            QCOMPARE(layout.maxKey, expected.maxKey);
        };
        RandomChanges draw(13);
        QList<Change> applied;
        while (applied.size() < 60) {
            std::optional<Change> change = draw.next(d);
            if (!change)
                continue;
            QVERIFY(dossier.apply(*change, Dossier::Origin::Local).isEmpty());
            applied.append(*change);
            check();
            if (QTest::currentTestFailed())
                return;
        }
        while (!applied.isEmpty()) {
            Change undo = applied.takeLast().inverse();
            QVERIFY(dossier.apply(undo, Dossier::Origin::Local).isEmpty());
            check();
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(restacked > 40, qPrintable(QString::number(restacked)));
    }

    // Positions before and after a change map onto each other for every record that stayed,
    // and those before the first moved one keep their numbers.
    void deltaPositionsMapBothWays_data()
    {
        QTest::addColumn<QList<int>>("removed");
        QTest::addColumn<QList<int>>("added");
        QTest::addColumn<int>("before");
        QTest::newRow("both") << QList<int>{1, 4, 5} << QList<int>{0, 3, 7} << 9;
        QTest::newRow("removed first") << QList<int>{2, 6} << QList<int>{4} << 9;
        QTest::newRow("appended") << QList<int>{} << QList<int>{9, 10} << 9;
        QTest::newRow("last removed") << QList<int>{8} << QList<int>{} << 9;
        QTest::newRow("last two removed") << QList<int>{7, 8} << QList<int>{} << 9;
        QTest::newRow("one before the last") << QList<int>{7} << QList<int>{} << 9;
        QTest::newRow("removed, one appended") << QList<int>{8} << QList<int>{8} << 9;
        QTest::newRow("edited only") << QList<int>{} << QList<int>{} << 9;
    }

    void deltaPositionsMapBothWays()
    {
        QFETCH(QList<int>, removed);
        QFETCH(QList<int>, added);
        QFETCH(int, before);
        TableDelta delta;
        delta.removed = removed;
        delta.added = added;
        QList<int> stayedAfter;
        int firstMoved = std::numeric_limits<int>::max();
        bool keptMoved = false;
        for (int old = 0; old < before; ++old) {
            const int now = delta.newIndexOf(old);
            QCOMPARE(now < 0, delta.removed.contains(old));
            if (now != old)
                firstMoved = std::min(firstMoved, old);
            keptMoved = keptMoved || (now >= 0 && now != old);
            if (now >= 0) {
                QCOMPARE(delta.oldIndexOf(now), old);
                stayedAfter << now;
            }
        }
        for (const int at : delta.added)
            QCOMPARE(delta.oldIndexOf(at), -1);
        QCOMPARE(stayedAfter.size() + delta.added.size(), delta.newCount(before));
        // Appended past the end, records move nowhere; firstMovedRow() may say less, never more.
        QVERIFY(delta.firstMovedRow() <= firstMoved);
        if (firstMoved < before)
            QCOMPARE(delta.firstMovedRow(), firstMoved);
        else
            QVERIFY(delta.firstMovedRow() >= before);
        QCOMPARE(delta.renumbersKept(before), keptMoved);
    }

    void keysAreUtcSeconds()
    {
        QCOMPARE(keyOf(QDate(1970, 1, 1)), 0.0);
        QCOMPARE(keyOf(QDate(1970, 1, 2)), 86400.0);
        // And back: every moment of a day falls in that day, before 1970 too (the axis's tick
        // labels read dates this way).
        for (const QDate day : {QDate(1969, 12, 31), QDate(1970, 1, 1), QDate(2024, 2, 29)}) {
            QCOMPARE(DateKey::dateOf(keyOf(day)), day);
            QCOMPARE(DateKey::dateOf(keyOf(day) + DateKey::SecondsPerDay - 1), day);
            QCOMPARE(DateKey::dateOf(keyOf(day) - 1), day.addDays(-1));
        }
    }

    void oneMarkerPerClaimAndActor()
    {
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, allClaims(m_dataset), TimelineMode::Happened);
        int expected = 0;
        for (int c = 0; c < m_dataset.claims.size(); ++c) {
            expected += int(m_dataset.actorsOfClaim(c).size());
            QList<int> lanesOfClaim;
            for (int i : layout.markersOfClaim(c))
                lanesOfClaim.append(layout.lanes[layout.markers[size_t(i)].lane].actor);
            std::sort(lanesOfClaim.begin(), lanesOfClaim.end());
            QList<int> actors = m_dataset.actorsOfClaim(c);
            std::sort(actors.begin(), actors.end());
            QCOMPARE(lanesOfClaim, actors);
        }
        QCOMPARE(int(layout.markers.size()), expected);
        QCOMPARE(layout.plottedClaims(), allClaims(m_dataset));
    }

    void lanesByClaimCount()
    {
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, allClaims(m_dataset), TimelineMode::Happened);
        QCOMPARE(layout.lanes.size(), m_dataset.actors.size());
        for (int i = 0; i < layout.lanes.size(); ++i) {
            int count = 0;
            for (int c = 0; c < m_dataset.claims.size(); ++c)
                count += m_dataset.actorsOfClaim(c).contains(layout.lanes[i].actor);
            QCOMPARE(layout.lanes[i].count, count);
            if (i > 0)
                QVERIFY(layout.lanes[i - 1].count >= layout.lanes[i].count);
            QCOMPARE(layout.laneOfActor(layout.lanes[i].actor), i);
        }
    }

    void laneOrders_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("grouping");
        for (const auto &[name, order] :
             {std::pair{"most claims", TimelineLaneOrder::MostClaims},
              std::pair{"first appearance", TimelineLaneOrder::FirstAppearance},
              std::pair{"name", TimelineLaneOrder::Name}}) {
            QTest::addRow("%s, by actor", name) << int(order) << int(TimelineGrouping::Actor);
            QTest::addRow("%s, by source", name) << int(order) << int(TimelineGrouping::Source);
        }
    }

    // Each lane order puts its lanes in the order it names, the same lanes every time; ties
    // are settled the same way, so the order is total.
    void laneOrders()
    {
        QFETCH(int, order);
        QFETCH(int, grouping);
        const Dataset d = SyntheticDataset::generate({800, 60, 20, 11});
        const auto by = TimelineLaneOrder(order);
        const TimelineLayout layout = TimelineLayout::build(d, allClaims(d), TimelineMode::Happened,
                                                            TimelineGrouping(grouping), by);
        QCOMPARE(layout.laneOrder, by);
        const TimelineLayout busiest = TimelineLayout::build(
            d, allClaims(d), TimelineMode::Happened, TimelineGrouping(grouping));
        QCOMPARE(layout.lanes.size(), busiest.lanes.size());
        const auto nameOf = [&](int key) {
            if (key < 0)
                return QString(QChar(0x10FFFF)); // the lane of no actor comes last by name
            return grouping == int(TimelineGrouping::Actor) ? d.actors[key].name
                                                            : d.sources[key].label;
        };
        std::vector<qint64> firstDay(size_t(layout.lanes.size()), 0);
        for (int l = 0; l < layout.lanes.size(); ++l) {
            qint64 first = std::numeric_limits<qint64>::max();
            for (const TimelineMarker &m : layout.markers)
                if (m.lane == l)
                    first = std::min(first, qint64(m.spanStart));
            firstDay[size_t(l)] = first;
        }
        for (int l = 1; l < layout.lanes.size(); ++l) {
            const TimelineLane &a = layout.lanes[l - 1];
            const TimelineLane &b = layout.lanes[l];
            switch (by) {
            case TimelineLaneOrder::MostClaims:
                QVERIFY(a.count >= b.count);
                break;
            case TimelineLaneOrder::FirstAppearance:
                QVERIFY(firstDay[size_t(l - 1)] <= firstDay[size_t(l)]);
                break;
            case TimelineLaneOrder::Name:
                QVERIFY2(nameOf(a.actor).compare(nameOf(b.actor), Qt::CaseInsensitive) <= 0,
                         qPrintable(nameOf(a.actor) + u" > "_qs + nameOf(b.actor)));
                break;
            }
        }
        // The same lanes, only reordered; and the order is the same when asked again.
        QMultiHash<int, int> counts, busiestCounts;
        for (const TimelineLane &l : layout.lanes)
            counts.insert(l.actor, l.count);
        for (const TimelineLane &l : busiest.lanes)
            busiestCounts.insert(l.actor, l.count);
        QCOMPARE(counts, busiestCounts);
        const TimelineLayout again = TimelineLayout::build(d, allClaims(d), TimelineMode::Happened,
                                                           TimelineGrouping(grouping), by);
        for (int l = 0; l < layout.lanes.size(); ++l)
            QCOMPARE(again.lanes[l].actor, layout.lanes[l].actor);
    }

    // The overview's density counts each claim once, whatever lanes it is drawn in, spread
    // evenly over its period: a claim of a year adds the same to each day of it.
    void densitySpreadsEachClaimOverItsPeriod()
    {
        Dataset d = m_dataset;
        for (Claim &c : d.claims)
            c.date = PartialDate::fromYear(2024);
        d.reindex();
        const TimelineLayout layout =
            TimelineLayout::build(d, allClaims(d), TimelineMode::Happened);
        QVERIFY(layout.markers.size() > size_t(d.claims.size())); // some claims in two lanes
        const TimelineDensity density(layout);
        QCOMPARE(density.claimCount(), d.claims.size());
        const std::vector<double> days =
            density.histogram(keyOf(QDate(2024, 1, 1)), keyOf(QDate(2025, 1, 1)), 366);
        for (double day : days)
            QVERIFY(qAbs(day - d.claims.size() / 366.0) < 1e-9);
        // Over a longer span the histogram still sums to the claims, and nothing falls outside.
        const std::vector<double> decade =
            density.histogram(keyOf(QDate(2020, 1, 1)), keyOf(QDate(2030, 1, 1)), 37);
        QVERIFY(qAbs(std::accumulate(decade.begin(), decade.end(), 0.0) - d.claims.size()) < 1e-9);
        QCOMPARE(density.outside(keyOf(QDate(2025, 1, 1)), keyOf(QDate(2026, 1, 1))),
                 std::make_pair(int(d.claims.size()), 0));
        QCOMPARE(density.outside(keyOf(QDate(2024, 6, 1)), keyOf(QDate(2024, 7, 1))),
                 std::make_pair(0, 0));
    }

    // The densest stretch holds the share of the claims asked for, wholly, and no shorter
    // stretch does: checked against every window by brute force.
    void densestStretchIsTheShortest()
    {
        const Dataset d = SyntheticDataset::generate({300, 20, 10, 7});
        const TimelineLayout layout =
            TimelineLayout::build(d, allClaims(d), TimelineMode::Happened);
        const TimelineDensity density(layout);
        std::vector<std::pair<double, double>> spans;
        QList<int> seen;
        for (const TimelineMarker &m : layout.markers)
            if (!seen.contains(m.claim)) {
                seen << m.claim;
                spans.emplace_back(m.spanStart, m.spanEnd);
            }
        for (const double share : {0.5, 0.8, 0.9, 1.0}) {
            const auto [lower, upper] = density.densestStretch(share);
            const auto held = [&](double from, double to) {
                return std::count_if(spans.begin(), spans.end(), [&](const auto &s) {
                    return s.first >= from && s.second <= to;
                });
            };
            const auto need = qint64(std::ceil(share * double(spans.size())));
            QVERIFY(held(lower, upper) >= need);
            double shortest = std::numeric_limits<double>::max();
            for (const auto &a : spans)
                for (const auto &b : spans)
                    if (b.second >= a.first && held(a.first, b.second) >= need)
                        shortest = std::min(shortest, b.second - a.first);
            QCOMPARE(upper - lower, shortest);
        }
        QCOMPARE(TimelineDensity().densestStretch(0.9), std::make_pair(0.0, 0.0));
    }

    void precisionIsVisible_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("afterLast");
        QTest::addColumn<bool>("point");
        QTest::newRow("year") << QStringLiteral("c1") << QDate(2015, 1, 1) << QDate(2016, 1, 1)
                              << false;
        QTest::newRow("month") << QStringLiteral("c5") << QDate(2024, 2, 1) << QDate(2024, 3, 1)
                               << false;
        QTest::newRow("day") << QStringLiteral("c3") << QDate(2024, 3, 15) << QDate(2024, 3, 16)
                             << true;
    }

    void precisionIsVisible()
    {
        QFETCH(QString, claim);
        QFETCH(QDate, first);
        QFETCH(QDate, afterLast);
        QFETCH(bool, point);
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, allClaims(m_dataset), TimelineMode::Happened);
        const QList<int> markers = layout.markersOfClaim(m_dataset.claimIndex(claim));
        QVERIFY(!markers.isEmpty());
        for (int i : markers) {
            const TimelineMarker &m = layout.markers[size_t(i)];
            QCOMPARE(m.spanStart, keyOf(first));
            QCOMPARE(m.spanEnd, keyOf(afterLast));
            QCOMPARE(m.isPoint(), point);
            QVERIFY(m.start >= m.spanStart && m.end <= m.spanEnd);
            if (point)
                QCOMPARE(m.start, m.end);
            else
                QVERIFY(m.end > m.start);
        }
    }

    // Two claims of the same month on one lane: each drawn across the whole month, one
    // above the other, never cut into halves of it.
    void overlappingClaimsStack()
    {
        m_dataset.claims[m_dataset.claimIndex(QStringLiteral("c3"))].date =
            PartialDate::fromYearMonth(2024, 3);
        m_dataset.reindex();
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, allClaims(m_dataset), TimelineMode::Happened);
        const int acmeLane = layout.laneOfActor(m_dataset.actorIndex(QStringLiteral("acme")));
        QList<TimelineMarker> march;
        for (const TimelineMarker &m : layout.markers)
            if (m.lane == acmeLane && m.spanStart == keyOf(QDate(2024, 3, 1)))
                march.append(m);
        QCOMPARE(march.size(), 2);
        for (const TimelineMarker &m : march) {
            QCOMPARE(m.start, keyOf(QDate(2024, 3, 1)));
            QCOMPARE(m.end, keyOf(QDate(2024, 4, 1)));
        }
        QVERIFY(march[0].row != march[1].row);
        QVERIFY(layout.lanes[acmeLane].rows >= 2);
    }

    // Each lane's rows are first fit taken by start, the longer first, then by claim, as a
    // plain sort and scan gives them: claims sharing a period in a lane (whose index order is
    // by kind) and lanes mixing the three precisions included.
    void rowsAreFirstFitInStartOrder_data()
    {
        QTest::addColumn<bool>("synthetic");
        QTest::newRow("one period, kinds against claim order") << false;
        QTest::newRow("synthetic") << true;
    }

    void rowsAreFirstFitInStartOrder()
    {
        QFETCH(bool, synthetic);
        Dataset d = synthetic ? SyntheticDataset::generate({3000, 12, 20, 7}) : m_dataset;
        if (!synthetic) {
            // Four claims of one actor over one year, their kinds in reverse legend order.
            const QStringList &kinds = ClaimKinds::known();
            const Claim model = d.claims[d.claimIndex(QStringLiteral("c3"))];
            for (int i = 0; i < 4; ++i) {
                Claim c = model;
                c.id = QStringLiteral("same-%1").arg(i);
                c.kind = kinds[kinds.size() - 1 - i];
                c.date = PartialDate::fromYear(2021);
                d.claims.append(c);
            }
        }
        d.reindex();
        const TimelineLayout layout =
            TimelineLayout::build(d, allClaims(d), TimelineMode::Happened);
        QVERIFY(!layout.markers.empty());
        for (int lane = 0; lane < layout.lanes.size(); ++lane) {
            QList<TimelineMarker> markers;
            for (const TimelineMarker &m : layout.markers)
                if (m.lane == lane)
                    markers.append(m);
            std::sort(markers.begin(), markers.end(), [](const auto &x, const auto &y) {
                return std::tie(x.spanStart, y.spanEnd, x.claim) <
                       std::tie(y.spanStart, x.spanEnd, y.claim);
            });
            QList<double> freeFrom; // per row, when its last marker ends
            for (const TimelineMarker &m : std::as_const(markers)) {
                int row = 0;
                while (row < freeFrom.size() && freeFrom[row] > m.spanStart)
                    ++row;
                if (row == freeFrom.size())
                    freeFrom.append(0);
                freeFrom[row] = m.spanEnd;
                QVERIFY2(m.row == row, qPrintable(QStringLiteral("claim %1 in lane %2: row %3, "
                                                                 "not %4")
                                                      .arg(d.claims[m.claim].id)
                                                      .arg(lane)
                                                      .arg(m.row)
                                                      .arg(row)));
            }
            QCOMPARE(layout.lanes[lane].rows, std::max(1, int(freeFrom.size())));
        }
    }

    void lanesByGrouping_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::newRow("actor") << int(TimelineGrouping::Actor);
        QTest::newRow("source") << int(TimelineGrouping::Source);
        QTest::newRow("kind") << int(TimelineGrouping::Kind);
        QTest::newRow("one lane") << int(TimelineGrouping::None);
    }

    // A claim appears once in the lane of each of its actors, of each source it cites, of its
    // kind, or in the one lane; lanes hold most claims first.
    void lanesByGrouping()
    {
        QFETCH(int, grouping);
        const auto g = TimelineGrouping(grouping);
        const Dataset d = SyntheticDataset::generate({800, 40, 12, 4});
        const TimelineLayout layout =
            TimelineLayout::build(d, allClaims(d), TimelineMode::Happened, g);
        QCOMPARE(layout.grouping, g);
        QMultiHash<int, int> lanesOfClaim; // claim -> lane key
        for (const TimelineMarker &m : layout.markers)
            lanesOfClaim.insert(m.claim, layout.lanes[m.lane].actor);
        for (int c = 0; c < d.claims.size(); ++c) {
            QList<int> expected;
            switch (g) {
            case TimelineGrouping::Actor:
                expected = d.actorsOfClaim(c);
                break;
            case TimelineGrouping::Source:
                expected = d.sourcesOfClaim(c);
                break;
            case TimelineGrouping::Kind:
                expected = {int(layout.kinds.indexOf(d.claims[c].kind))};
                break;
            case TimelineGrouping::None:
                expected = {0};
                break;
            }
            if (expected.isEmpty())
                expected = {-1};
            QList<int> got = lanesOfClaim.values(c);
            std::sort(got.begin(), got.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(got, expected);
        }
        for (int l = 1; l < layout.lanes.size(); ++l)
            QVERIFY(layout.lanes[l - 1].count >= layout.lanes[l].count);
        if (g == TimelineGrouping::None)
            QCOMPARE(layout.lanes.size(), 1);
        // The highlighted actor's lane exists only when lanes are actors.
        QCOMPARE(layout.laneOfActor(layout.lanes[0].actor) >= 0, g == TimelineGrouping::Actor);
    }

    void everyClaimSpansItsWholePeriod_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::newRow("bundled") << QStringLiteral("bundled");
        QTest::newRow("generated") << QStringLiteral("generated");
    }

    // For every claim in every lane: drawn across exactly its date's period (a point on its
    // day), in a row where nothing else of its lane overlaps it.
    void everyClaimSpansItsWholePeriod()
    {
        QFETCH(QString, dataset);
        Dataset d;
        if (dataset == QLatin1String("bundled")) {
            QFile file(QStringLiteral(DOSSIER_TEST_DATA "/../../resources/dataset/dispute.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto read = DatasetJsonReader::read(file.readAll(), QStringLiteral("dispute.json"));
            QVERIFY2(read.ok(), qPrintable(TestSupport::joined(read.problems)));
            d = read.dataset;
        } else {
            d = SyntheticDataset::generate({5000, 120, 40, 11});
        }
        for (const TimelineMode mode : {TimelineMode::Happened, TimelineMode::Reported}) {
            const TimelineLayout layout = TimelineLayout::build(d, allClaims(d), mode);
            QVERIFY(!layout.markers.empty());
            std::vector<std::vector<const TimelineMarker *>> byLane(size_t(layout.lanes.size()));
            for (const TimelineMarker &m : layout.markers) {
                const PartialDate date = TimelineLayout::dateOf(d, m.claim, mode);
                QCOMPARE(m.spanStart, keyOf(date.first()));
                QCOMPARE(m.spanEnd, keyOf(date.last().addDays(1)));
                if (m.isPoint()) {
                    QCOMPARE(m.start, (m.spanStart + m.spanEnd) / 2);
                    QCOMPARE(m.end, m.start);
                } else {
                    QCOMPARE(m.start, m.spanStart);
                    QCOMPARE(m.end, m.spanEnd);
                }
                QVERIFY(m.row >= 0 && m.row < layout.lanes[m.lane].rows);
                byLane[size_t(m.lane)].push_back(&m);
            }
            for (auto &lane : byLane) {
                std::sort(lane.begin(), lane.end(), [](auto *a, auto *b) {
                    return std::tie(a->row, a->spanStart) < std::tie(b->row, b->spanStart);
                });
                for (size_t i = 1; i < lane.size(); ++i)
                    if (lane[i]->row == lane[i - 1]->row)
                        QVERIFY2(lane[i - 1]->spanEnd <= lane[i]->spanStart,
                                 qPrintable(QStringLiteral("claims %1 and %2 overlap in a row")
                                                .arg(lane[i - 1]->claim)
                                                .arg(lane[i]->claim)));
            }
        }
    }

    void marksConflictAndSingleSource()
    {
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, allClaims(m_dataset), TimelineMode::Happened);
        for (const TimelineMarker &m : layout.markers) {
            QCOMPARE(m.conflict, !m_dataset.conflictsOfClaim(m.claim).isEmpty());
            QCOMPARE(m.singleSource, m_dataset.isSingleSource(m.claim));
            QCOMPARE(layout.kinds[m.kind], m_dataset.claims[m.claim].kind);
        }
    }

    void reportedModeUsesEarliestSource()
    {
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, allClaims(m_dataset), TimelineMode::Reported);
        for (const TimelineMarker &m : layout.markers) {
            PartialDate earliest;
            for (int s : m_dataset.sourcesOfClaim(m.claim))
                if (!earliest.isValid() || m_dataset.sources[s].published < earliest)
                    earliest = m_dataset.sources[s].published;
            QCOMPARE(m.spanStart, keyOf(earliest.first()));
            QCOMPARE(m.spanEnd, keyOf(earliest.last().addDays(1)));
        }
        // c1 happened in 2015 and was reported in 2024-03.
        const int c1 = m_dataset.claimIndex(QStringLiteral("c1"));
        QCOMPARE(TimelineLayout::dateOf(m_dataset, c1, TimelineMode::Happened).year(), 2015);
        QCOMPARE(TimelineLayout::dateOf(m_dataset, c1, TimelineMode::Reported).toIsoString(),
                 QStringLiteral("2024-03"));
    }

    void groupsAreSortedForRangeSearch()
    {
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, allClaims(m_dataset), TimelineMode::Happened);
        int total = 0;
        for (int lane = 0; lane < layout.lanes.size(); ++lane) {
            for (int g = 0; g < TimelineLayout::PrecisionGroups; ++g) {
                const auto [begin, end] = layout.group(lane, g);
                total += end - begin;
                for (int i = begin; i < end; ++i) {
                    QCOMPARE(layout.markers[size_t(i)].lane, lane);
                    if (i > begin)
                        QVERIFY(layout.markers[size_t(i - 1)].start <=
                                layout.markers[size_t(i)].start);
                    QVERIFY(layout.markers[size_t(i)].end - layout.markers[size_t(i)].start <=
                            layout.groupMaxWidth(lane, g));
                }
            }
        }
        QCOMPARE(total, int(layout.markers.size()));
    }

    void subsetAndEmpty()
    {
        const int c4 = m_dataset.claimIndex(QStringLiteral("c4"));
        const TimelineLayout one = TimelineLayout::build(m_dataset, {c4}, TimelineMode::Happened);
        QCOMPARE(one.plottedClaims(), QList<int>{c4});
        QCOMPARE(one.lanes.size(), m_dataset.actorsOfClaim(c4).size());
        QCOMPARE(one.minKey, keyOf(QDate(2024, 1, 1)));
        QCOMPARE(one.maxKey, keyOf(QDate(2025, 1, 1)));
        const TimelineLayout none = TimelineLayout::build(m_dataset, {}, TimelineMode::Happened);
        QVERIFY(none.isEmpty());
        QVERIFY(none.lanes.isEmpty());
        QCOMPARE(none.group(0, 0), std::make_pair(0, 0));
    }

    void anyClaimListGivesTheSameLayout_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("noise");
        QTest::newRow("all") << 1 << false;
        QTest::newRow("every third") << 3 << false;
        QTest::newRow("every seventh, with noise") << 7 << true;
        QTest::newRow("all, with noise") << 1 << true;
    }

    // The layout marks the placements of the claims it is given and reads them back in the
    // index's order: the order of the list, repeats and indexes that are not claims must not
    // change it. Checked against a layout built from the clean ascending list, and against
    // what each marker must be.
    void anyClaimListGivesTheSameLayout()
    {
        QFETCH(int, step);
        QFETCH(bool, noise);
        const Dataset d = SyntheticDataset::generate({600, 40, 15, 3});
        QList<int> clean;
        for (int c = 0; c < d.claims.size(); c += step)
            clean << c;
        std::vector<int> given(clean.rbegin(), clean.rend());
        if (noise)
            given.insert(given.end(), {-1, int(d.claims.size()), clean.first(), clean.last(),
                                       int(d.claims.size()) + 1000, clean.first()});
        const TimelineIndex index(d, TimelineMode::Happened);
        const TimelineLayout layout = TimelineLayout::build(index, given);
        const TimelineLayout expected = TimelineLayout::build(d, clean, TimelineMode::Happened);
        QCOMPARE(layout.plottedClaims(), clean);
        QCOMPARE(layout.markers.size(), expected.markers.size());
        QCOMPARE(layout.lanes.size(), expected.lanes.size());
        for (int i = 0; i < layout.lanes.size(); ++i) {
            QCOMPARE(layout.lanes[i].actor, expected.lanes[i].actor);
            QCOMPARE(layout.lanes[i].count, expected.lanes[i].count);
        }
        int placements = 0;
        for (const int c : clean)
            placements += int(std::max<qsizetype>(1, d.actorsOfClaim(c).size()));
        QCOMPARE(int(layout.markers.size()), placements);
        for (size_t i = 0; i < layout.markers.size(); ++i) {
            const TimelineMarker &m = layout.markers[i];
            QCOMPARE(m.claim, expected.markers[i].claim);
            QCOMPARE(m.start, expected.markers[i].start);
            QCOMPARE(layout.kinds[m.kind], d.claims[m.claim].kind);
            QCOMPARE(m.conflict, !d.conflictsOfClaim(m.claim).isEmpty());
            QCOMPARE(m.singleSource, d.isSingleSource(m.claim));
            const int actor = layout.lanes[m.lane].actor;
            QVERIFY(actor < 0 ? d.actorsOfClaim(m.claim).isEmpty()
                              : d.actorsOfClaim(m.claim).contains(actor));
        }
        // Lanes: most claims first, then the earliest first day.
        for (int i = 1; i < layout.lanes.size(); ++i)
            QVERIFY(layout.lanes[i - 1].count >= layout.lanes[i].count);
    }

    void kindsInLegendOrder()
    {
        // The index lists the dataset's kinds once each, known kinds in ClaimKinds' order and
        // others after them in order of first use; each claim's kind points into it.
        Dataset d = TestSupport::miniDataset();
        d.claims[0].kind = QStringLiteral("zeta-kind");
        d.claims[1].kind = QStringLiteral("alpha-kind");
        d.reindex();
        const TimelineIndex index(d, TimelineMode::Happened);
        QStringList seen;
        for (const Claim &c : d.claims)
            if (!seen.contains(c.kind))
                seen << c.kind;
        QCOMPARE(index.kinds().size(), seen.size());
        QCOMPARE(index.kinds().mid(index.kinds().size() - 2),
                 (QStringList{QStringLiteral("zeta-kind"), QStringLiteral("alpha-kind")}));
        for (int k = 1; k < index.kinds().size(); ++k)
            QVERIFY(ClaimKinds::order(index.kinds()[k - 1]) <= ClaimKinds::order(index.kinds()[k]));
        for (int c = 0; c < d.claims.size(); ++c)
            QCOMPARE(index.kinds()[index.kindOf(c)], d.claims[c].kind);
    }

private:
    Dataset m_dataset;
};

QTEST_APPLESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
