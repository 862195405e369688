// Back and Forward over the claims made current, as a browser's over pages.
#include "models/filter/SelectionHistory.h"
#include "models/filter/SelectionState.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

class TestSelectionHistory final : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward()
    {
        const Dataset d = TestSupport::miniDataset();
        SelectionState selection(d);
        SelectionHistory history(selection);
        QSignalSpy changed(&history, &SelectionHistory::changed);
        QVERIFY(!history.canGoBack() && !history.canGoForward());
        for (int c : {0, 1, 1, 2}) // a repeat is one step
            selection.setCurrentClaim(c);
        selection.clearSelection(); // not a step
        QCOMPARE(history.steps(), QList<int>({0, 1, 2}));
        QVERIFY(history.canGoBack());
        history.back();
        QCOMPARE(selection.currentClaim(), 1);
        history.back();
        QCOMPARE(selection.currentClaim(), 0);
        QVERIFY(!history.canGoBack());
        history.back(); // nothing before: stays
        QCOMPARE(selection.currentClaim(), 0);
        history.forward();
        QCOMPARE(selection.currentClaim(), 1);
        QVERIFY(history.canGoForward());
        // A new claim drops what lay ahead.
        selection.setCurrentClaim(3);
        QCOMPARE(history.steps(), QList<int>({0, 1, 3}));
        QVERIFY(!history.canGoForward());
        QVERIFY(changed.size() >= 6);
    }

    void holdsAtMostItsCapacity()
    {
        const Dataset d = TestSupport::miniDataset();
        SelectionState selection(d);
        SelectionHistory history(selection);
        for (int i = 0; i < SelectionHistory::Capacity + 50; ++i)
            selection.setCurrentClaim(i % 2);
        QCOMPARE(history.steps().size(), SelectionHistory::Capacity);
        QCOMPARE(history.position(), SelectionHistory::Capacity - 1);
        QCOMPARE(history.steps().last(), selection.currentClaim());
    }
};

QTEST_GUILESS_MAIN(TestSelectionHistory)
#include "tst_selectionhistory.moc"
