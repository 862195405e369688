// Markup on claims (issue 21), driven as a user does on a window whose edits are saved in a
// real SQLite store: Ctrl+D stars the current claim as key, Edit ▸ Tag Claims… tags it, the
// filter bar's tag choice narrows the table to it, Undo and Redo walk the markup edits, and a
// window opened again on the database shows the markup as it was left.
#include "app/window/MainWindow.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/inspector/ClaimInspector.h"
#include "widgets/inspector/ClaimMarkupPanel.h"
#include "widgets/inspector/InspectorDock.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QTimer>
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

// The claims the table shows, by id.
QStringList shownIds(MainWindow &window)
{
    ClaimTableView *table = window.dashboard()->claimTable();
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const int claim = table->filterProxy()->claimAt(table->model()->index(row, 0));
        ids.append(window.session()->dataset().claims[claim].id);
    }
    return ids;
}

QVariant cell(MainWindow &window, const QString &id, int role)
{
    ClaimTableModel *model = window.dashboard()->claimTable()->claimModel();
    const int claim = window.session()->dataset().claimIndex(id);
    return model->index(claim, ClaimTableModel::StatementColumn).data(role);
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestGuiMarkup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    void starTagFilterUndoReopen()
    {
        QTemporaryDir dir;
        const QString path = importedStore(dir);
        const QString id = QStringLiteral("c2");
        {
            auto window = windowOn(path);
            Dashboard *d = window->dashboard();
            QAction *key = action(*window, "markKey");
            QVERIFY(key);
            QVERIFY(!key->isEnabled()); // nothing selected yet
            d->selection()->setCurrentClaim(window->session()->dataset().claimIndex(id));
            QVERIFY(key->isEnabled());

            // Ctrl+D in the table stars it.
            ClaimTableView *table = d->claimTable();
            table->setFocus();
            QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
            QVERIFY(cell(*window, id, ClaimTableModel::KeyRole).toBool());
            QVERIFY(!cell(*window, id, Qt::DecorationRole).isNull());
            QVERIFY(stored(path).of(id).key);
            QCOMPARE(window->session()->undoStack()->undoText(), QStringLiteral("Star c2 as key"));

            // Edit ▸ Tag Claims… with a tag typed, spaces and all.
            whenOpen<QInputDialog>([](QInputDialog *dialog) {
                dialog->setTextValue(QStringLiteral("  funding "));
                dialog->accept();
            });
            action(*window, "tagClaims")->trigger();
            QCOMPARE(cell(*window, id, ClaimTableModel::TagsRole).toStringList(),
                     QStringList{QStringLiteral("funding")});
            QCOMPARE(stored(path).of(id).tags, QStringList{QStringLiteral("funding")});
            QCOMPARE(window->session()->undoStack()->undoText(),
                     QStringLiteral("Tag c2 with “funding”"));
            // The tip says it, as plain text.
            QVERIFY(
                cell(*window, id, Qt::ToolTipRole).toString().contains(QStringLiteral("funding")));

            // The inspector's markup section shows both.
            auto *dock = window->findChild<InspectorDock *>();
            dock->toggleViewAction()->trigger();
            auto *panel = dock->inspector()->findChild<ClaimMarkupPanel *>();
            QVERIFY(panel);
            QVERIFY(panel->keyBox()->isChecked());
            QCOMPARE(panel->tagLabels().size(), 1);
            QCOMPARE(panel->tagLabels().first()->text(), QStringLiteral("funding"));

            // The filter bar offers the tag; ticking it leaves only that claim in the table.
            CheckListButton *tags = d->filterBar()->tagsButton();
            QCOMPARE(tags->values(), QStringList{QStringLiteral("funding")});
            const QList<QAction *> choices = tags->list()->actions();
            const auto funding = std::find_if(choices.begin(), choices.end(), [](QAction *a) {
                return a->data().toString() == QStringLiteral("funding");
            });
            QVERIFY(funding != choices.end());
            (*funding)->trigger();
            QCOMPARE(d->filter()->filter().tags, QStringList{QStringLiteral("funding")});
            QCOMPARE(shownIds(*window), QStringList{id});
            QVERIFY(d->filter()->summary().contains(QStringLiteral("tagged")));

            // Undo takes the tag off: the filtered table empties, as the filter says.
            QUndoStack *stack = window->session()->undoStack();
            stack->undo();
            QVERIFY(cell(*window, id, ClaimTableModel::TagsRole).toStringList().isEmpty());
            QVERIFY(shownIds(*window).isEmpty());
            QVERIFY(stored(path).of(id).tags.isEmpty());
            QVERIFY(panel->tagLabels().isEmpty());
            stack->redo();
            QCOMPARE(shownIds(*window), QStringList{id});
            QCOMPARE(stored(path).of(id).tags, QStringList{QStringLiteral("funding")});

            // "Key claims only" narrows to the starred claim too.
            d->filter()->clear();
            d->filterBar()->keyOnlyBox()->click();
            QCOMPARE(shownIds(*window), QStringList{id});
            stack->undo(); // the tag
            stack->undo(); // the star
            QVERIFY(shownIds(*window).isEmpty());
            QVERIFY(!panel->keyBox()->isChecked());
            stack->redo();
            QCOMPARE(shownIds(*window), QStringList{id});
            stack->redo();
        }
        // Closed and opened again: the markup is the database's.
        auto again = windowOn(path);
        QVERIFY(cell(*again, id, ClaimTableModel::KeyRole).toBool());
        QCOMPARE(cell(*again, id, ClaimTableModel::TagsRole).toStringList(),
                 QStringList{QStringLiteral("funding")});
        QCOMPARE(again->dashboard()->filterBar()->tagsButton()->values(),
                 QStringList{QStringLiteral("funding")});
        // Ctrl+D on a starred claim takes the star off.
        again->dashboard()->selection()->setCurrentClaim(
            again->session()->dataset().claimIndex(id));
        again->dashboard()->claimTable()->setFocus();
        QTest::keyClick(again->dashboard()->claimTable(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!stored(path).of(id).key);
    }

    void noteAndRemoveTag()
    {
        QTemporaryDir dir;
        const QString path = importedStore(dir);
        auto window = windowOn(path);
        const QString id = QStringLiteral("c1");
        window->dashboard()->selection()->setCurrentClaim(
            window->session()->dataset().claimIndex(id));
        whenOpen<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("<b>ask</b> the registrar"));
            dialog->accept();
        });
        action(*window, "noteClaim")->trigger();
        QCOMPARE(stored(path).of(id).note, QStringLiteral("<b>ask</b> the registrar"));
        whenOpen<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("Land"));
            dialog->accept();
        });
        action(*window, "tagClaims")->trigger();
        whenOpen<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("Land"));
            dialog->accept();
        });
        action(*window, "untagClaims")->trigger();
        QVERIFY(stored(path).of(id).tags.isEmpty());
        QCOMPARE(stored(path).of(id).note, QStringLiteral("<b>ask</b> the registrar"));
    }

    void withoutStoreMarkupIsRefused()
    {
        auto window = WindowFixture::openWindow(TestSupport::miniDataset());
        window->dashboard()->selection()->setCurrentClaim(0);
        QAction *key = action(*window, "markKey");
        QVERIFY(!key->isEnabled());
        QVERIFY(key->statusTip().contains(QStringLiteral("No database")));
    }

    // The status bar says what the window may change, and follows the session.
    void accessLabelFollowsTheSession()
    {
        auto window = WindowFixture::openWindow(TestSupport::miniDataset());
        auto *label = window->findChild<QLabel *>(QStringLiteral("accessLabel"));
        QVERIFY(label);
        // Without a database nothing can be kept: the window only reads, and says why.
        QCOMPARE(label->text(), QStringLiteral("Read only"));
        QVERIFY(!label->toolTip().isEmpty());

        QTemporaryDir dir;
        QString error;
        QVERIFY2(
            window->session()->attachStore(importedStore(dir), QStringLiteral("tester"), &error),
            qPrintable(error));
        QCOMPARE(label->text(), QStringLiteral("Editing"));
        QCOMPARE(label->accessibleName(), label->text());

        // Evidence locked (a reviewer's grants, a server out of reach), markup still saved.
        const QString why = QStringLiteral("<b>The server</b> cannot be reached; reconnecting…");
        window->session()->setReadOnlyReason(why);
        QCOMPARE(label->text(), QStringLiteral("Markup only"));
        // Shown as written: Qt would take the tooltip for HTML and drop the <b>.
        QVERIFY2(label->toolTip().contains(QStringLiteral("&lt;b&gt;The server")),
                 qPrintable(label->toolTip()));
        QCOMPARE(label->textFormat(), Qt::PlainText);

        window->session()->setReadOnlyReason(QString());
        QCOMPARE(label->text(), QStringLiteral("Editing"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestGuiMarkup)
#include "tst_gui_markup.moc"
