// The dashboard's views following edits: random changes and their undos applied through a
// Dossier, every item model watched by QAbstractItemModelTester, and after each change what
// each view holds compared with views built afresh on the changed dataset.
#include "models/dossier/Dossier.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionHistory.h"
#include "models/filter/SelectionState.h"
#include "models/format/SyntheticDataset.h"
#include "models/viewmodels/ActorSortProxy.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "models/viewmodels/ConflictTableModel.h"
#include "models/viewmodels/DisputeSummary.h"
#include "models/viewmodels/TimelineLayout.h"
#include "tests/support/RandomChanges.h"
#include "tests/support/TestSupport.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"
#include "widgets/views/OverviewPanel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <numeric>

namespace {

Dataset datasetNamed(const QString &name)
{
    if (name == QLatin1String("mini"))
        return TestSupport::miniDataset();
    Dataset d = SyntheticDataset::generate({600, 40, 20, 7});
    d.reindex();
    return d;
}

// The claims' ids in the order a proxy shows them.
QStringList shownClaims(const ClaimFilterProxy &proxy, const Dataset &d)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(d.claims[proxy.claimAt(proxy.index(row, 0))].id);
    return ids;
}

// Each actor's name and count, in the order an actor proxy shows them.
QStringList shownActors(const QAbstractItemModel &proxy)
{
    QStringList rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.index(row, ActorTableModel::NameColumn).data().toString() + u'=' +
                    proxy.index(row, ActorTableModel::ClaimsColumn).data().toString());
    return rows;
}

} // namespace

namespace {

// A summary's figures, to compare two of them.
QStringList summaryFigures(const DisputeSummary &s)
{
    const auto numbers = [](const QList<int> &list) {
        QStringList out;
        for (const int n : list)
            out << QString::number(n);
        return out.join(QLatin1Char(' '));
    };
    QStringList lines{numbers(s.claims), numbers(s.sources), numbers(s.singleSource),
                      QStringLiteral("%1 %2").arg(s.firstClaim).arg(s.lastClaim)};
    for (const DisputeSummary::Party &p : s.parties)
        lines << QStringLiteral("party %1 %2").arg(p.actor).arg(p.claims);
    for (const DisputeSummary::ConflictPart &c : s.conflicts)
        lines << QStringLiteral("conflict %1: %2 / %3")
                     .arg(c.conflict)
                     .arg(numbers(c.shown), numbers(c.outside));
    return lines;
}

// A timeline layout's lanes and markers, to compare two of them.
QStringList layoutFigures(const TimelineLayout &layout)
{
    QStringList lines;
    for (const TimelineLane &lane : layout.lanes)
        lines << QStringLiteral("lane %1 %2 %3").arg(lane.actor).arg(lane.count).arg(lane.rows);
    for (const TimelineMarker &m : layout.markers)
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(m.claim)
                     .arg(m.lane)
                     .arg(m.row)
                     .arg(m.start, 0, 'f', 0)
                     .arg(m.end, 0, 'f', 0)
                     .arg(int(m.conflict) * 2 + int(m.singleSource));
    lines
        << QStringLiteral("keys %1 %2").arg(layout.minKey, 0, 'f', 0).arg(layout.maxKey, 0, 'f', 0);
    return lines;
}

// Every cell of a model as text, row by row.
QStringList cells(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            out << model.index(row, column).data().toString();
    return out;
}

} // namespace

class TestDeltaViews final : public QObject
{
    Q_OBJECT
private slots:
    void randomChangesAndUndos_data();
    void randomChangesAndUndos();
    void filterBarOffersNewActorsAndSources();
    void conflictsRebuildOnlyWhenTheirSidesChange();
};

void TestDeltaViews::randomChangesAndUndos_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("mini, all claims") << QStringLiteral("mini") << 7u << false;
    QTest::newRow("mini, filtered") << QStringLiteral("mini") << 8u << true;
    QTest::newRow("synthetic, all claims") << QStringLiteral("synthetic") << 9u << false;
    QTest::newRow("synthetic, filtered") << QStringLiteral("synthetic") << 10u << true;
}

