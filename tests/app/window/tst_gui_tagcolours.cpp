// Tag colours chosen by hand (issue 21): Edit ▸ Tag Colours… lists every tag with its colour;
// Change… asks a colour picker (replaced here by one that answers at once), Reset gives the
// default back, OK saves what changed as one undo step. The inspector's chips and the filter
// bar's tag list follow, the store keeps it, Undo restores it; a chip's context menu opens the
// dialog on its tag.
#include "app/window/MainWindow.h"
#include "models/filter/SelectionState.h"
#include "models/markup/Markup.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/inspector/ClaimInspector.h"
#include "widgets/inspector/ClaimMarkupPanel.h"
#include "widgets/inspector/InspectorDock.h"
#include "widgets/inspector/TagColoursDialog.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

namespace {

template <typename T> void whenOpen(std::function<void(T *)> act)
{
    QTimer::singleShot(0, [act] {
        T *dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&dialog] { return (dialog = qobject_cast<T *>(QApplication::activeModalWidget())); });
        if (!opened) {
            // Another dialog came: closed, so that the test reports instead of waiting on it.
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            QFAIL("The dialog expected did not open");
        }
        QPointer<T> open(dialog);
        act(dialog);
        // A check that failed in `act` left it open: closed, so the test goes on to report it.
        if (open && open->isVisible())
            open->reject();
    });
}

QString importedStore(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("case.sqlite"));
    DatasetStore store;
    QString error;
    if (!store.open(path, DatasetStore::Mode::ReadWrite, &error) ||
        !store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini.json"),
                             QStringLiteral("0"), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

std::unique_ptr<MainWindow> windowOn(const QString &path)
{
    auto window = WindowFixture::openWindow(TestSupport::miniDataset());
    QString error;
    if (!window->session()->attachStore(path, QStringLiteral("tester"), &error))
        qFatal("%s", qPrintable(error));
    return window;
}

Markup stored(const QString &path)
{
    DatasetStore store;
    QString error;
    std::optional<Markup> markup;
    if (store.open(path, DatasetStore::Mode::ReadOnly, &error))
        markup = store.loadMarkup(&error);
    return markup ? *markup : Markup();
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

/// Tags claim `id` with `tag` through Edit ▸ Tag Claims….
void tag(MainWindow &window, const QString &id, const QString &tag)
{
    window.dashboard()->selection()->setCurrentClaim(window.session()->dataset().claimIndex(id));
    whenOpen<QInputDialog>([tag](QInputDialog *dialog) {
        dialog->setTextValue(tag);
        dialog->accept();
    });
    action(window, "tagClaims")->trigger();
}

/// The colour the filter bar's tag list shows `tag` in: its swatch's.
QString filterColour(MainWindow &window, const QString &tag)
{
    for (QAction *choice : window.dashboard()->filterBar()->tagsButton()->list()->actions())
        if (choice->data().toString() == tag && !choice->icon().isNull())
            return choice->icon().pixmap(12, 12).toImage().pixelColor(6, 6).name();
    return {};
}

ClaimMarkupPanel *markupPanel(MainWindow &window)
{
    auto *dock = window.findChild<InspectorDock *>();
    if (!dock->isVisible())
        dock->toggleViewAction()->trigger();
    return dock->inspector()->findChild<ClaimMarkupPanel *>();
}

/// The inspector's chip for `tag` (of the current claim), null when none.
QLabel *chip(MainWindow &window, const QString &tag)
{
    for (QLabel *label : markupPanel(window)->tagLabels())
        if (label->text() == tag)
            return label;
    return nullptr;
}

/// The colour a chip is filled with, read from its style sheet.
QString chipColour(QLabel *chip)
{
    const QString sheet = chip ? chip->styleSheet() : QString();
    const int at = sheet.indexOf(QStringLiteral("background: "));
    return at < 0 ? QString() : sheet.mid(at + 12, 7);
}

/// Selects `tag` in the dialog's list.
void select(TagColoursDialog *dialog, const QString &tag)
{
    QListWidget *list = dialog->list();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == tag)
            list->setCurrentRow(row);
}

void clickOk(TagColoursDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// With DOSSIER_SHOTS set, saves a picture of `widget` there, to look at.
void shoot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("DOSSIER_SHOTS");
    if (shots.isEmpty())
        return;
    QApplication::processEvents(); // the layout settles before it is drawn
    widget->grab().save(QDir(shots).filePath(name));
}

const QString Funding = QStringLiteral("funding");
const QString Land = QStringLiteral("Land");

} // namespace

