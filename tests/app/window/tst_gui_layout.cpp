// The window on common screens: it fits, the filter bar wraps instead of overlapping, the
// claim table keeps its columns on screen, and Tab walks the views one stop each.
#include "app/window/MainWindow.h"
#include "app/window/WindowGeometry.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonReader.h"
#include "models/store/DatasetLoader.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "tests/app/window/WindowFixture.h"
#include "widgets/shell/Translations.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/ElidedLabel.h"
#include "widgets/views/FilterBar.h"
#include "widgets/views/FlowLayout.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QStyle>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <qcustomplot.h>

class TestLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunFitsTheScreen_data();
    void firstRunFitsTheScreen();
    void restoredGeometryIsClamped_data();
    void restoredGeometryIsClamped();
    void viewsFitTheWindow_data();
    void viewsFitTheWindow();
    void tabWalksTheViewsOneStopEach_data();
    void tabWalksTheViewsOneStopEach();
    void statementsWrapOnDemand();
    void statusTipsAreElidedBeforeTheLabels();

private:
    void screens();
    /// The window placed as on a first run on a screen whose available area is `available`.
    void fit(const QRect &available);

    QTemporaryDir m_settings;
    Dataset m_dataset;
    std::unique_ptr<MainWindow> m_window;
};

void TestLayout::initTestCase()
{
    WindowFixture::isolateSettings(m_settings);
    // The bundled dataset: its actor names and statements are what users see.
    DatasetJsonReader::Result read = DatasetJsonReader::read(DatasetLoader::bundledJson(), {});
    QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
    m_dataset = std::move(read.dataset);
}

void TestLayout::init()
{
    m_window = WindowFixture::openWindow(m_dataset);
    QVERIFY(m_window);
}

void TestLayout::cleanup()
{
    m_window.reset();
}

void TestLayout::screens()
{
    // The available area in device-independent pixels: at 200% a 1600×1000 screen is
    // 800×500, less a 32 px panel.
    QTest::addColumn<QRect>("available");
    QTest::addColumn<bool>("french");
    QTest::newRow("800x600") << QRect(0, 0, 800, 600) << false;
    QTest::newRow("1024x700") << QRect(0, 0, 1024, 700) << false;
    QTest::newRow("1366x768, panel") << QRect(0, 27, 1366, 741) << false;
    QTest::newRow("1600x1000") << QRect(0, 0, 1600, 1000) << false;
    QTest::newRow("1600x1000 at 200%, panel") << QRect(0, 16, 800, 484) << false;
    QTest::newRow("3840x2160") << QRect(0, 0, 3840, 2160) << false;
    QTest::newRow("French, 800x600") << QRect(0, 0, 800, 600) << true;
    QTest::newRow("French, 1366x768, panel") << QRect(0, 27, 1366, 741) << true;
}

void TestLayout::fit(const QRect &available)
{
    m_window->fitToScreen(available);
    QApplication::processEvents();
    QTest::qWait(20); // queued layout requests
}

void TestLayout::firstRunFitsTheScreen_data()
{
    screens();
}

void TestLayout::firstRunFitsTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(bool, french);
    Q_UNUSED(french); // the geometry does not depend on the words
    const QRect first = WindowGeometry::firstRun(available);
    QVERIFY(WindowGeometry::clientArea(available).contains(first));
    QVERIFY(first.width() <= WindowGeometry::LargestFirstSize.width());
    // The window can really be that small: its layout's minimum fits.
    fit(available);
    const QRect geometry = m_window->geometry();
    QVERIFY2(WindowGeometry::clientArea(available).contains(geometry),
             qPrintable(QStringLiteral("%1x%2 at %3,%4 (minimum %5x%6)")
                            .arg(geometry.width())
                            .arg(geometry.height())
                            .arg(geometry.x())
                            .arg(geometry.y())
                            .arg(m_window->minimumSizeHint().width())
                            .arg(m_window->minimumSizeHint().height())));
    QVERIFY(available.contains(m_window->frameGeometry()));
}

void TestLayout::restoredGeometryIsClamped_data()
{
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QRect>("available");
    QTest::newRow("from a larger screen") << QRect(100, 80, 1772, 1100) << QRect(0, 0, 1366, 768);
    QTest::newRow("off to the right") << QRect(1200, 100, 600, 400) << QRect(0, 0, 1366, 768);
    QTest::newRow("above the panel") << QRect(10, 0, 600, 400) << QRect(0, 27, 1366, 741);
    QTest::newRow("at 200%") << QRect(0, 0, 1600, 1000) << QRect(0, 16, 800, 484);
}

