// The filter bar's several-at-once and yes-or-no choices, and the notice shown when the
// current claim is one the filter hides: the real widgets on the mini dataset, driven by
// keyboard and mouse.
#include "models/data/Dataset.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionHistory.h"
#include "models/filter/SelectionState.h"
#include "tests/support/TestSupport.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"
#include "widgets/views/HiddenClaimBar.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

class TestFilterChoices final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void conflictChoiceNarrows_data();
    void conflictChoiceNarrows();
    void sourcingChoiceNarrows_data();
    void sourcingChoiceNarrows();
    void claimedByByKeyboard();
    void severalKindsByMouse();
    void severalSourcesByKeyboard();
    void barFollowsAFilterSetElsewhere();
    void hiddenClaimShowIt_data();
    void hiddenClaimShowIt();
    void hiddenClaimClearFilter();
    void hiddenClaimDismissed();
    void hiddenClaimByBack();

private:
    QList<QString> tableIds() const;
    QList<QString> chartIds() const;
    /// Opens the button's list with the keyboard and runs `inside` while it is open.
    void withListOpen(CheckListButton *button, const std::function<void(QMenu *)> &inside);
    int claim(const char *id) const { return m_dataset.claimIndex(QLatin1String(id)); }

    Dataset m_dataset;
    Dashboard *m_dashboard = nullptr;
    QWidget *m_window = nullptr;
};

void TestFilterChoices::init()
{
    m_dataset = TestSupport::miniDataset();
    m_dashboard = new Dashboard(m_dataset);
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    layout->addWidget(m_dashboard->filterBar());
    layout->addWidget(m_dashboard->hiddenClaimBar());
    auto *middle = new QSplitter(Qt::Vertical, m_window);
    middle->addWidget(m_dashboard->chart());
    middle->addWidget(m_dashboard->claimTable());
    layout->addWidget(middle, 1);
    layout->addWidget(m_dashboard->citationPanel());
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestFilterChoices::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
}

QList<QString> TestFilterChoices::tableIds() const
{
    QStringList ids;
    for (int c : m_dashboard->claimTable()->visibleClaims())
        ids << m_dataset.claims[c].id;
    ids.sort();
    return ids;
}

QList<QString> TestFilterChoices::chartIds() const
{
    QStringList ids;
    for (int c : m_dashboard->chart()->plottedClaims())
        ids << m_dataset.claims[c].id;
    ids.sort();
    return ids;
}

void TestFilterChoices::withListOpen(CheckListButton *button,
                                     const std::function<void(QMenu *)> &inside)
{
    bool ran = false;
    // The list runs its own event loop once open: the test goes on from inside it.
    QTimer::singleShot(0, button, [&] {
        QMenu *menu = button->list();
        QTRY_VERIFY(menu->isVisible());
        inside(menu);
        QTest::keyClick(menu, Qt::Key_Escape);
        ran = true;
    });
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
    QTRY_VERIFY(ran);
    QTRY_VERIFY(!button->list()->isVisible());
}

void TestFilterChoices::conflictChoiceNarrows_data()
{
    QTest::addColumn<int>("downs");
    QTest::addColumn<int>("side");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("yes") << 1 << int(ClaimFilter::Side::Yes) << QStringList{"c2", "c5"};
    QTest::newRow("no") << 2 << int(ClaimFilter::Side::No) << QStringList{"c1", "c3", "c4"};
}

void TestFilterChoices::conflictChoiceNarrows()
{
    QFETCH(int, downs);
    QFETCH(int, side);
    QFETCH(QStringList, ids);
    QComboBox *box = m_dashboard->filterBar()->conflictBox();
    box->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(int(m_dashboard->filter()->filter().inConflict), side);
    QCOMPARE(tableIds(), ids);
    QCOMPARE(chartIds(), ids);
    QVERIFY(m_dashboard->filterBar()->clearButton()->isEnabled());
}

void TestFilterChoices::sourcingChoiceNarrows_data()
{
    QTest::addColumn<int>("downs");
    QTest::addColumn<int>("side");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("single") << 1 << int(ClaimFilter::Side::Yes)
                            << QStringList{"c1", "c2", "c3", "c4"};
    QTest::newRow("several") << 2 << int(ClaimFilter::Side::No) << QStringList{"c5"};
}

