// Editing from the citation panel (issue 21): its context menu (a right click, or Shift+F10 on
// the keyboard) offers Edit Claim…, Edit Source <label>… for each source the claim cites and
// Edit Actor <name>… for each actor it names. Each opens the window's own form on that record,
// without the chooser of Edit ▸ Edit Source…; the panel shows the edit, and Undo takes it back.
// A dossier that cannot be edited disables the entries and says why.
#include "app/window/MainWindow.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/editing/ActorEditDialog.h"
#include "widgets/editing/ClaimEditDialog.h"
#include "widgets/editing/SourceEditDialog.h"
#include "widgets/editing/SourceForm.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTextBrowser>
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

std::unique_ptr<MainWindow> editableWindow(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("case.sqlite"));
    {
        DatasetStore store;
        QString error;
        if (!store.open(path, DatasetStore::Mode::ReadWrite, &error) ||
            !store.importDataset(TestSupport::miniDataset(), QStringLiteral("case.json"),
                                 QStringLiteral("0"), &error))
            qFatal("%s", qPrintable(error));
    }
    auto window = WindowFixture::openWindow(TestSupport::miniDataset());
    QString error;
    if (!window->session()->attachStore(path, QStringLiteral("tester"), &error))
        qFatal("%s", qPrintable(error));
    window->show();
    return window;
}

/// The menu open now, as a popup; null when none opens.
QMenu *openMenu()
{
    QMenu *menu = nullptr;
    [&menu] { QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))); }();
    return menu;
}

/// Right-clicks the panel's text, as the platform delivers it: a context menu event.
QMenu *rightClick(CitationPanel *panel)
{
    QWidget *viewport = panel->browser()->viewport();
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10),
                            viewport->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(viewport, &event);
    return openMenu();
}

/// The entries to edit with, by object name (the browser's own are "edit-copy" and the like).
QStringList editEntries(QMenu *menu)
{
    QStringList names;
    for (QAction *a : menu->actions())
        if (a->objectName().startsWith(QStringLiteral("edit")) &&
            !a->objectName().startsWith(QStringLiteral("edit-")))
            names.append(a->objectName());
    return names;
}

/// Closes `menu` and triggers its entry `name`, as a click on it does.
void pick(QMenu *menu, const QString &name)
{
    QAction *entry = menu->findChild<QAction *>(name);
    QVERIFY2(entry, qPrintable(name));
    QVERIFY(entry->isEnabled());
    menu->close();
    entry->trigger();
}

// With DOSSIER_SHOTS set, saves a picture of the screen there (the window and the menu over
// it: a popup is a window of its own), to look at. Needs a real display (xvfb-run).
void shootScreen(const QString &name)
{
    const QString shots = qEnvironmentVariable("DOSSIER_SHOTS");
    if (shots.isEmpty())
        return;
    QTest::qWait(200); // the menu drawn
    QGuiApplication::primaryScreen()->grabWindow(0).save(QDir(shots).filePath(name));
}

QString shown(CitationPanel *panel)
{
    return panel->browser()->toPlainText();
}

} // namespace

