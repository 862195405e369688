// The inspector dock, Merge Actors… and Record Conflict…, driven as a user does, on a window
// whose edits are saved in a real SQLite store: the inspector shows the current claim and the
// history the store recorded (an undo is a change written like any other, so it adds a row);
// a merge rewrites every reference, undoes byte for byte and is what the store holds; a
// conflict recorded from two selected claims appears in the conflicts view.
#include "app/window/MainWindow.h"
#include "models/dossier/ChangeDescription.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "models/viewmodels/ConflictTableModel.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/inspector/ActorMergeDialog.h"
#include "widgets/inspector/ClaimInspector.h"
#include "widgets/inspector/ConflictDialog.h"
#include "widgets/inspector/InspectorDock.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <functional>

namespace {

template <typename T> void whenOpen(std::function<void(T *)> act)
{
    QTimer::singleShot(0, [act] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        act(dialog);
    });
}

std::unique_ptr<MainWindow> editableWindow(QTemporaryDir &dir, QString *path)
{
    const Dataset mini = TestSupport::miniDataset();
    *path = dir.filePath(QStringLiteral("case.sqlite"));
    {
        DatasetStore store;
        QString error;
        if (!store.open(*path, DatasetStore::Mode::ReadWrite, &error) ||
            !store.importDataset(mini, QStringLiteral("mini.json"), QStringLiteral("0"), &error))
            qFatal("%s", qPrintable(error));
    }
    auto window = WindowFixture::openWindow(mini);
    QString error;
    if (!window->session()->attachStore(*path, QStringLiteral("tester"), &error))
        qFatal("%s", qPrintable(error));
    return window;
}

Dataset stored(const QString &path)
{
    DatasetStore store;
    QString error;
    std::optional<Dataset> d;
    if (store.open(path, DatasetStore::Mode::ReadOnly, &error))
        d = store.load(&error);
    return d ? *d : Dataset();
}

ClaimInspector *shownInspector(MainWindow &window)
{
    auto *dock = window.findChild<InspectorDock *>();
    if (!dock)
        return nullptr;
    dock->toggleViewAction()->trigger();
    return dock->isVisible() ? dock->inspector() : nullptr;
}

} // namespace