void TestLayout::restoredGeometryIsClamped()
{
    QFETCH(QRect, saved);
    QFETCH(QRect, available);
    const QRect out = WindowGeometry::clamped(saved, WindowGeometry::clientArea(available));
    QVERIFY(WindowGeometry::clientArea(available).contains(out));
    if (saved.size().boundedTo(available.size()) == saved.size())
        QCOMPARE(out.size(), saved.size()); // moved, not shrunk, when it fits
}

void TestLayout::viewsFitTheWindow_data()
{
    screens();
}

void TestLayout::viewsFitTheWindow()
{
    QFETCH(QRect, available);
    QFETCH(bool, french);
    QTranslator translator;
    if (french) { // a window in French, whose words are longer
        QVERIFY(translator.load(Translations::FrenchQm));
        QCoreApplication::installTranslator(&translator);
        m_window = WindowFixture::openWindow(m_dataset);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(m_window);
    }
    Dashboard *d = m_window->dashboard();
    // Chips for three actors and a long filter in words, as after a little use.
    d->filter()->setActors(
        {m_dataset.actors[0].id, m_dataset.actors[1].id, m_dataset.actors[2].id});
    d->filter()->setText(QStringLiteral("lawsuit"));
    fit(available);

    // No two controls of the filter bar intersect, and each lies within the bar.
    FilterBar *bar = d->filterBar();
    QList<QWidget *> controls;
    for (QWidget *w : bar->findChildren<QWidget *>())
        if (w->isVisibleTo(m_window.get()) &&
            (qobject_cast<QLabel *>(w) || qobject_cast<QLineEdit *>(w) ||
             qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
             qobject_cast<QAbstractButton *>(w)) &&
            !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) &&
            !qobject_cast<QComboBox *>(w->parentWidget()) &&
            !qobject_cast<QLineEdit *>(w->parentWidget()))
            controls << w;
    QVERIFY(controls.size() >= 22); // with the three chips and the labelled choices
    const auto rectOf = [bar](QWidget *w) { return QRect(w->mapTo(bar, QPoint()), w->size()); };
    for (int i = 0; i < controls.size(); ++i) {
        const QRect a = rectOf(controls[i]);
        QVERIFY2(bar->rect().contains(a), qPrintable(controls[i]->metaObject()->className()));
        for (int j = i + 1; j < controls.size(); ++j)
            QVERIFY2(
                !a.intersects(rectOf(controls[j])),
                qPrintable(QStringLiteral("%1 over %2")
                               .arg(QString::fromLatin1(controls[i]->metaObject()->className()),
                                    QString::fromLatin1(controls[j]->metaObject()->className()))));
        // A label shows its whole text, or elides with the text in its tooltip.
        if (auto *label = qobject_cast<QLabel *>(controls[i]); label) {
            if (auto *elided = qobject_cast<ElidedLabel *>(label))
                QVERIFY(elided->displayedText() == elided->text() || !elided->toolTip().isEmpty());
            else
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
    }

    // The choices show what they hold whole ("All sources", "anyone", "several").
    for (QWidget *choice :
         QList<QWidget *>{bar->sourcesButton(), bar->kindsButton(), bar->conflictBox(),
                          bar->sourcingBox(), bar->claimantsButton()})
        QVERIFY2(choice->width() >= choice->sizeHint().width(),
                 qPrintable(choice->accessibleName()));
    QVERIFY(controls.contains(bar->claimantsButton()) && controls.contains(bar->sourcingBox()));
    // A list button's text ends before the menu arrow drawn in its corner ("n'importe qu⌄").
    for (QAbstractButton *button : QList<QAbstractButton *>{
             bar->sourcesButton(), bar->kindsButton(), bar->claimantsButton()}) {
        const int arrow =
            button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        const int text = button->fontMetrics().horizontalAdvance(button->text());
        QVERIFY2(text + arrow + 8 <= button->width(),
                 qPrintable(QStringLiteral("%1: %2 px of text and %3 of arrow in %4")
                                .arg(button->text())
                                .arg(text)
                                .arg(arrow)
                                .arg(button->width())));
    }

    // Every column of the claim table is on screen, and the statement has its share.
    ClaimTableView *table = d->claimTable();
    QHeaderView *header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    for (int column = 0; column < header->count(); ++column)
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= viewport,
                 qPrintable(
                     QStringLiteral("column %1 ends at %2 of %3")
                         .arg(column)
                         .arg(header->sectionViewportPosition(column) + header->sectionSize(column))
                         .arg(viewport)));
    QVERIFY(header->sectionSize(ClaimTableModel::StatementColumn) >=
            int(viewport * ClaimTableView::StatementShare) - 1);
    if (available.width() >= 1366) // and from a laptop's width, whole headers and kinds
        for (int column = 0; column < header->count(); ++column)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(header->model()->headerData(column, Qt::Horizontal).toString()));

    // The actor names and their counts are in sight when the actors are.
    ActorListView *actors = d->actorList();
    if (actors->isVisible()) {
        QHeaderView *names = actors->horizontalHeader();
        for (int column : {int(ActorTableModel::NameColumn), int(ActorTableModel::ClaimsColumn)}) {
            QVERIFY(names->sectionViewportPosition(column) + names->sectionSize(column) <=
                    actors->viewport()->width());
            QVERIFY2(names->sectionSize(column) >= names->sectionSizeHint(column),
                     qPrintable(names->model()->headerData(column, Qt::Horizontal).toString()));
        }
        if (available.width() >= 1600) // wide enough for every name whole
            for (int row = 0; row < actors->model()->rowCount(); ++row) {
                const QModelIndex index = actors->model()->index(row, ActorTableModel::NameColumn);
                if (index.data().toString().size() <= 24)
                    QVERIFY2(actors->sizeHintForIndex(index).width() <=
                                 names->sectionSize(ActorTableModel::NameColumn),
                             qPrintable(index.data().toString()));
            }
    }

    // The status bar's labels share it without overlapping.
    const QList<ElidedLabel *> status = m_window->statusBar()->findChildren<ElidedLabel *>();
    QCOMPARE(status.size(), 2);
    const QRect first(status[0]->mapTo(m_window.get(), QPoint()), status[0]->size());
    const QRect second(status[1]->mapTo(m_window.get(), QPoint()), status[1]->size());
    QVERIFY(!first.intersects(second));
    QVERIFY(m_window->rect().contains(first) && m_window->rect().contains(second));
}

