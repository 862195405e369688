// Editing a claim in the window as a user does: F2 or a double-click opens the form, the date
// is typed, OK applies it; every view shows it; Edit ▸ Undo names the edit and takes it back,
// Redo applies it again. Delete asks, listing what refers to the claim, and Undo restores all.
#include "app/window/EditActions.h"
#include "app/window/MainWindow.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/editing/ActorRefsEditor.h"
#include "widgets/editing/ClaimEditDialog.h"
#include "widgets/editing/ClaimForm.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <functional>

namespace {

// Runs `act` on the modal dialog of type T once it is open (exec() blocks the test).
template <typename T> void whenOpen(std::function<void(T *)> act)
{
    QTimer::singleShot(0, [act] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        act(dialog);
    });
}

// The date the table shows for a claim, and what a table built afresh on the dataset shows.
// A window on the mini dataset whose edits are saved in a SQLite store in `dir`.
std::unique_ptr<MainWindow>
editableWindow(QTemporaryDir &dir, QString *path,
               DatasetStore::Provenance provenance = DatasetStore::Provenance::UserFile)
{
    const Dataset mini = TestSupport::miniDataset();
    *path = dir.filePath(QStringLiteral("case.sqlite"));
    {
        DatasetStore store;
        QString error;
        if (!store.open(*path, DatasetStore::Mode::ReadWrite, &error) ||
            !store.importDataset(mini, QStringLiteral("mini.json"), QStringLiteral("0"), &error,
                                 provenance))
            qFatal("%s", qPrintable(error));
    }
    auto window = WindowFixture::openWindow(mini);
    QString error;
    if (!window->session()->attachStore(*path, QStringLiteral("tester"), &error))
        qFatal("%s", qPrintable(error));
    return window;
}

// The dataset the store holds now.
Dataset stored(const QString &path)
{
    DatasetStore store;
    QString error;
    std::optional<Dataset> d;
    if (store.open(path, DatasetStore::Mode::ReadOnly, &error))
        d = store.load(&error);
    return d ? *d : Dataset();
}

QString shownDate(MainWindow &window, int claim)
{
    ClaimFilterProxy *proxy = window.dashboard()->claimTable()->filterProxy();
    return proxy->indexOfClaim(claim, ClaimTableModel::DateColumn).data().toString();
}

QString freshDate(const Dataset &data, int claim)
{
    ClaimTableModel fresh(data);
    return fresh.index(claim, ClaimTableModel::DateColumn).data().toString();
}

} // namespace

