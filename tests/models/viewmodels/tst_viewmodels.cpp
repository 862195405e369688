// The table models and the filter proxy under filter changes, checked by QAbstractItemModelTester.
#include "models/filter/ClaimMatcher.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/format/SyntheticDataset.h"
#include "models/viewmodels/ActorSortProxy.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "models/viewmodels/PositionBits.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {

/// Rows "column N ascending|descending" for every column of a model, in both sort orders.
void addEveryColumnBothWays(int columns)
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < columns; ++column)
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("column %d %s", column,
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << order;
}

/// The source rows a proxy shows, top to bottom.
QList<int> shownSourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows << proxy.mapToSource(proxy.index(r, 0)).row();
    return rows;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dataset = TestSupport::miniDataset(); }

    void claimModelRowsAreClaims()
    {
        ClaimTableModel model(m_dataset);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_dataset.claims.size()));
        QCOMPARE(model.columnCount(), int(ClaimTableModel::ColumnCount));
        for (int c = 0; c < model.rowCount(); ++c) {
            const Claim &claim = m_dataset.claims[c];
            QCOMPARE(model.index(c, ClaimTableModel::StatementColumn).data().toString(),
                     claim.statement);
            QCOMPARE(model.index(c, ClaimTableModel::DateColumn).data().toString(),
                     claim.datedByReport ? QStringLiteral("as of %1").arg(claim.date.toIsoString())
                                         : claim.date.toIsoString());
            QCOMPARE(model.index(c, ClaimTableModel::SourcesColumn)
                         .data(ClaimTableModel::SortRole)
                         .toInt(),
                     int(m_dataset.sourcesOfClaim(c).size()));
        }
    }

    void proxyFollowsFilter_data()
    {
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<int>("year");
        QTest::newRow("everything") << QStringList() << 0;
        QTest::newRow("Banque Zeta") << QStringList{QStringLiteral("banque-zeta")} << 0;
        QTest::newRow("2024") << QStringList() << 2024;
        QTest::newRow("Dupont in 2015") << QStringList{QStringLiteral("jeanne-dupont")} << 2015;
        QTest::newRow("nothing") << QStringList{QStringLiteral("banque-zeta")} << 2015;
    }

    void proxyFollowsFilter()
    {
        QFETCH(QStringList, actors);
        QFETCH(int, year);
        FilterState filter(m_dataset);
        ClaimTableModel model(m_dataset);
        ClaimFilterProxy proxy(filter);
        proxy.setSourceModel(&model);
        proxy.sort(ClaimTableModel::DateColumn);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        filter.setActors(actors);
        filter.setYearRange(year, year);
        QCOMPARE(resets.count(), 0); // invalidated, never reset
        QList<int> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.claimAt(proxy.index(row, 0)));
        QList<int> sorted = shown;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, ClaimMatcher(m_dataset, filter.filter()).matchingClaims());
        for (int row = 1; row < shown.size(); ++row) // by date, coarser first on ties
            QVERIFY(!(m_dataset.claims[shown[row]].date < m_dataset.claims[shown[row - 1]].date));
        for (int claim : shown)
            QCOMPARE(proxy.claimAt(proxy.indexOfClaim(claim)), claim);
        filter.clear();
        QCOMPARE(proxy.rowCount(), int(m_dataset.claims.size()));
    }

    void actorCountsUnderFilter_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("all years") << 0;
        QTest::newRow("2024") << 2024;
        QTest::newRow("2015") << 2015;
    }

    void actorCountsUnderFilter()
    {
        QFETCH(int, year);
        FilterState filter(m_dataset);
        ActorTableModel model(m_dataset, &filter);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        filter.setYearRange(year, year);
        QCOMPARE(changed.count(), year ? 1 : 0);
        for (int a = 0; a < m_dataset.actors.size(); ++a) {
            int expected = 0;
            for (int c = 0; c < m_dataset.claims.size(); ++c)
                if (filter.accepts(c) && m_dataset.actorsOfClaim(c).contains(a))
                    ++expected;
            QCOMPARE(model.claimCount(a), expected);
            QCOMPARE(model.index(a, ActorTableModel::ClaimsColumn).data().toInt(), expected);
            QCOMPARE(model.index(a, ActorTableModel::NameColumn).data().toString(),
                     m_dataset.actors[a].name);
            // The first date shown is the date of an accepted claim of the actor starting on the
            // day the column sorts by; none without claims.
            const QString first = model.index(a, ActorTableModel::FirstColumn).data().toString();
            const qint64 firstDay = model.index(a, ActorTableModel::FirstColumn)
                                        .data(ActorTableModel::SortRole)
                                        .toLongLong();
            bool shown = first.isEmpty() && expected == 0;
            for (int c = 0; c < m_dataset.claims.size(); ++c)
                if (filter.accepts(c) && m_dataset.actorsOfClaim(c).contains(a) &&
                    m_dataset.claimFirstDay(c) == firstDay &&
                    m_dataset.claims[c].date.toIsoString() == first)
                    shown = true;
            QVERIFY2(shown, qPrintable(first));
        }
    }

    void actorListStaysSorted_data() { addEveryColumnBothWays(ActorTableModel::ColumnCount); }

    // The actor list's proxy compares the statistics directly and sorts once per change: after
    // every filter change its order is the one the sort keys give, equal keys by name from A
    // to Z and then in dataset order, in both directions.
    void actorListStaysSorted()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        const Dataset dataset = SyntheticDataset::generate({800, 60, 20, 4});
        FilterState filter(dataset);
        ActorTableModel model(dataset, &filter);
        ActorSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, order);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [&] { return shownSourceRows(proxy); };
        const auto expected = [&] {
            QList<int> rows;
            for (int a = 0; a < model.rowCount(); ++a)
                rows << a;
            const auto key = [&](int a, int c) {
                return model.index(a, c).data(ActorTableModel::SortRole);
            };
            std::sort(rows.begin(), rows.end(), [&](int a, int b) {
                const auto byColumn = QVariant::compare(key(a, column), key(b, column));
                if (byColumn != QPartialOrdering::Equivalent)
                    return order == Qt::AscendingOrder ? byColumn == QPartialOrdering::Less
                                                       : byColumn == QPartialOrdering::Greater;
                const auto byName = QVariant::compare(key(a, ActorTableModel::NameColumn),
                                                      key(b, ActorTableModel::NameColumn));
                if (byName != QPartialOrdering::Equivalent)
                    return byName == QPartialOrdering::Less;
                return a < b;
            });
            return rows;
        };
        const std::function<void()> changes[] = {
            [&] { filter.setYearRange(2010, 2012); },
            [&] { filter.setActors({dataset.actors[3].id}); },
            [&] { filter.setYearRange(0, 0); },
            [&] { filter.setActors({}); },
        };
        QCOMPARE(shown(), expected());
        for (const auto &change : changes) {
            const QList<int> before = shown();
            change();
            QCOMPARE(shown(), expected());
            if (column == ActorTableModel::ClaimsColumn)
                QVERIFY(shown() != before); // the counts changed the order
        }
    }

    void actorListHeadersWithoutActors()
    {
        // QAbstractProxyModel names a column through the index of its first row: with no row
        // the headers would be blank.
        Dataset empty;
        empty.reindex();
        FilterState filter(empty);
        ActorTableModel model(empty, &filter);
        ActorSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ActorTableModel::ClaimsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.columnCount(), int(ActorTableModel::ColumnCount));
        for (int column = 0; column < ActorTableModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            QCOMPARE(proxy.headerData(column, Qt::Horizontal),
                     model.headerData(column, Qt::Horizontal));
        }
    }

    void actorListAnnouncesOnlyNewOrders()
    {
        // Sorted by name, a filter change changes counts, never the order: the views hear of
        // new values but no layout change; sorted by count, they hear of the new order.
        const Dataset dataset = SyntheticDataset::generate({500, 40, 10, 9});
        FilterState filter(dataset);
        ActorTableModel model(dataset, &filter);
        ActorSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ActorTableModel::NameColumn);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy values(&proxy, &QAbstractItemModel::dataChanged);
        filter.setYearRange(2010, 2012);
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(values.count(), 1);
        proxy.sort(ActorTableModel::ClaimsColumn, Qt::DescendingOrder);
        QCOMPARE(layouts.count(), 1);
        filter.setYearRange(2013, 2016);
        QCOMPARE(layouts.count(), 2);
        QCOMPARE(values.count(), 2);
        proxy.sort(ActorTableModel::ClaimsColumn, Qt::DescendingOrder); // the same: nothing
        QCOMPARE(layouts.count(), 2);
    }

    void actorListRefusesOtherModels()
    {
        QStandardItemModel other(3, 2);
        ActorSortProxy proxy;
        QTest::ignoreMessage(QtWarningMsg, "ActorSortProxy: only an ActorTableModel can be shown");
        proxy.setSourceModel(&other);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.columnCount(), 0);
        QVERIFY(!proxy.sourceModel());
    }

    void claimProxyOrdersEveryColumn_data()
    {
        addEveryColumnBothWays(ClaimTableModel::ColumnCount);
    }

    // The claim proxy orders the accepted claims by their places in each column's order,
    // computed once: after every filter change, the rows must be the accepted claims stably
    // sorted by the column's sort key (equal keys in dataset order), reversed when descending.
    void claimProxyOrdersEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        const Dataset dataset = SyntheticDataset::generate({800, 60, 20, 5});
        FilterState filter(dataset);
        ClaimTableModel model(dataset);
        ClaimFilterProxy proxy(filter);
        proxy.setSourceModel(&model);
        proxy.sort(column, order);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [&] { return shownSourceRows(proxy); };
        const auto expected = [&] {
            QList<int> rows = filter.matchingClaims();
            const auto key = [&](int c) {
                return model.index(c, column).data(ClaimTableModel::SortRole);
            };
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                return QVariant::compare(key(a), key(b)) == QPartialOrdering::Less;
            });
            if (order == Qt::DescendingOrder)
                std::reverse(rows.begin(), rows.end());
            return rows;
        };
        const std::function<void()> changes[] = {
            [&] { filter.setYearRange(2010, 2012); },
            [&] { filter.setActors({dataset.actors[3].id}); },
            [&] { filter.setText(QStringLiteral("milliards")); },
            [&] { filter.setYearRange(1800, 1801); }, // nothing
            [&] { filter.clear(); },
        };
        QCOMPARE(shown(), expected());
        for (const auto &change : changes) {
            change();
            const QList<int> rows = shown();
            QCOMPARE(rows, expected());
            for (int r = 0; r < rows.size(); ++r)
                QCOMPARE(proxy.indexOfClaim(rows[r]).row(), r);
            QCOMPARE(proxy.headerData(column, Qt::Horizontal),
                     model.headerData(column, Qt::Horizontal));
        }
    }

    void positionBitsReadBackInOrder_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<int>>("positions");
        QTest::newRow("none") << 0 << QList<int>();
        QTest::newRow("one") << 1 << QList<int>{0};
        QTest::newRow("word ends") << 64 << QList<int>{63, 0, 63};
        QTest::newRow("across words") << 130 << QList<int>{129, 64, 0, 63, 65, 128, 64};
        QList<int> many;
        for (int i = 0; i < 300; ++i)
            many << (i * 7919) % 1000;
        QTest::newRow("scattered, repeated") << 1000 << many;
    }

    void positionBitsReadBackInOrder()
    {
        QFETCH(int, size);
        QFETCH(QList<int>, positions);
        PositionBits bits(static_cast<size_t>(size));
        QList<int> unique;
        for (const int p : positions) {
            QCOMPARE(bits.set(size_t(p)), !unique.contains(p)); // true only the first time
            if (!unique.contains(p))
                unique << p;
        }
        std::sort(unique.begin(), unique.end());
        QList<int> ascending, descending;
        bits.forEachAscending([&](size_t p) { ascending << int(p); });
        bits.forEachDescending([&](size_t p) { descending << int(p); });
        QCOMPARE(ascending, unique);
        std::reverse(unique.begin(), unique.end());
        QCOMPARE(descending, unique);
    }

    void checkingAnActorFilters()
    {
        FilterState filter(m_dataset);
        ActorTableModel model(m_dataset, &filter);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int zeta = m_dataset.actorIndex(QStringLiteral("banque-zeta"));
        const QModelIndex name = model.index(zeta, ActorTableModel::NameColumn);
        QVERIFY(model.flags(name) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(zeta, ActorTableModel::KindColumn)) &
                  Qt::ItemIsUserCheckable));
        QVERIFY(model.setData(name, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(filter.filter().actors, QStringList{QStringLiteral("banque-zeta")});
        QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        filter.setActors({}); // another view clears it: the check follows
        QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void highlightAndSelectionShowInBold()
    {
        FilterState filter(m_dataset);
        SelectionState selection(m_dataset, &filter);
        ClaimTableModel claims(m_dataset, &selection);
        ActorTableModel actors(m_dataset, &filter, &selection);
        const int zeta = m_dataset.actorIndex(QStringLiteral("banque-zeta"));
        selection.setHighlightedActor(zeta);
        for (int c = 0; c < m_dataset.claims.size(); ++c)
            QCOMPARE(claims.index(c, 0).data(Qt::FontRole).value<QFont>().bold(),
                     m_dataset.actorsOfClaim(c).contains(zeta));
        const int c1 = m_dataset.claimIndex(QStringLiteral("c1"));
        selection.setCurrentClaim(c1);
        for (int a = 0; a < m_dataset.actors.size(); ++a)
            QCOMPARE(actors.index(a, 0).data(Qt::FontRole).value<QFont>().bold(),
                     m_dataset.actorsOfClaim(c1).contains(a));
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_viewmodels.moc"