void TestLayout::tabWalksTheViewsOneStopEach_data()
{
    QTest::addColumn<QRect>("available");
    QTest::newRow("800x600, docks stacked") << QRect(0, 0, 800, 600);
    QTest::newRow("1600x1000, docks apart") << QRect(0, 0, 1600, 1000);
}

void TestLayout::tabWalksTheViewsOneStopEach()
{
    QFETCH(QRect, available);
    fit(available);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    Dashboard *d = m_window->dashboard();
    FilterBar *bar = d->filterBar();
    QList<QWidget *> expected = {bar->actorEdit(),     bar->fromYearBox(),     bar->toYearBox(),
                                 bar->sourcesButton(), bar->kindsButton(),     bar->conflictBox(),
                                 bar->sourcingBox(),   bar->claimantsButton(), bar->keyOnlyBox(),
                                 bar->tagsButton(),    bar->searchEdit()};
    // The chart's own controls before its plot, as they read; of the two "plotted by" buttons,
    // Tab stops at the checked one and the arrows move between them, as in a radio group.
    for (QWidget *control : d->chart()->headerControls()) {
        const auto *button = qobject_cast<QAbstractButton *>(control);
        if (control->isVisibleTo(m_window.get()) && (control->focusPolicy() & Qt::TabFocus) &&
            (!button || button->isChecked()))
            expected << control;
    }
    QCOMPARE(expected.size(), 14);
    expected << d->chart()->plot() << d->claimTable() << d->actorList()
             << d->citationPanel()->browser() << d->citationPanel()->showInArticleButton();
    d->selection()->setSelectedClaims({0}, 0); // Show in Article takes focus when enabled
    QVERIFY(d->citationPanel()->showInArticleButton()->isEnabled());
    bar->actorEdit()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), bar->actorEdit());
    const auto walk = [&](Qt::KeyboardModifiers modifiers) {
        QList<QWidget *> stops{QApplication::focusWidget()};
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
            if (QApplication::focusWidget() == stops.first())
                break;
            stops << QApplication::focusWidget();
        }
        return stops;
    };
    const QList<QWidget *> forward = walk(Qt::NoModifier);
    // The overview's and the citations' links are stops of their own: the bound is loose.
    QVERIFY2(forward.size() < 44, qPrintable(QString::number(forward.size())));
    int last = -1;
    for (QWidget *part : expected) {
        // Reached; a table is one stop (the citations may stop at each of their links).
        if (qobject_cast<QAbstractItemView *>(part))
            QCOMPARE(forward.count(part), 1);
        else
            QVERIFY2(forward.contains(part), qPrintable(part->metaObject()->className()));
        const int at = int(forward.indexOf(part));
        QVERIFY2(at > last, qPrintable(QString::fromLatin1(part->metaObject()->className())));
        last = at;
    }
    // Shift+Tab walks the same stops backwards.
    QList<QWidget *> backward = walk(Qt::ShiftModifier);
    std::reverse(backward.begin() + 1, backward.end());
    QCOMPARE(backward, forward);
}

