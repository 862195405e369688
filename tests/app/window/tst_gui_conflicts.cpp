// The conflicts dock: each conflict's claims side by side, a side chosen by click or arrow
// key made current everywhere, following the selection and the filter, Alt+9, the model
// under QAbstractItemModelTester, and dataset text shown as written.
#include "app/window/MainWindow.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/ConflictTableModel.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/Dashboard.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QTableView>
#include <QTest>

class TestConflicts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WindowFixture::isolateSettings(m_settings);
        m_dataset = TestSupport::miniDataset();
        // A second conflict of three claims: three sides to a row.
        m_dataset.conflicts << Conflict{
            QStringLiteral("k2"),
            {QStringLiteral("c1"), QStringLiteral("c3"), QStringLiteral("c4")},
            QStringLiteral("Invented for the test.")};
        m_dataset.reindex();
    }

    void altNineOpensTheDockAndFocusesIt()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("conflictsDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible()); // closed on the first open
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_9, Qt::AltModifier);
        QVERIFY(dock->isVisible());
        QTableView *table = window->dashboard()->conflicts()->table();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        // Tab leaves it: one stop, as the other tables.
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        // And Tab from the claim table reaches it.
        window->dashboard()->claimTable()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(window->dashboard()->claimTable(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        QTest::keyClick(window.get(), Qt::Key_9, Qt::AltModifier);
        QVERIFY(!dock->isVisible());
    }

    void eachConflictShowsItsClaimsSideBySide()
    {
        auto window = open();
        ConflictTableModel *model = window->dashboard()->conflicts()->model();
        QTableView *table = window->dashboard()->conflicts()->table();
        for (int k = 0; k < m_dataset.conflicts.size(); ++k) {
            const QList<QModelIndex> sides = sidesOf(model, k);
            QCOMPARE(sides.size(), m_dataset.conflicts[k].claims.size());
            QSet<QString> statements;
            for (const QModelIndex &side : sides) {
                const Claim &claim =
                    m_dataset.claims[side.data(ConflictTableModel::ClaimRole).toInt()];
                QVERIFY(m_dataset.conflicts[k].claims.contains(claim.id));
                QVERIFY(side.data().toString().contains(claim.statement));
                QVERIFY(side.data(Qt::AccessibleTextRole).toString().contains(claim.statement));
                statements << claim.statement;
            }
            QCOMPARE(statements.size(), sides.size());
            // Side by side: one row, left to right, sharing its width.
            const QRect first = table->visualRect(sides.first());
            for (int i = 1; i < sides.size(); ++i) {
                const QRect next = table->visualRect(sides[i]);
                QCOMPARE(next.top(), first.top());
                QVERIFY(next.left() >= table->visualRect(sides[i - 1]).right());
                QVERIFY(qAbs(next.width() - first.width()) <= 2);
            }
        }
        // In date order: c5 (February 2024) before c2 (March 2024).
        const QList<QModelIndex> k1 = sidesOf(model, 0);
        QCOMPARE(k1[0].data(ConflictTableModel::ClaimRole).toInt(), claim("c5"));
        QCOMPARE(k1[1].data(ConflictTableModel::ClaimRole).toInt(), claim("c2"));
        // Who says it and where the quote is from.
        QVERIFY(k1[1].data().toString().contains(QStringLiteral("Jeanne Dupont")));
        QVERIFY(k1[0].data().toString().contains(QStringLiteral("Reported as fact")));
        QVERIFY(k1[0].data().toString().contains(QStringLiteral("paragraph")));
        QVERIFY(model->index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(m_dataset.conflicts[0].about));
    }

    void choosingASideMakesItsClaimCurrent()
    {
        auto window = open();
        SelectionState *selection = window->dashboard()->selection();
        ConflictsView *view = window->dashboard()->conflicts();
        const QList<QModelIndex> k1 = sidesOf(view->model(), 0);
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                          view->table()->visualRect(k1[1]).center());
        QCOMPARE(selection->currentClaim(), claim("c2"));
        QCOMPARE(selection->selectedClaims(), QList<int>{claim("c2")});
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Left);
        QCOMPARE(selection->currentClaim(), claim("c5"));
        // Down to the next conflict's title (nothing chosen), then to its first side.
        QTest::keyClick(view->table(), Qt::Key_Down);
        QCOMPARE(selection->currentClaim(), claim("c5"));
        QTest::keyClick(view->table(), Qt::Key_Down);
        QCOMPARE(selection->currentClaim(), claim("c1"));
        // Enter on a title selects the conflict's claims.
        QTest::keyClick(view->table(), Qt::Key_Up);
        QTest::keyClick(view->table(), Qt::Key_Return);
        QCOMPARE(selection->selectedClaims().size(), 3);
    }

    void followsTheSelection()
    {
        auto window = open();
        SelectionState *selection = window->dashboard()->selection();
        ConflictsView *view = window->dashboard()->conflicts();
        selection->setCurrentClaim(claim("c4"));
        QModelIndex current = view->table()->currentIndex();
        QCOMPARE(current.data(ConflictTableModel::ClaimRole).toInt(), claim("c4"));
        QVERIFY(view->table()->selectionModel()->isSelected(current));
        QVERIFY(view->table()->viewport()->rect().intersects(view->table()->visualRect(current)));
        // Several claims: each side marked; the current one current.
        selection->setSelectedClaims({claim("c2"), claim("c5")}, claim("c5"));
        current = view->table()->currentIndex();
        QCOMPARE(current.data(ConflictTableModel::ClaimRole).toInt(), claim("c5"));
        QCOMPARE(view->table()->selectionModel()->selectedIndexes().size(), 2);
        // A claim in no conflict: nothing marked.
        selection->setCurrentClaim(-1);
        QVERIFY(view->table()->selectionModel()->selectedIndexes().isEmpty());
    }

    void followsTheFilter()
    {
        auto window = open();
        FilterState *filter = window->dashboard()->filter();
        ConflictsView *view = window->dashboard()->conflicts();
        QVERIFY(view->note()->isHidden());
        // Banque Zeta is only in c4: k1 has no claim shown and is left out, k2 keeps its
        // three sides, two of them dimmed.
        filter->setActors({QStringLiteral("banque-zeta")});
        QCOMPARE(view->model()->hiddenConflicts(), 1);
        QVERIFY(!view->note()->isHidden());
        QVERIFY2(view->note()->text().contains(QStringLiteral("1 conflict")),
                 qPrintable(view->note()->text()));
        QVERIFY(sidesOf(view->model(), 0).isEmpty());
        const QList<QModelIndex> k2 = sidesOf(view->model(), 1);
        QCOMPARE(k2.size(), 3);
        int shown = 0;
        for (const QModelIndex &side : k2) {
            const bool isShown = side.data(ConflictTableModel::ShownRole).toBool();
            shown += isShown;
            QCOMPARE(side.data().toString().contains(QStringLiteral("hidden by the filter")),
                     !isShown);
        }
        QCOMPARE(shown, 1);
        filter->clear();
        QCOMPARE(view->model()->hiddenConflicts(), 0);
        QVERIFY(view->note()->isHidden());
    }

    void modelPassesTheTester()
    {
        FilterState filter(m_dataset);
        ConflictTableModel model(filter);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.rowCount(), 2 + 1 + 1); // two titles, a row of sides each
        filter.setActors({QStringLiteral("banque-zeta")});
        QCOMPARE(model.rowCount(), 2);
        filter.setText(QStringLiteral("nothing matches this"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.hiddenConflicts(), 2);
        filter.clear();
        QCOMPARE(model.rowCount(), 4);
        // Row headers, read by assistive technology as each row's title: never a bare number.
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("k1"));
        for (int row = 0; row < model.rowCount(); ++row) {
            bool number = false;
            model.headerData(row, Qt::Vertical).toString().toInt(&number);
            QVERIFY(!number);
        }
    }

    void datasetTextIsShownAsWritten()
    {
        Dataset marked = m_dataset;
        marked.actors[marked.actorIndex(QStringLiteral("jeanne-dupont"))].name =
            QStringLiteral("<b>x</b>");
        marked.conflicts[0].about = QStringLiteral("<u>about</u>");
        marked.claims[marked.claimIndex(QStringLiteral("c2"))].statement =
            QStringLiteral("<i>said</i>");
        marked.reindex();
        FilterState filter(marked);
        ConflictTableModel model(filter);
        QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("<u>about</u>")));
        const QString side =
            model.indexOfClaim(marked.claimIndex(QStringLiteral("c2"))).data().toString();
        QVERIFY2(side.contains(QStringLiteral("<i>said</i>")), qPrintable(side));
        QVERIFY(side.contains(QStringLiteral("<b>x</b>")));
    }

private:
    std::unique_ptr<MainWindow> open()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        window->findChild<QDockWidget *>(QStringLiteral("conflictsDock"))->show();
        QApplication::processEvents();
        return window;
    }

    int claim(const char *id) const { return m_dataset.claimIndex(QString::fromLatin1(id)); }

    /// The side cells of conflict `k`, in reading order.
    static QList<QModelIndex> sidesOf(const ConflictTableModel *model, int k)
    {
        QList<QModelIndex> sides;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (index.data(ConflictTableModel::ConflictRole).toInt() == k &&
                    index.data(ConflictTableModel::ClaimRole).toInt() >= 0)
                    sides << index;
            }
        return sides;
    }

    QTemporaryDir m_settings;
    Dataset m_dataset;
};

QTEST_MAIN(TestConflicts)
#include "tst_gui_conflicts.moc"
