// Back and Forward in the window: the Go menu's keys and the mouse's side buttons walk the
// claims made current, over any part of the window.
#include "app/window/MainWindow.h"
#include "models/filter/SelectionState.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QTest>

class TestNavigation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WindowFixture::isolateSettings(m_settings);
        m_dataset = TestSupport::miniDataset();
    }

    void keysAndMouseButtonsWalkTheHistory()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        SelectionState *selection = window->dashboard()->selection();
        QAction *back = window->findChild<QAction *>(QStringLiteral("historyBack"));
        QAction *forward = window->findChild<QAction *>(QStringLiteral("historyForward"));
        QVERIFY(back && forward);
        QVERIFY(!back->isEnabled() && !forward->isEnabled());
        for (int c : {0, 2, 4})
            selection->setCurrentClaim(c);
        QVERIFY(back->isEnabled());
        QWidget *table = window->dashboard()->claimTable();
        table->setFocus();
        // The keys, with the table focused: Alt+Left is Back, not a move in the table.
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(selection->currentClaim(), 2);
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(selection->currentClaim(), 0);
        QVERIFY(!back->isEnabled());
        QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(selection->currentClaim(), 2);
        // The mouse's back and forward buttons, over the table's cells.
        QWidget *cells = window->dashboard()->claimTable()->viewport();
        QTest::mouseClick(cells, Qt::BackButton, {}, QPoint(5, 5));
        QCOMPARE(selection->currentClaim(), 0);
        QTest::mouseClick(cells, Qt::ForwardButton, {}, QPoint(5, 5));
        QCOMPARE(selection->currentClaim(), 2);
        QVERIFY(forward->isEnabled());
    }

private:
    QTemporaryDir m_settings;
    Dataset m_dataset;
};

QTEST_MAIN(TestNavigation)
#include "tst_gui_navigation.moc"