void TestFilterChoices::sourcingChoiceNarrows()
{
    QFETCH(int, downs);
    QFETCH(int, side);
    QFETCH(QStringList, ids);
    QComboBox *box = m_dashboard->filterBar()->sourcingBox();
    box->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(int(m_dashboard->filter()->filter().singleSource), side);
    QCOMPARE(tableIds(), ids);
    QCOMPARE(chartIds(), ids);
}

void TestFilterChoices::claimedByByKeyboard()
{
    CheckListButton *button = m_dashboard->filterBar()->claimantsButton();
    QCOMPARE(button->text(), QStringLiteral("anyone"));
    // "reported as fact" first, then the claimants by name (Acme, Jeanne Dupont).
    withListOpen(button, [](QMenu *menu) {
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(menu->isVisible()); // stays open for the next choice
    });
    QVERIFY(m_dashboard->filter()->filter().reportedAsFact);
    QVERIFY(m_dashboard->filter()->filter().claimants.isEmpty());
    QCOMPARE(tableIds(), (QStringList{"c1", "c4", "c5"}));
    QCOMPARE(button->text(), QStringLiteral("reported as fact"));
    withListOpen(button, [](QMenu *menu) {
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Down); // Acme, past the separator
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QCOMPARE(m_dashboard->filter()->filter().claimants, QStringList{"acme"});
    QCOMPARE(tableIds(), (QStringList{"c1", "c3", "c4", "c5"}));
    QCOMPARE(chartIds(), (QStringList{"c1", "c3", "c4", "c5"}));
    QCOMPARE(button->text(), QStringLiteral("2 claimants"));
    QVERIFY(m_dashboard->filter()->summary().contains(u"claimed by Acme, reported as fact"_qs));
}

void TestFilterChoices::severalKindsByMouse()
{
    CheckListButton *button = m_dashboard->filterBar()->kindsButton();
    QCOMPARE(button->text(), QStringLiteral("All kinds"));
    withListOpen(button, [](QMenu *menu) {
        for (QAction *a : menu->actions())
            if (a->data() == u"event"_qs || a->data() == u"response"_qs)
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
        QVERIFY(menu->isVisible());
    });
    QCOMPARE(m_dashboard->filter()->filter().kinds, (QStringList{"event", "response"}));
    QCOMPARE(tableIds(), (QStringList{"c1", "c3", "c5"}));
    QCOMPARE(chartIds(), (QStringList{"c1", "c3", "c5"}));
    QCOMPARE(button->text(), QStringLiteral("2 kinds"));
    QVERIFY(button->toolTip().contains(u"Response"_qs));
}

void TestFilterChoices::severalSourcesByKeyboard()
{
    CheckListButton *button = m_dashboard->filterBar()->sourcesButton();
    withListOpen(button, [](QMenu *menu) {
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Down); // beta
        QTest::keyClick(menu, Qt::Key_Space);
    });
    QCOMPARE(m_dashboard->filter()->filter().sources, QStringList{"beta"});
    QCOMPARE(tableIds(), (QStringList{"c4", "c5"}));
    withListOpen(button, [](QMenu *menu) {
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Space); // alpha too
    });
    QCOMPARE(m_dashboard->filter()->filter().sources, (QStringList{"alpha", "beta"}));
    QCOMPARE(tableIds(), (QStringList{"c1", "c2", "c3", "c4", "c5"}));
    QCOMPARE(button->text(), QStringLiteral("2 sources"));
}

void TestFilterChoices::barFollowsAFilterSetElsewhere()
{
    ClaimFilter f;
    f.kinds = QStringList{"allegation", "event"};
    f.sources = QStringList{"alpha"};
    f.inConflict = ClaimFilter::Side::Yes;
    f.singleSource = ClaimFilter::Side::Yes;
    f.claimants = QStringList{"jeanne-dupont"};
    f.reportedAsFact = true;
    m_dashboard->filter()->setFilter(f);
    FilterBar *bar = m_dashboard->filterBar();
    QCOMPARE(bar->kindsButton()->checkedValues(), (QStringList{"event", "allegation"}));
    QCOMPARE(bar->kindsButton()->text(), QStringLiteral("2 kinds"));
    QCOMPARE(bar->sourcesButton()->checkedValues(), QStringList{"alpha"});
    QCOMPARE(bar->conflictBox()->currentText(), QStringLiteral("yes"));
    QCOMPARE(bar->sourcingBox()->currentText(), QStringLiteral("single"));
    QCOMPARE(bar->claimantsButton()->checkedValues(), (QStringList{QString(), "jeanne-dupont"}));
    QCOMPARE(tableIds(), QStringList{"c2"});
    m_dashboard->filter()->clear();
    QCOMPARE(bar->kindsButton()->text(), QStringLiteral("All kinds"));
    QCOMPARE(bar->conflictBox()->currentText(), QStringLiteral("any"));
    QCOMPARE(bar->sourcingBox()->currentText(), QStringLiteral("any"));
    QCOMPARE(bar->claimantsButton()->text(), QStringLiteral("anyone"));
}

