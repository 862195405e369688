// View ▸ Saved Views: a named filter with the timeline's lanes and dates, saved through its
// dialog, listed in the menu, applied, replaced after asking, and deleted.
#include "app/window/MainWindow.h"
#include "app/window/SavedViewsMenu.h"
#include "models/filter/FilterState.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

class TestSavedViews final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WindowFixture::isolateSettings(m_settings);
        m_dataset = TestSupport::miniDataset();
    }
    void init() { QSettings().remove(SavedViews::SettingsKey); }

    void saveThenApply();
    void replacingAsksFirst_data();
    void replacingAsksFirst();
    void deleteInManage();
    void storedViewsRoundTrip();

private:
    /// Triggers Save Current View… and types `name` in its dialog.
    static void saveThroughDialog(MainWindow &window, const QString &name,
                                  std::function<void()> afterwards = {});
    static QAction *viewAction(MainWindow &window, const QString &name);

    QTemporaryDir m_settings;
    Dataset m_dataset;
};

void TestSavedViews::saveThroughDialog(MainWindow &window, const QString &name,
                                       std::function<void()> afterwards)
{
    bool typed = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QLineEdit *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, name);
        if (afterwards)
            QTimer::singleShot(0, &window, afterwards);
        QTest::keyClick(edit, Qt::Key_Return);
        typed = true;
    });
    window.savedViewsMenu()->saveAction()->trigger();
    QVERIFY(typed);
}

QAction *TestSavedViews::viewAction(MainWindow &window, const QString &name)
{
    for (QAction *a : window.savedViewsMenu()->actions())
        if (a->data().toString() == name)
            return a;
    return nullptr;
}

void TestSavedViews::saveThenApply()
{
    auto window = WindowFixture::openWindow(m_dataset);
    Dashboard *d = window->dashboard();
    TimelineChart *chart = d->chart();
    ClaimFilter f;
    f.kinds = QStringList{"allegation", "event"};
    f.inConflict = ClaimFilter::Side::Yes;
    d->filter()->setFilter(f);
    chart->setGrouping(TimelineGrouping::Source);
    chart->setLaneOrder(TimelineLaneOrder::Name);
    chart->setVisibleDates(QDate(2024, 1, 1), QDate(2024, 6, 30));
    const auto dates = chart->visibleDates();
    QCOMPARE(dates.first, QDate(2024, 1, 1));
    saveThroughDialog(*window, QStringLiteral("The suit"));
    QAction *apply = viewAction(*window, QStringLiteral("The suit"));
    QVERIFY(apply);
    QVERIFY(apply->text().startsWith(u"&1 "_qs)); // Alt+1 in the menu

    d->filter()->clear();
    chart->setGrouping(TimelineGrouping::Actor);
    chart->setLaneOrder(TimelineLaneOrder::MostClaims);
    chart->showWholeSpan();
    QVERIFY(chart->visibleDates() != dates);
    apply->trigger();
    QCOMPARE(d->filter()->filter(), f);
    QCOMPARE(d->filter()->matchCount(), 2);
    QCOMPARE(chart->grouping(), TimelineGrouping::Source);
    QCOMPARE(chart->laneOrder(), TimelineLaneOrder::Name);
    QCOMPARE(chart->visibleDates(), dates);

    // As `dossier --view` does; a name it does not know changes nothing.
    d->filter()->clear();
    QVERIFY(window->applySavedView(QStringLiteral("the SUIT")));
    QCOMPARE(d->filter()->filter(), f);
    d->filter()->clear();
    QVERIFY(!window->applySavedView(QStringLiteral("nope")));
    QVERIFY(d->filter()->filter().isEmpty());
}

void TestSavedViews::replacingAsksFirst_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("replace") << true;
    QTest::newRow("cancel") << false;
}

void TestSavedViews::replacingAsksFirst()
{
    QFETCH(bool, replace);
    auto window = WindowFixture::openWindow(m_dataset);
    Dashboard *d = window->dashboard();
    d->filter()->setKinds({QStringLiteral("figure")});
    saveThroughDialog(*window, QStringLiteral("Mine"));
    d->filter()->setKinds({QStringLiteral("event")});
    bool asked = false;
    saveThroughDialog(*window, QStringLiteral("mine"), [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"Mine"_qs));
        asked = true;
        for (QAbstractButton *b : box->buttons())
            if ((box->buttonRole(b) == QMessageBox::AcceptRole) == replace)
                b->click();
    });
    QVERIFY(asked);
    QCOMPARE(window->savedViewsMenu()->actions().size(), 5); // save, |, the one view, |, manage
    d->filter()->clear();
    QVERIFY(window->applySavedView(QStringLiteral("Mine")));
    QCOMPARE(d->filter()->filter().kinds,
             QStringList{replace ? QStringLiteral("event") : QStringLiteral("figure")});
}

void TestSavedViews::deleteInManage()
{
    auto window = WindowFixture::openWindow(m_dataset);
    window->savedViewsMenu()->saveAs(QStringLiteral("One"));
    window->savedViewsMenu()->saveAs(QStringLiteral("Two"));
    QVERIFY(window->savedViewsMenu()->manageAction()->isEnabled());
    bool deleted = false;
    QTimer::singleShot(0, window.get(), [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>();
        QCOMPARE(list->count(), 2);
        QTest::keyClick(list, Qt::Key_Down); // Two
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == u"&Delete"_qs)
                QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        deleted = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    window->savedViewsMenu()->manageAction()->trigger();
    QVERIFY(deleted);
    QVERIFY(viewAction(*window, QStringLiteral("One")));
    QVERIFY(!viewAction(*window, QStringLiteral("Two")));
    QCOMPARE(SavedViews::names(SavedViews::load(QSettings())), QStringList{"One"});
}

void TestSavedViews::storedViewsRoundTrip()
{
    SavedView view;
    view.name = QStringLiteral("Everything");
    ClaimFilter f;
    f.sources = QStringList{"alpha", "gone"}; // an id another dataset had
    f.claimants = QStringList{"acme"};
    f.reportedAsFact = true;
    f.singleSource = ClaimFilter::Side::No;
    view.filter = FilterState::toVariantMap(f);
    view.mode = TimelineMode::Reported;
    view.grouping = TimelineGrouping::None;
    view.laneOrder = TimelineLaneOrder::FirstAppearance;
    view.from = QDate(2020, 1, 1);
    view.to = QDate(2021, 12, 31);
    {
        QSettings settings;
        SavedViews::store(settings, {view});
    }
    const QList<SavedView> loaded = SavedViews::load(QSettings());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded[0], view);
    const ClaimFilter back = FilterState::fromVariantMap(loaded[0].filter, m_dataset);
    QCOMPARE(back.sources, QStringList{"alpha"});
    QCOMPARE(back.claimants, QStringList{"acme"});
    QVERIFY(back.reportedAsFact);
    QCOMPARE(back.singleSource, ClaimFilter::Side::No);
}

QTEST_MAIN(TestSavedViews)
#include "tst_gui_savedviews.moc"
