// Keyboard and assistive technology: names, the timeline as a list, shortcuts, focus order.
#include "app/window/MainWindow.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/shell/ShortcutsDialog.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <qcustomplot.h>

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyFocusableWidgetHasANameAndDescription();
    void timelineOffersItsClaimsAsAList();
    void timelineListFollowsTheFilter();
    void everyActionIsReachableByKeyboard();
    void shortcutsAreUnique();
    void shortcutsDialogListsTheActualActions();
    void focusOrderFollowsTheLayout();

private:
    QTemporaryDir m_settings;
    Dataset m_dataset;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    WindowFixture::isolateSettings(m_settings);
    m_dataset = TestSupport::miniDataset();
}

void TestAccessibility::init()
{
    m_window = WindowFixture::openWindow(m_dataset);
    QVERIFY(m_window);
}

void TestAccessibility::cleanup()
{
    m_window.reset();
}

void TestAccessibility::everyFocusableWidgetHasANameAndDescription()
{
    QStringList missing;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->objectName().startsWith(QLatin1String("qt_")) && w->parentWidget())
            w = w->parentWidget(); // a spin box's line edit speaks for the spin box
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString what = QStringLiteral("%1 “%2”").arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            missing << what + QStringLiteral(": no accessible name");
        if (iface->text(QAccessible::Description).trimmed().isEmpty())
            missing << what + QStringLiteral(": no accessible description");
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestAccessibility::timelineOffersItsClaimsAsAList()
{
    TimelineChart *chart = m_window->dashboard()->chart();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(chart->plot());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QVERIFY(!list->text(QAccessible::Name).isEmpty());
    const QList<int> plotted = chart->claimsByDate();
    QVERIFY(!plotted.isEmpty());
    QCOMPARE(list->childCount(), plotted.size());
    // Every plotted claim once, listed by date as a reader of the chart meets them.
    QList<int> sorted = plotted;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, chart->plottedClaims());
    for (int i = 1; i < plotted.size(); ++i)
        QVERIFY(m_dataset.claims[plotted[i - 1]].date.firstDay() <=
                m_dataset.claims[plotted[i]].date.firstDay());
    for (int i = 0; i < list->childCount(); ++i) {
        QAccessibleInterface *item = list->child(i);
        QVERIFY(item && item->isValid());
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->parent(), list);
        QCOMPARE(list->indexOfChild(item), i);
        const Claim &claim = m_dataset.claims[plotted[i]];
        QVERIFY2(item->text(QAccessible::Name).contains(claim.statement),
                 qPrintable(item->text(QAccessible::Name)));
        QVERIFY(item->text(QAccessible::Name).contains(claim.date.toDisplayString()));
        // Its action selects the claim everywhere.
        QAccessibleActionInterface *action = item->actionInterface();
        QVERIFY(action);
        QVERIFY(action->actionNames().contains(QAccessibleActionInterface::pressAction()));
    }
    QAccessibleInterface *last = list->child(list->childCount() - 1);
    last->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(m_window->dashboard()->selection()->currentClaim(), plotted.last());
    QVERIFY(last->state().selected);
    QVERIFY(!list->child(0)->state().selected);
    // The chart itself holds the list among its children.
    QAccessibleInterface *chartIface = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(chartIface->indexOfChild(list) >= 0);
}