class TestInspector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    void showsFieldsAndHistory()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        ClaimInspector *inspector = shownInspector(*window);
        QVERIFY(inspector);
        DossierSession *session = window->session();
        const Dataset &data = session->dataset();
        const int claim = data.claimIndex(QStringLiteral("c2"));
        window->dashboard()->selection()->setCurrentClaim(claim);
        QVERIFY(inspector->fields()->text().contains(data.claims[claim].statement));
        QVERIFY(inspector->editButton()->isEnabled());
        QCOMPARE(inspector->history()->topLevelItemCount(), 0);
        QVERIFY(inspector->historyNote()->text().contains(QStringLiteral("as imported")));

        const Claim before = data.claims[claim];
        Claim after = before;
        after.date = PartialDate::fromYearMonth(2019, 11);
        QVERIFY(session->edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)))
                    .isEmpty());
        QTreeWidget *history = inspector->history();
        QCOMPARE(history->topLevelItemCount(), 1);
        QTreeWidgetItem *row = history->topLevelItem(0);
        QCOMPARE(row->text(1), QStringLiteral("tester"));
        QCOMPARE(row->text(0), QStringLiteral("Change date of c2"));
        QCOMPARE(row->childCount(), 1);
        QCOMPARE(row->child(0)->text(0), QStringLiteral("date: 2024-03 → 2019-11"));
        QVERIFY(!inspector->historyNote()->isVisible());
        QVERIFY(inspector->fields()->text().contains(QStringLiteral("2019")));

        // Undo writes the inverse change: the history says so, newest first.
        session->undoStack()->undo();
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->child(0)->text(0),
                 QStringLiteral("date: 2019-11 → 2024-03"));
        // Another claim has a history of its own.
        window->dashboard()->selection()->setCurrentClaim(data.claimIndex(QStringLiteral("c1")));
        QCOMPARE(history->topLevelItemCount(), 0);
    }

    void withoutStoreSaysHistoryIsNotRecorded()
    {
        auto window = WindowFixture::openWindow(TestSupport::miniDataset());
        ClaimInspector *inspector = shownInspector(*window);
        QVERIFY(inspector);
        window->dashboard()->selection()->setCurrentClaim(0);
        QVERIFY(inspector->historyNote()->isVisible());
        QVERIFY(inspector->historyNote()->text().startsWith(QStringLiteral("History is not "
                                                                           "recorded")));
        QVERIFY(!inspector->editButton()->isEnabled());
    }

    void mergeActorsThenUndo()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        Dashboard *d = window->dashboard();
        const Dataset &data = window->session()->dataset();
        const QByteArray original = DatasetJsonWriter::write(data);
        QAction *merge = window->findChild<QAction *>(QStringLiteral("mergeActors"));
        QVERIFY(merge);
        QVERIFY(!merge->isEnabled()); // no actor selected yet
        ActorListView *actors = d->actorList();
        QVERIFY(actors->actions().contains(merge)); // its context menu
        const int acme = data.actorIndex(QStringLiteral("acme"));
        actors->setCurrentIndex(actors->indexOfActor(acme));
        QVERIFY(merge->isEnabled());
        QCOMPARE(actors->model()->rowCount(), 3);

        QString summary;
        whenOpen<ActorMergeDialog>([&summary](ActorMergeDialog *dialog) {
            QComboBox *target = dialog->target();
            target->setCurrentIndex(target->findData(QStringLiteral("jeanne-dupont")));
            summary = dialog->summary()->text();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("merge")),
                              Qt::LeftButton);
        });
        merge->trigger();
        // The confirmation counts the claims the merge rewrites.
        QVERIFY2(summary.startsWith(QStringLiteral("4 claim")) &&
                     summary.contains(QStringLiteral("will name Jeanne Dupont instead")),
                 qPrintable(summary));
        QCOMPARE(data.actors.size(), 2);
        QCOMPARE(actors->model()->rowCount(), 2);
        for (const Claim &c : data.claims) {
            QVERIFY(c.claimant != QStringLiteral("acme"));
            for (const ActorRef &ref : c.actors)
                QVERIFY(ref.actor != QStringLiteral("acme"));
        }
        // Jeanne Dupont's count in the list: every claim now names her.
        const QModelIndex jeanne = actors->indexOfActor(data.actorIndex(QStringLiteral("jeanne-"
                                                                                       "dupont")));
        QCOMPARE(actors->model()
                     ->index(jeanne.row(), ActorTableModel::ClaimsColumn)
                     .data(Qt::DisplayRole)
                     .toString(),
                 QString::number(data.claims.size()));
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(data));

        window->session()->undoStack()->undo();
        QCOMPARE(DatasetJsonWriter::write(data), original);
        QCOMPARE(actors->model()->rowCount(), 3);
        QCOMPARE(DatasetJsonWriter::write(stored(path)), original);
    }

    void recordConflictFromTwoSelectedClaims()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        Dashboard *d = window->dashboard();
        const Dataset &data = window->session()->dataset();
        QAction *record = window->findChild<QAction *>(QStringLiteral("recordConflict"));
        QVERIFY(record);
        ClaimTableView *table = d->claimTable();
        const auto click = [table](int claim, Qt::KeyboardModifiers keys) {
            const QModelIndex cell =
                table->filterProxy()->indexOfClaim(claim, ClaimTableModel::StatementColumn);
            table->scrollTo(cell);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, keys,
                              table->visualRect(cell).center());
        };
        click(data.claimIndex(QStringLiteral("c3")), {});
        QVERIFY(!record->isEnabled()); // one claim is no conflict
        click(data.claimIndex(QStringLiteral("c4")), Qt::ControlModifier);
        QCOMPARE(d->selection()->selectedClaims().size(), 2);
        QVERIFY(record->isEnabled());
        QCOMPARE(d->conflicts()->model()->rowCount(), 2); // k1: its title and its sides

        whenOpen<ConflictDialog>([](ConflictDialog *dialog) {
            QTest::keyClicks(dialog->about(), QStringLiteral("Who is the defendant"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("record")),
                              Qt::LeftButton);
        });
        record->trigger();
        QCOMPARE(data.conflicts.size(), 2);
        const Conflict &added = data.conflicts.last();
        QCOMPARE(added.id, QStringLiteral("k2"));
        QCOMPARE(added.claims, (QStringList{"c3", "c4"}));
        QCOMPARE(added.about, QStringLiteral("Who is the defendant"));
        QCOMPARE(d->conflicts()->model()->rowCount(), 4); // and k2's
        QCOMPARE(stored(path).conflicts, data.conflicts);
    }

    // Not a check: with DOSSIER_INSPECTOR_SHOT_DB set to a database holding the bundled
    // dataset, records two edits of c060 by "Camille", for the inspector's screenshot.
    void writeShotDatabase()
    {
        const QString path = qEnvironmentVariable("DOSSIER_INSPECTOR_SHOT_DB");
        if (path.isEmpty())
            QSKIP("DOSSIER_INSPECTOR_SHOT_DB is not set");
        DatasetStore store;
        QString error;
        std::optional<Dataset> loaded;
        if (store.open(path, DatasetStore::Mode::ReadOnly, &error))
            loaded = store.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        store.close();
        DossierSession session(*loaded);
        QVERIFY2(session.attachStore(path, QStringLiteral("Camille"), &error), qPrintable(error));
        const int claim = session.dataset().claimIndex(QStringLiteral("c060"));
        QVERIFY(claim >= 0);
        const auto edit = [&session, claim](const std::function<void(Claim &)> &change) {
            const Claim before = session.dataset().claims[claim];
            Claim after = before;
            change(after);
            return session.edit(
                Change::edit(before, after, ChangeDescription::ofEdit(before, after)));
        };
        QVERIFY(edit([](Claim &c) {
                    c.dateNote = QStringLiteral("Month from the second article.");
                }).isEmpty());
        QVERIFY(edit([](Claim &c) { c.statement += QStringLiteral(" (as reported)"); }).isEmpty());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestInspector)
#include "tst_gui_inspector.moc"