void TestFilterChoices::hiddenClaimShowIt_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kindsAfter");
    QTest::newRow("another kind") << QStringList{"response"} << QString()
                                  << QStringList{"response", "allegation"};
    QTest::newRow("a search it fails") << QStringList{} << QStringLiteral("zzz") << QStringList{};
}

void TestFilterChoices::hiddenClaimShowIt()
{
    QFETCH(QStringList, kinds);
    QFETCH(QString, text);
    QFETCH(QStringList, kindsAfter);
    ClaimFilter f;
    f.kinds = kinds;
    f.text = text;
    f.fromYear = 2015; // passes: stays
    m_dashboard->filter()->setFilter(f);
    HiddenClaimBar *bar = m_dashboard->hiddenClaimBar();
    QVERIFY(!bar->isVisible());
    const int c2 = claim("c2");
    // As a conflict link or Back would: the current claim is one the filter hides.
    m_dashboard->selection()->setCurrentClaim(c2);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->claim(), c2);
    QVERIFY(bar->messageLabel()->text().contains(u"c2"_qs));
    QVERIFY(!tableIds().contains(u"c2"_qs));
    QVERIFY(bar->showButton()->focusPolicy() & Qt::TabFocus);
    QTest::mouseClick(bar->showButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    const ClaimFilter &after = m_dashboard->filter()->filter();
    QCOMPARE(after.kinds, kindsAfter);
    QVERIFY(after.text.isEmpty());
    QCOMPARE(after.fromYear, 2015);
    QVERIFY(tableIds().contains(u"c2"_qs));
    QVERIFY(chartIds().contains(u"c2"_qs));
    QCOMPARE(m_dashboard->selection()->currentClaim(), c2);
    // The table's current row is the claim, as a click there would make it.
    ClaimTableView *table = m_dashboard->claimTable();
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(table->visibleClaims().value(table->currentIndex().row()), c2);
}

void TestFilterChoices::hiddenClaimClearFilter()
{
    m_dashboard->filter()->setKinds({QStringLiteral("figure")});
    const int c5 = claim("c5");
    m_dashboard->selection()->setCurrentClaim(c5);
    HiddenClaimBar *bar = m_dashboard->hiddenClaimBar();
    QVERIFY(bar->isVisible());
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QVERIFY(m_dashboard->filter()->filter().isEmpty());
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_dashboard->selection()->currentClaim(), c5);
    QCOMPARE(tableIds().size(), m_dataset.claims.size());
}

void TestFilterChoices::hiddenClaimDismissed()
{
    m_dashboard->filter()->setKinds({QStringLiteral("figure")});
    m_dashboard->selection()->setCurrentClaim(claim("c5"));
    HiddenClaimBar *bar = m_dashboard->hiddenClaimBar();
    QVERIFY(bar->isVisible());
    bar->dismissButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(bar->dismissButton(), Qt::Key_Escape);
    // The filter stays, and no view shows a claim the others do not.
    QCOMPARE(m_dashboard->filter()->filter().kinds, QStringList{"figure"});
    QCOMPARE(m_dashboard->selection()->currentClaim(), -1);
    QVERIFY(!bar->isVisible());
}

void TestFilterChoices::hiddenClaimByBack()
{
    SelectionHistory history(*m_dashboard->selection());
    m_dashboard->selection()->setCurrentClaim(claim("c1"));
    m_dashboard->selection()->setCurrentClaim(claim("c4"));
    m_dashboard->filter()->setKinds({QStringLiteral("figure")}); // c4 only
    history.back();
    HiddenClaimBar *bar = m_dashboard->hiddenClaimBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->claim(), claim("c1"));
    QTest::mouseClick(bar->showButton(), Qt::LeftButton);
    QCOMPARE(m_dashboard->filter()->filter().kinds, (QStringList{"figure", "event"}));
    QCOMPARE(tableIds(), (QStringList{"c1", "c4", "c5"}));
    QCOMPARE(m_dashboard->selection()->currentClaim(), claim("c1"));
}

QTEST_MAIN(TestFilterChoices)
#include "tst_gui_filterchoices.moc"