class TestGuiTagColours final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    // Without a tag there is nothing to colour: the action says so.
    void disabledWithoutTags()
    {
        QTemporaryDir dir;
        auto window = windowOn(importedStore(dir));
        QAction *colours = action(*window, "tagColours");
        QVERIFY(colours);
        QVERIFY(!colours->isEnabled());
        QCOMPARE(colours->statusTip(), QStringLiteral("No claim is tagged yet"));
        tag(*window, QStringLiteral("c1"), Funding);
        QVERIFY(colours->isEnabled());
        window->session()->undoStack()->undo();
        QVERIFY(!colours->isEnabled());

        // No database: markup cannot be kept, and the tip says why.
        auto bare = WindowFixture::openWindow(TestSupport::miniDataset());
        QVERIFY(!action(*bare, "tagColours")->isEnabled());
        QVERIFY(action(*bare, "tagColours")->statusTip().contains(QStringLiteral("No database")));
    }

    void changeUndoResetReopen()
    {
        QTemporaryDir dir;
        const QString path = importedStore(dir);
        const QString defaultColour = MarkupTags::defaultColour(Funding);
        {
            auto window = windowOn(path);
            tag(*window, QStringLiteral("c3"), Land);
            tag(*window, QStringLiteral("c2"), Funding);
            QCOMPARE(chipColour(chip(*window, Funding)), defaultColour);
            QCOMPARE(filterColour(*window, Funding), defaultColour);
            QUndoStack *stack = window->session()->undoStack();
            const int steps = stack->count();

            // Change… on "funding": the picker starts from the colour shown.
            QColor offered;
            whenOpen<TagColoursDialog>([&](TagColoursDialog *dialog) {
                QCOMPARE(dialog->list()->count(), 2);
                QCOMPARE(dialog->list()->item(0)->data(Qt::UserRole).toString(), Funding);
                QCOMPARE(dialog->list()->item(1)->text(), Land);
                dialog->setPicker([&offered](const QColor &initial, QWidget *) {
                    offered = initial;
                    return QColor(0x12, 0x34, 0x56);
                });
                select(dialog, Funding);
                QVERIFY(!dialog->resetButton()->isEnabled()); // no colour of its own yet
                QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
                QVERIFY(dialog->resetButton()->isEnabled());
                shoot(dialog, QStringLiteral("tag-colours.png"));
                clickOk(dialog);
            });
            action(*window, "tagColours")->trigger();
            QCOMPARE(offered.name(), defaultColour);
            QCOMPARE(stored(path).colourOf(Funding), QStringLiteral("#123456"));
            QCOMPARE(chipColour(chip(*window, Funding)), QStringLiteral("#123456"));
            QCOMPARE(filterColour(*window, Funding), QStringLiteral("#123456"));
            QCOMPARE(stack->count(), steps + 1);
            QCOMPARE(stack->undoText(), QStringLiteral("Change colour of tag “funding”"));

            // Undo: the default again, everywhere.
            stack->undo();
            QVERIFY(stored(path).colourOf(Funding).isEmpty());
            QCOMPARE(chipColour(chip(*window, Funding)), defaultColour);
            QCOMPARE(filterColour(*window, Funding), defaultColour);
            stack->redo();
            QCOMPARE(chipColour(chip(*window, Funding)), QStringLiteral("#123456"));

            // Both tags in one go: one undo step. Cancelled, nothing is written.
            whenOpen<TagColoursDialog>([](TagColoursDialog *dialog) {
                dialog->setPicker([](const QColor &, QWidget *) { return QColor(Qt::red); });
                select(dialog, Land);
                dialog->changeSelected();
                dialog->reject();
            });
            action(*window, "tagColours")->trigger();
            QVERIFY(stored(path).colourOf(Land).isEmpty());
            QCOMPARE(stack->count(), steps + 1);
            whenOpen<TagColoursDialog>([](TagColoursDialog *dialog) {
                dialog->setPicker([](const QColor &, QWidget *) { return QColor(Qt::red); });
                select(dialog, Land);
                dialog->changeSelected();
                select(dialog, Funding);
                dialog->changeSelected();
                clickOk(dialog);
            });
            action(*window, "tagColours")->trigger();
            QCOMPARE(stack->count(), steps + 2);
            QCOMPARE(stack->undoText(), QStringLiteral("Change colours of 2 tags"));
            QCOMPARE(stored(path).colourOf(Land), QStringLiteral("#ff0000"));
            QCOMPARE(stored(path).colourOf(Funding), QStringLiteral("#ff0000"));
            stack->undo();
            QVERIFY(stored(path).colourOf(Land).isEmpty());
            QCOMPARE(stored(path).colourOf(Funding), QStringLiteral("#123456"));
        }
        // Opened again: the colour is the database's.
        auto again = windowOn(path);
        again->dashboard()->selection()->setCurrentClaim(
            again->session()->dataset().claimIndex(QStringLiteral("c2")));
        QCOMPARE(chipColour(chip(*again, Funding)), QStringLiteral("#123456"));
        QCOMPARE(filterColour(*again, Funding), QStringLiteral("#123456"));

        // Reset: the colour given is taken away, the default shown.
        whenOpen<TagColoursDialog>([](TagColoursDialog *dialog) {
            select(dialog, Funding);
            QTest::mouseClick(dialog->resetButton(), Qt::LeftButton);
            QVERIFY(!dialog->resetButton()->isEnabled());
            clickOk(dialog);
        });
        action(*again, "tagColours")->trigger();
        QVERIFY(stored(path).colourOf(Funding).isEmpty());
        QCOMPARE(stored(path).shownColour(Funding), defaultColour);
        QCOMPARE(chipColour(chip(*again, Funding)), defaultColour);
        QCOMPARE(filterColour(*again, Funding), defaultColour);
        again->session()->undoStack()->undo();
        QCOMPARE(stored(path).colourOf(Funding), QStringLiteral("#123456"));
    }

    // A chip's context menu: Change Colour… opens the dialog on that tag, not the first one.
    void chipContextMenu()
    {
        QTemporaryDir dir;
        const QString path = importedStore(dir);
        auto window = windowOn(path);
        window->show();
        tag(*window, QStringLiteral("c2"), Funding);
        tag(*window, QStringLiteral("c2"), Land);
        QLabel *land = chip(*window, Land);
        QVERIFY(land);
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(2, 2),
                                land->mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(land, &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QAction *change = menu->findChild<QAction *>(QStringLiteral("changeTagColour"));
        QVERIFY(change);
        QVERIFY(change->isEnabled());
        QString selected;
        whenOpen<TagColoursDialog>([&selected](TagColoursDialog *dialog) {
            selected = dialog->list()->currentItem()->data(Qt::UserRole).toString();
            dialog->setPicker([](const QColor &, QWidget *) { return QColor(Qt::blue); });
            dialog->changeSelected();
            clickOk(dialog);
        });
        menu->close();
        change->trigger();
        QCOMPARE(selected, Land);
        QCOMPARE(stored(path).colourOf(Land), QStringLiteral("#0000ff"));
        QVERIFY(stored(path).colourOf(Funding).isEmpty());
        QCOMPARE(chipColour(chip(*window, Land)), QStringLiteral("#0000ff"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestGuiTagColours)
#include "tst_gui_tagcolours.moc"