class TestEditing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    void editDateThenUndoRedo()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        Dashboard *d = window->dashboard();
        const Dataset &data = window->session()->dataset();
        const QByteArray original = DatasetJsonWriter::write(data);
        QAction *edit = window->findChild<QAction *>(QStringLiteral("editClaim"));
        QAction *undo = window->findChild<QAction *>(QStringLiteral("undo"));
        QAction *redo = window->findChild<QAction *>(QStringLiteral("redo"));
        QVERIFY(edit && undo && redo);
        QVERIFY(!edit->isEnabled()); // no claim yet
        const int claim = data.claimIndex(QStringLiteral("c2"));
        d->selection()->setCurrentClaim(claim);
        QVERIFY(edit->isEnabled());
        QVERIFY(!undo->isEnabled());

        whenOpen<ClaimEditDialog>([](ClaimEditDialog *dialog) {
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // nothing changed yet
            QLineEdit *date = dialog->form()->dateEdit();
            date->selectAll();
            QTest::keyClicks(date, QStringLiteral("2019-1"));
            // Half a date is refused, field by field, and OK with it.
            QTRY_VERIFY(dialog->problemsLabel()->isVisible());
            QVERIFY(dialog->problemsLabel()->text().startsWith(QStringLiteral("date: ")));
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(date, QStringLiteral("1"));
            QTRY_VERIFY(ok->isEnabled());
            QVERIFY(!dialog->problemsLabel()->isVisible());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        edit->trigger();
        QCOMPARE(data.claims[claim].date.toIsoString(), QStringLiteral("2019-11"));
        QCOMPARE(shownDate(*window, claim), freshDate(data, claim));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text().remove(u'&'), QStringLiteral("Undo Change date of c2"));
        // Saved at once, with who and what in the history.
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(data));
        {
            DatasetStore store;
            QString error;
            QVERIFY(store.open(path, DatasetStore::Mode::ReadOnly, &error));
            const auto history = store.changesSince(0, &error);
            QVERIFY2(history && history->size() == 1, qPrintable(error));
            QCOMPARE(history->first().user, QStringLiteral("tester"));
            QCOMPARE(history->first().change.description, QStringLiteral("Change date of c2"));
        }

        undo->trigger();
        QCOMPARE(DatasetJsonWriter::write(data), original);
        QCOMPARE(DatasetJsonWriter::write(stored(path)), original);
        QCOMPARE(shownDate(*window, claim), freshDate(data, claim));
        QCOMPARE(redo->text().remove(u'&'), QStringLiteral("Redo Change date of c2"));
        redo->trigger();
        QCOMPARE(data.claims[claim].date.toIsoString(), QStringLiteral("2019-11"));
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(data));
    }

    void doubleClickEditsActors()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        Dashboard *d = window->dashboard();
        const Dataset &data = window->session()->dataset();
        const int claim = data.claimIndex(QStringLiteral("c1"));
        const qsizetype actorsBefore = data.claims[claim].actors.size();
        ClaimTableView *table = d->claimTable();
        const QModelIndex cell =
            table->filterProxy()->indexOfClaim(claim, ClaimTableModel::StatementColumn);
        table->scrollTo(cell);
        whenOpen<ClaimEditDialog>([&data](ClaimEditDialog *dialog) {
            ActorRefsEditor *actors = dialog->form()->actorsEditor();
            QTest::mouseClick(actors->addButton(), Qt::LeftButton);
            QComboBox *who = actors->actorBox(actors->rowCount() - 1);
            // Typed by name, resolved to the actor's id.
            who->setEditText(data.actors.last().name);
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QTRY_VERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QSignalSpy doubleClicked(table, &QAbstractItemView::doubleClicked);
        // The first click makes the claim current (and every view follows), the double-click then
        // opens it, as a user's pair of clicks does.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QCOMPARE(doubleClicked.count(), 1);
        QCOMPARE(data.claims[claim].actors.size(), actorsBefore + 1);
        QCOMPARE(data.claims[claim].actors.last().actor, data.actors.last().id);
    }

    void deleteListsReferencesAndUndoRestores()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        Dashboard *d = window->dashboard();
        const Dataset &data = window->session()->dataset();
        const QByteArray original = DatasetJsonWriter::write(data);
        // A claim in a conflict: the question says so.
        int claim = -1;
        for (int c = 0; c < data.claims.size() && claim < 0; ++c)
            if (!data.conflictsOfClaim(c).isEmpty())
                claim = c;
        QVERIFY(claim >= 0);
        const QString id = data.claims[claim].id;
        d->selection()->setCurrentClaim(claim);
        QString asked;
        whenOpen<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        window->findChild<QAction *>(QStringLiteral("deleteClaim"))->trigger();
        QVERIFY2(asked.contains(QStringLiteral("conflict")), qPrintable(asked));
        QCOMPARE(data.claimIndex(id), -1);
        QCOMPARE(stored(path).claimIndex(id), -1);
        window->findChild<QAction *>(QStringLiteral("undo"))->trigger();
        QCOMPARE(DatasetJsonWriter::write(data), original);
        QVERIFY(window->dashboard()
                    ->claimTable()
                    ->filterProxy()
                    ->indexOfClaim(data.claimIndex(id))
                    .isValid());
    }

    void withoutADatabaseEditingIsOffAndSaysWhy()
    {
        auto window = WindowFixture::openWindow(TestSupport::miniDataset());
        window->dashboard()->selection()->setCurrentClaim(0);
        QAction *edit = window->findChild<QAction *>(QStringLiteral("editClaim"));
        QVERIFY(!edit->isEnabled());
        QVERIFY2(edit->statusTip().contains(QStringLiteral("No database")),
                 qPrintable(edit->statusTip()));
    }

    void bundledCopyIsKeptAndACopyIsEditable()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path, DatasetStore::Provenance::Bundled);
        window->dashboard()->selection()->setCurrentClaim(0);
        QAction *edit = window->findChild<QAction *>(QStringLiteral("editClaim"));
        QVERIFY(!edit->isEnabled());
        QVERIFY2(edit->statusTip().contains(QStringLiteral("Save Copy As")),
                 qPrintable(edit->statusTip()));
        QAction *saveCopy = window->findChild<QAction *>(QStringLiteral("saveCopy"));
        QVERIFY(saveCopy && saveCopy->isEnabled());
        auto *actions = window->findChild<EditActions *>();
        QSignalSpy open(window.get(), &MainWindow::openDatabaseRequested);
        const QString copy = dir.filePath(QStringLiteral("mine.sqlite"));
        QString error;
        QVERIFY2(actions->saveCopyTo(copy, &error), qPrintable(error));
        QCOMPARE(DatasetJsonWriter::write(stored(copy)),
                 DatasetJsonWriter::write(window->session()->dataset()));
        DatasetStore store;
        QVERIFY(store.open(copy, DatasetStore::Mode::ReadOnly, &error));
        QVERIFY(!store.holdsBundledCopy());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestEditing)
#include "tst_gui_editing.moc"