void TestDeltaViews::randomChangesAndUndos()
{
    QFETCH(QString, dataset);
    QFETCH(quint32, seed);
    QFETCH(bool, filtered);
    Dossier dossier(datasetNamed(dataset));
    const Dataset &d = dossier.dataset();
    Dashboard dashboard(d);
    SelectionHistory history(*dashboard.selection());
    connect(&dossier, &Dossier::changed, &dashboard,
            [&](const DatasetDelta &delta) { dashboard.applyDelta(delta, &history); });

    ClaimTableModel *claims = dashboard.claimTable()->claimModel();
    ClaimFilterProxy *table = dashboard.claimTable()->filterProxy();
    ActorTableModel *actors = dashboard.actorList()->actorModel();
    QAbstractItemModel *actorList = dashboard.actorList()->model();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester claimsTester(claims, mode);
    QAbstractItemModelTester tableTester(table, mode);
    QAbstractItemModelTester actorsTester(actors, mode);
    QAbstractItemModelTester actorListTester(actorList, mode);

    table->sort(ClaimTableModel::DateColumn, Qt::AscendingOrder);
    actorList->sort(ActorTableModel::ClaimsColumn, Qt::DescendingOrder);
    if (filtered)
        dashboard.filter()->setKinds({d.claims.first().kind, d.claims.last().kind});
    // The current claim is one nothing refers to, so a change may remove it.
    const int watched = int(d.claims.size()) / 2;
    dashboard.selection()->setCurrentClaim(watched);
    const QString watchedId = d.claims[watched].id;
    QSignalSpy selectionChanged(dashboard.selection(), &SelectionState::selectionChanged);
    bool watching = true; // until a change removes the watched claim (its undo does not reselect)

    const auto verifyViews = [&] {
        // Built afresh on the dataset as it is now, with the same filter and order.
        FilterState freshFilter(d);
        freshFilter.setFilter(dashboard.filter()->filter());
        QCOMPARE(dashboard.filter()->matching(), freshFilter.matching());
        QCOMPARE(claims->rowCount(), int(d.claims.size()));
        for (int row = 0; row < claims->rowCount(); ++row)
            QCOMPARE(claims->headerData(row, Qt::Vertical).toString(), d.claims[row].id);
        ClaimTableModel freshClaims(d);
        ClaimFilterProxy freshTable(freshFilter);
        freshTable.setSourceModel(&freshClaims);
        freshTable.sort(ClaimTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(shownClaims(*table, d), shownClaims(freshTable, d));
        ActorTableModel freshActors(d, &freshFilter);
        ActorSortProxy freshList;
        freshList.setSourceModel(&freshActors);
        freshList.sort(ActorTableModel::ClaimsColumn, Qt::DescendingOrder);
        QCOMPARE(shownActors(*actorList), shownActors(freshList));
        // The overview and the conflicts, which keep their own order and figures.
        QCOMPARE(summaryFigures(dashboard.overview()->shown()),
                 summaryFigures(DisputeSummary::of(d, freshFilter.matchingClaims())));
        QList<int> every(d.claims.size());
        std::iota(every.begin(), every.end(), 0);
        QCOMPARE(summaryFigures(dashboard.overview()->all()),
                 summaryFigures(DisputeSummary::of(d, every)));
        ConflictTableModel freshConflicts(freshFilter);
        QCOMPARE(cells(*dashboard.conflicts()->model()), cells(freshConflicts));
        // The timeline, which restacks only the lanes an edit of claims touched.
        const TimelineChart *chart = dashboard.chart();
        QCOMPARE(layoutFigures(chart->timeline()),
                 layoutFigures(
                     TimelineLayout::build(TimelineIndex(d, chart->mode(), chart->grouping()),
                                           freshFilter.matchingIndexes(), chart->laneOrder())));
        // The overview's text, which is set again only when it changes, and the claimants
        // the filter bar offers, which it counts as claims change.
        SelectionState freshSelection(d, &freshFilter);
        const OverviewPanel freshOverview(freshFilter, freshSelection);
        QCOMPARE(dashboard.overview()->html(), freshOverview.html());
        QCOMPARE(dashboard.overview()->browser()->toHtml(), freshOverview.browser()->toHtml());
        const FilterBar freshBar(freshFilter);
        QCOMPARE(dashboard.filterBar()->claimantsButton()->values(),
                 freshBar.claimantsButton()->values());
        // The current claim follows its record wherever the change moved it.
        const int current = dashboard.selection()->currentClaim();
        watching = watching && d.claimIndex(watchedId) >= 0;
        if (watching && freshFilter.accepts(d.claimIndex(watchedId)))
            QCOMPARE(current, d.claimIndex(watchedId));
        if (current >= 0)
            QCOMPARE(table->claimAt(dashboard.claimTable()->currentIndex()), current);
        for (const int step : history.steps())
            QVERIFY(step >= 0 && step < d.claims.size());
    };

    RandomChanges draw(seed);
    QList<Change> done;
    while (done.size() < 60) {
        std::optional<Change> change = draw.next(d);
        if (!change)
            continue;
        const Problems problems = dossier.apply(*change, Dossier::Origin::Local);
        QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
        done.append(*change);
        verifyViews();
        if (QTest::currentTestFailed())
            return;
    }
    for (auto change = done.crbegin(); change != done.crend(); ++change) {
        Change undo = change->inverse();
        const Problems problems = dossier.apply(undo, Dossier::Origin::Local);
        QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
        verifyViews();
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(selectionChanged.count() > 0);
}

void TestDeltaViews::filterBarOffersNewActorsAndSources()
{
    Dossier dossier(TestSupport::miniDataset());
    const Dataset &d = dossier.dataset();
    Dashboard dashboard(d);
    connect(&dossier, &Dossier::changed, &dashboard,
            [&](const DatasetDelta &delta) { dashboard.applyDelta(delta); });
    FilterBar *bar = dashboard.filterBar();
    const int sourcesBefore = int(bar->sourcesButton()->values().size());

    Source source = d.sources.first();
    source.id = QStringLiteral("s-new");
    source.label = QStringLiteral("Nouvelle source");
    source.file = QStringLiteral("nouvelle.txt");
    Change addSource = Change::create(source, QStringLiteral("Add source"));
    QVERIFY(dossier.apply(addSource, Dossier::Origin::Local).isEmpty());
    QCOMPARE(bar->sourcesButton()->values().size(), sourcesBefore + 1);
    QVERIFY(bar->sourcesButton()->values().contains(QStringLiteral("s-new")));

    // A claim dated years after the others widens the year boxes to reach it.
    Claim later = d.claims.first();
    later.id = QStringLiteral("c-later");
    later.date = PartialDate::fromDate(QDate(2099, 1, 1));
    later.datedByReport = false;
    Change addClaim = Change::create(later, QStringLiteral("Add claim"));
    QVERIFY(dossier.apply(addClaim, Dossier::Origin::Local).isEmpty());
    QCOMPARE(bar->toYearBox()->maximum(), 2099);

    Change undo = addClaim.inverse();
    QVERIFY(dossier.apply(undo, Dossier::Origin::Local).isEmpty());
    // Removed, it narrows them again to the dataset's own years (below the first is "any").
    int first = 0, last = 0;
    for (const Claim &c : dossier.dataset().claims)
        if (c.date.isValid()) {
            first = first ? std::min(first, c.date.year()) : c.date.year();
            last = std::max(last, c.date.year());
        }
    QCOMPARE(bar->toYearBox()->maximum(), last);
    QCOMPARE(bar->fromYearBox()->minimum(), first - 1);

    // So does a claim years before them, added and undone.
    Claim earlier = later;
    earlier.id = QStringLiteral("c-earlier");
    earlier.date = PartialDate::fromYear(1850);
    Change addEarlier = Change::create(earlier, QStringLiteral("Add claim"));
    QVERIFY(dossier.apply(addEarlier, Dossier::Origin::Local).isEmpty());
    QCOMPARE(bar->fromYearBox()->minimum(), 1849);
    Change undoEarlier = addEarlier.inverse();
    QVERIFY(dossier.apply(undoEarlier, Dossier::Origin::Local).isEmpty());
    QCOMPARE(bar->fromYearBox()->minimum(), first - 1);
    QCOMPARE(bar->toYearBox()->maximum(), last);
}

// The conflicts view keeps its rows (and the reader's place) through edits and filter changes
// that leave every conflict's claims as they were, and follows those that touch them.
void TestDeltaViews::conflictsRebuildOnlyWhenTheirSidesChange()
{
    Dossier dossier(datasetNamed(QStringLiteral("synthetic")));
    const Dataset &d = dossier.dataset();
    Dashboard dashboard(d);
    connect(&dossier, &Dossier::changed, &dashboard,
            [&](const DatasetDelta &delta) { dashboard.applyDelta(delta); });
    ConflictTableModel *model = dashboard.conflicts()->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    const auto sameAsFresh = [&] {
        ConflictTableModel fresh(*dashboard.filter());
        return cells(*model) == cells(fresh);
    };
    int free = -1, inConflict = -1;
    for (int c = 0; c < d.claims.size(); ++c)
        (d.conflictsOfClaim(c).isEmpty() ? free : inConflict) = c;
    QVERIFY(free >= 0 && inConflict >= 0);
    const auto redate = [&](int claim, int year) {
        Claim after = d.claims[claim];
        after.date = PartialDate::fromYear(year);
        after.datedByReport = false;
        Change change = Change::edit(d.claims[claim], after, QStringLiteral("Change date"));
        QVERIFY(dossier.apply(change, Dossier::Origin::Local).isEmpty());
    };

    redate(free, 1990);
    QCOMPARE(resets.count(), 0);
    QVERIFY(sameAsFresh());
    redate(inConflict, 1991); // its side moves in its conflict's date order
    QCOMPARE(resets.count(), 1);
    QVERIFY(sameAsFresh());

    // A filter that hides only claims outside every conflict keeps the rows; one that hides a
    // conflict's claim does not.
    FilterState &filter = *dashboard.filter();
    ClaimFilter inConflicts;
    inConflicts.inConflict = ClaimFilter::Side::Yes;
    filter.setFilter(inConflicts);
    QCOMPARE(resets.count(), 1);
    QVERIFY(sameAsFresh());
    filter.setYearRange(1991, 1991);
    QCOMPARE(resets.count(), 2);
    QVERIFY(sameAsFresh());
    filter.clear();
    QCOMPARE(resets.count(), 3);
    QVERIFY(sameAsFresh());
}

QTEST_MAIN(TestDeltaViews)
#include "tst_gui_deltaviews.moc"