QTEST_MAIN(TestLayout)
#include "tst_gui_layout.moc"

// View ▸ Wrap Statements: two lines a row, the words wrapped; remembered for the next window.
void TestLayout::statementsWrapOnDemand()
{
    fit(QRect(0, 0, 1366, 736));
    ClaimTableView *table = m_window->dashboard()->claimTable();
    QAction *wrap = m_window->findChild<QAction *>(QStringLiteral("wrapStatements"));
    QVERIFY(wrap);
    QVERIFY(!wrap->isChecked());
    const int oneLine = table->rowHeight(0);
    QVERIFY(!table->wordWrap());
    QVERIFY(oneLine < 2 * table->fontMetrics().height());
    wrap->trigger();
    QCOMPARE(table->statementLines(), 2);
    QVERIFY(table->wordWrap());
    QVERIFY2(table->rowHeight(0) >= 2 * table->fontMetrics().height(),
             qPrintable(QString::number(table->rowHeight(0))));
    QVERIFY(table->rowHeight(table->model()->rowCount() - 1) == table->rowHeight(0));
    // A statement longer than its column shows its second line: the painted row differs from
    // the same row painted on one line in its lower half.
    const QModelIndex statement = table->model()->index(0, ClaimTableModel::StatementColumn);
    const QString text = statement.data().toString();
    QVERIFY(table->fontMetrics().horizontalAdvance(text) > table->columnWidth(statement.column()));
    const QRect cell = table->visualRect(statement);
    const QImage lowest = table->viewport()
                              ->grab(QRect(cell.left(), cell.bottom() - cell.height() / 4,
                                           cell.width(), cell.height() / 4))
                              .toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < lowest.height(); ++y)
        for (int x = 0; x < lowest.width(); ++x)
            colours.insert(lowest.pixel(x, y));
    QVERIFY2(colours.size() > 3, "no second line drawn in the statement's cell");
    m_window->close(); // saves the settings
    m_window.reset();
    m_window = WindowFixture::openWindow(m_dataset);
    QVERIFY(m_window);
    QCOMPARE(m_window->dashboard()->claimTable()->statementLines(), 2);
    m_window->findChild<QAction *>(QStringLiteral("wrapStatements"))->trigger();
    QCOMPARE(m_window->dashboard()->claimTable()->statementLines(), 1);
}

// A long status tip (the timeline's hint) is elided before the corpus label, not cut under it.
void TestLayout::statusTipsAreElidedBeforeTheLabels()
{
    fit(QRect(0, 0, 800, 568));
    QStatusBar *bar = m_window->statusBar();
    const QString tip = QStringLiteral("Wheel: zoom the dates · ").repeated(12);
    QStatusTipEvent event(tip);
    QApplication::sendEvent(m_window.get(), &event);
    const QString shown = bar->currentMessage();
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QVERIFY(tip.startsWith(shown.chopped(1)));
    // The labels on the right (access, corpus) stay whole: the tip ends before the first.
    int labels = bar->width();
    for (const auto *label : bar->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        if (label->isVisible() && label->x() > bar->width() / 2)
            labels = std::min(labels, label->x());
    QVERIFY(labels < bar->width());
    QVERIFY2(bar->fontMetrics().horizontalAdvance(shown) < labels,
             qPrintable(QStringLiteral("%1 px of text, the first label at %2")
                            .arg(bar->fontMetrics().horizontalAdvance(shown))
                            .arg(labels)));
    // A short tip is shown whole.
    QStatusTipEvent shortTip(QStringLiteral("Zoom"));
    QApplication::sendEvent(m_window.get(), &shortTip);
    QCOMPARE(bar->currentMessage(), QStringLiteral("Zoom"));
}