void TestAccessibility::timelineListFollowsTheFilter()
{
    TimelineChart *chart = m_window->dashboard()->chart();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(chart->plot());
    const int all = list->childCount();
    const QString before = list->text(QAccessible::Description);
    m_window->dashboard()->filter()->setActors({m_dataset.actors.first().id});
    QCOMPARE(list->childCount(), chart->plottedClaims().size());
    // The description tells the new count.
    QVERIFY(list->text(QAccessible::Description) != before);
    QVERIFY2(list->text(QAccessible::Description).contains(QString::number(list->childCount())),
             qPrintable(list->text(QAccessible::Description)));
    QVERIFY(list->childCount() < all);
    QVERIFY(!list->child(list->childCount() - 1)->text(QAccessible::Name).isEmpty());
    QVERIFY(list->child(list->childCount()) == nullptr);
    // It says what a lane holds, as the grouping changes.
    QVERIFY(list->text(QAccessible::Description).contains(QStringLiteral("per actor")));
    chart->setGrouping(TimelineGrouping::Source);
    QVERIFY2(list->text(QAccessible::Description).contains(QStringLiteral("per source")),
             qPrintable(list->text(QAccessible::Description)));
    chart->setGrouping(TimelineGrouping::None);
    QVERIFY(list->text(QAccessible::Description).contains(QStringLiteral("one lane")));
    chart->setGrouping(TimelineGrouping::Actor);
}

void TestAccessibility::everyActionIsReachableByKeyboard()
{
    QStringList unreachable;
    for (QAction *a : m_window->menuActions()) {
        if (a->menu() || !a->isVisible() || !a->isEnabled())
            continue;
        if (a->shortcut().isEmpty() &&
            !a->text().contains(QRegularExpression(QStringLiteral("&[^&]"))))
            unreachable << a->text();
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QLatin1Char('\n'))));
    // Menus themselves open with Alt+letter.
    for (QAction *a : m_window->menuBar()->actions())
        QVERIFY2(a->text().contains(QLatin1Char('&')), qPrintable(a->text()));
}

void TestAccessibility::shortcutsAreUnique()
{
    QHash<QKeySequence, QString> seen;
    QStringList clashes;
    for (QAction *a : m_window->menuActions()) {
        for (const QKeySequence &key : a->shortcuts()) {
            if (seen.contains(key))
                clashes
                    << QStringLiteral("%1: %2 and %3").arg(key.toString(), seen[key], a->text());
            seen.insert(key, a->text());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestAccessibility::shortcutsDialogListsTheActualActions()
{
    ShortcutsDialog dialog(m_window->menuBar());
    QTableWidget *table = dialog.table();
    int leaves = 0;
    QStringList listed;
    for (int r = 0; r < table->rowCount(); ++r)
        listed << table->item(r, 1)->text() + QLatin1Char('|') + table->item(r, 2)->text();
    for (QAction *a : m_window->menuActions()) {
        if (a->menu() || !a->isVisible())
            continue;
        ++leaves;
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(text + QLatin1Char('|') + keys),
                 qPrintable(text + QLatin1Char('|') + keys));
    }
    QCOMPARE(table->rowCount(), leaves);
    // The new Help and Edit entries are there with their keys.
    const auto hasAction = [&](const QString &name) {
        return std::any_of(listed.cbegin(), listed.cend(),
                           [&](const QString &row) { return row.startsWith(name); });
    };
    QVERIFY(hasAction(QStringLiteral("Keyboard Shortcuts|")));
    QVERIFY(hasAction(QStringLiteral("Preferences…|")));
    QVERIFY(hasAction(QStringLiteral("About the Sources|")));
    QVERIFY(hasAction(QStringLiteral("Open Database…|")));
}

void TestAccessibility::focusOrderFollowsTheLayout()
{
    Dashboard *d = m_window->dashboard();
    const QList<QWidget *> expected = {d->filterBar()->actorEdit(),
                                       d->filterBar()->searchEdit(),
                                       d->chart()->plot(),
                                       d->claimTable(),
                                       d->actorList(),
                                       d->citationPanel()->browser()};
    // Walk the tab chain from the first filter field and note where each part comes.
    QList<QWidget *> order;
    QWidget *w = expected.first();
    for (int guard = 0; guard < 500 && (order.isEmpty() || w != expected.first()); ++guard) {
        if (w->focusPolicy() & Qt::TabFocus)
            order << w;
        w = w->nextInFocusChain();
    }
    int last = -1;
    for (QWidget *part : expected) {
        const int at = int(order.indexOf(part));
        QVERIFY2(at > last, qPrintable(QString::fromLatin1(part->metaObject()->className())));
        last = at;
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_gui_accessibility.moc"