class TestGuiCitationEdits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    // c4 cites "beta" and names Acme and Banque Zeta: an entry for each.
    void menuNamesTheClaimsRecords()
    {
        QTemporaryDir dir;
        auto window = editableWindow(dir);
        CitationPanel *panel = window->dashboard()->citationPanel();
        const Dataset &data = window->session()->dataset();
        window->dashboard()->selection()->setCurrentClaim(data.claimIndex(QStringLiteral("c4")));
        QMenu *menu = rightClick(panel);
        QVERIFY(menu);
        QCOMPARE(editEntries(menu),
                 (QStringList{QStringLiteral("editClaim"), QStringLiteral("editSource:beta"),
                              QStringLiteral("editActor:acme"),
                              QStringLiteral("editActor:banque-zeta")}));
        QCOMPARE(menu->findChild<QAction *>(QStringLiteral("editSource:beta"))->text(),
                 QStringLiteral("Edit Source Gazette Exemple, 2024…"));
        QCOMPARE(menu->findChild<QAction *>(QStringLiteral("editActor:banque-zeta"))->text(),
                 QStringLiteral("Edit Actor Banque Zeta…"));
        // The browser's own entries stay (copy, select all).
        QVERIFY(menu->actions().size() > 4);
        shootScreen(QStringLiteral("citation-panel-menu.png"));
        menu->close();

        // c2's claimant is among its actors: named once.
        window->dashboard()->selection()->setCurrentClaim(data.claimIndex(QStringLiteral("c2")));
        menu = rightClick(panel);
        QCOMPARE(editEntries(menu),
                 (QStringList{QStringLiteral("editClaim"), QStringLiteral("editSource:alpha"),
                              QStringLiteral("editActor:jeanne-dupont"),
                              QStringLiteral("editActor:acme")}));
        menu->close();
    }

    // The source entry opens the source form on that source, no chooser first; OK changes
    // what the panel shows, Undo changes it back.
    void editSourceFromThePanel()
    {
        QTemporaryDir dir;
        auto window = editableWindow(dir);
        CitationPanel *panel = window->dashboard()->citationPanel();
        const Dataset &data = window->session()->dataset();
        window->dashboard()->selection()->setCurrentClaim(data.claimIndex(QStringLiteral("c4")));
        const QString oldTitle = QStringLiteral("Acme lève des fonds");
        QVERIFY(shown(panel).contains(oldTitle));

        QString opened;
        whenOpen<SourceEditDialog>([&opened](SourceEditDialog *dialog) {
            opened = dialog->source().id;
            auto *title = qobject_cast<QLineEdit *>(dialog->form()->field(QStringLiteral("title")));
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Acme raises funds"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        pick(rightClick(panel), QStringLiteral("editSource:beta"));
        QCOMPARE(opened, QStringLiteral("beta"));
        QVERIFY2(shown(panel).contains(QStringLiteral("Acme raises funds")),
                 qPrintable(shown(panel)));
        QVERIFY(!shown(panel).contains(oldTitle));

        window->session()->undoStack()->undo();
        QVERIFY(shown(panel).contains(oldTitle));
        QVERIFY(!shown(panel).contains(QStringLiteral("Acme raises funds")));
    }

    // The keyboard's way to the menu: Shift+F10 on the panel's text. An actor edited from it.
    void editActorFromTheKeyboard()
    {
        QTemporaryDir dir;
        auto window = editableWindow(dir);
        CitationPanel *panel = window->dashboard()->citationPanel();
        const Dataset &data = window->session()->dataset();
        window->dashboard()->selection()->setCurrentClaim(data.claimIndex(QStringLiteral("c4")));
        // A shortcut: it needs the window active, as it is when someone types.
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        panel->browser()->setFocus();
        QTest::keyClick(panel->browser(), Qt::Key_F10, Qt::ShiftModifier);
        QMenu *menu = openMenu();
        QVERIFY(menu);
        whenOpen<ActorEditDialog>([](ActorEditDialog *dialog) {
            QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Banque Zeta"));
            dialog->nameEdit()->selectAll();
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Banque Zeta SA"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        pick(menu, QStringLiteral("editActor:banque-zeta"));
        QVERIFY2(shown(panel).contains(QStringLiteral("Banque Zeta SA")), qPrintable(shown(panel)));
        window->session()->undoStack()->undo();
        QVERIFY(!shown(panel).contains(QStringLiteral("Banque Zeta SA")));
        QVERIFY(shown(panel).contains(QStringLiteral("Banque Zeta")));
    }

    // Edit Claim… opens the claim form on the claim shown.
    void editClaimFromThePanel()
    {
        QTemporaryDir dir;
        auto window = editableWindow(dir);
        CitationPanel *panel = window->dashboard()->citationPanel();
        const Dataset &data = window->session()->dataset();
        window->dashboard()->selection()->setCurrentClaim(data.claimIndex(QStringLiteral("c3")));
        bool opened = false;
        whenOpen<ClaimEditDialog>([&opened](ClaimEditDialog *dialog) {
            opened = true;
            dialog->reject();
        });
        pick(rightClick(panel), QStringLiteral("editClaim"));
        QVERIFY(opened);
    }

    // A dossier that cannot be edited: the entries are there, disabled, with the reason.
    void readOnlyDisablesWithTheReason()
    {
        QTemporaryDir dir;
        auto window = editableWindow(dir);
        CitationPanel *panel = window->dashboard()->citationPanel();
        window->dashboard()->selection()->setCurrentClaim(0);
        const QString why = QStringLiteral("The server cannot be reached");
        window->session()->setReadOnlyReason(why);
        QMenu *menu = rightClick(panel);
        QVERIFY(!editEntries(menu).isEmpty());
        for (const QString &name : editEntries(menu)) {
            QAction *entry = menu->findChild<QAction *>(name);
            QVERIFY2(!entry->isEnabled(), qPrintable(name));
            QVERIFY(entry->toolTip().contains(why));
        }
        menu->close();
        window->session()->setReadOnlyReason(QString());
        menu = rightClick(panel);
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("editClaim"))->isEnabled());
        menu->close();

        // No database at all: read only, said the same way.
        auto bare = WindowFixture::openWindow(TestSupport::miniDataset());
        bare->show();
        bare->dashboard()->selection()->setCurrentClaim(0);
        menu = rightClick(bare->dashboard()->citationPanel());
        QAction *entry = menu->findChild<QAction *>(QStringLiteral("editClaim"));
        QVERIFY(!entry->isEnabled());
        QCOMPARE(entry->statusTip(), bare->session()->readOnlyReason());
        menu->close();
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestGuiCitationEdits)
#include "tst_gui_citationedits.moc"
