// The editors of issue 21, driven as a user does, on a window whose edits are saved in a real
// SQLite store: File ▸ Export Dataset… writes what `dossier check --corpus` accepts and what
// imports to the same dossier; Edit Actor… renames an actor everywhere it is shown, and refuses
// a name another actor answers to under the name field; an actor created from the claim form
// comes with the claim in one undo; Delete Actor… lists the claims naming an actor and deletes
// only one no claim names; Edit Source… and Delete Source… likewise, with the source form's
// field messages; a conflict's description is edited and a conflict deleted from the conflicts
// view. Each is one undo, and the store holds what the window shows.
#include "app/window/DatasetExportAction.h"
#include "app/window/MainWindow.h"
#include "app/window/MarkupActions.h"
#include "models/corpus/CorpusChecker.h"
#include "models/dossier/ChangeDescription.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/DatasetValidator.h"
#include "models/format/MarkupJson.h"
#include "models/session/DossierSession.h"
#include "models/session/MarkupSession.h"
#include "models/store/DatasetImport.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "models/viewmodels/ConflictTableModel.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/editing/ActorEditDialog.h"
#include "widgets/editing/ActorRefsEditor.h"
#include "widgets/editing/ClaimEditDialog.h"
#include "widgets/editing/ClaimForm.h"
#include "widgets/editing/SourceEditDialog.h"
#include "widgets/editing/SourceForm.h"
#include "widgets/inspector/ConflictDialog.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

template <typename T> void whenOpen(std::function<void(T *)> act)
{
    QTimer::singleShot(0, [act] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        act(dialog);
    });
}

/// Makes `actor` current in the actor list, as a click on its row does.
void pickActor(MainWindow &window, int actor)
{
    ActorListView *list = window.dashboard()->actorList();
    list->setCurrentIndex(list->indexOfActor(actor));
}

/// What the actor list shows in its name column for `actor`.
QString listedName(MainWindow &window, int actor)
{
    ActorTableModel *model = window.dashboard()->actorList()->actorModel();
    return model->index(actor, ActorTableModel::NameColumn).data().toString();
}

/// What the claim table shows in its actors column for `claim`.
QString tabledActors(MainWindow &window, int claim)
{
    auto *model = qobject_cast<ClaimTableModel *>(
        window.dashboard()->claimTable()->filterProxy()->sourceModel());
    return model ? model->index(claim, ClaimTableModel::ActorsColumn).data().toString() : QString();
}

std::unique_ptr<MainWindow> editableWindow(const Dataset &dataset, QTemporaryDir &dir,
                                           QString *path)
{
    *path = dir.filePath(QStringLiteral("case.sqlite"));
    {
        DatasetStore store;
        QString error;
        if (!store.open(*path, DatasetStore::Mode::ReadWrite, &error) ||
            !store.importDataset(dataset, QStringLiteral("case.json"), QStringLiteral("0"), &error))
            qFatal("%s", qPrintable(error));
    }
    auto window = WindowFixture::openWindow(dataset);
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

Dataset bundled()
{
    auto read = DatasetJsonReader::read(DatasetLoader::bundledJson(), QStringLiteral("bundled"));
    if (!read.ok())
        qFatal("%s", qPrintable(TestSupport::joined(read.problems)));
    return read.dataset;
}

QAction *menuAction(const MainWindow &window, const QString &name)
{
    for (QAction *a : window.menuActions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

/// Clicks the button of `box` that deletes; fails when there is none.
void clickDestructive(QMessageBox *box)
{
    QAbstractButton *del = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            del = b;
    QVERIFY(del);
    QTest::mouseClick(del, Qt::LeftButton);
}

/// Answers the source chooser with `label`, then lets `next` act on the dialog that follows.
template <typename T>
void chooseSourceThen(const QString &label, QString *proposed, std::function<void(T *)> next)
{
    whenOpen<QInputDialog>([=](QInputDialog *ask) {
        *proposed = ask->textValue();
        whenOpen<T>(next);
        ask->setTextValue(label);
        ask->accept();
    });
}

/// Makes conflict `conflict` current in the conflicts view, as a click on its title does.
bool pickConflict(MainWindow &window, int conflict)
{
    QTableView *table = window.dashboard()->conflicts()->table();
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConflictTableModel::ConflictRole).toInt() == conflict) {
            table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace

class TestEditors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    // After an edit, the export is the dataset as it stands, valid against the corpus, and
    // importing it into a new database gives a dossier whose export is the same bytes.
    void exportDatasetChecksAndReimports()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(bundled(), dir, &path);
        DossierSession *session = window->session();
        const Claim before = session->dataset().claims.first();
        Claim after = before;
        after.statement += QStringLiteral(" (checked again)");
        QVERIFY(session->edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)))
                    .isEmpty());

        QAction *action = menuAction(*window, QStringLiteral("exportDataset"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        auto *exporter = window->findChild<DatasetExportAction *>();
        QVERIFY(exporter);
        const QString file = dir.filePath(QStringLiteral("out/exported.dossier.json"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QString suggested;
        exporter->setPathChooser([&](const QString &s) {
            suggested = s;
            return file;
        });
        action->trigger();
        QVERIFY(QFileInfo::exists(file));
        // The folder is remembered for the next export.
        QCOMPARE(QFileInfo(exporter->suggestedPath()).absolutePath(),
                 QFileInfo(file).absolutePath());
        QVERIFY(QFileInfo(suggested).absolutePath() != QFileInfo(file).absolutePath());

        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QCOMPARE(bytes, DatasetJsonWriter::write(session->dataset()));
        QVERIFY(bytes.contains("(checked again)"));

        // What `dossier check --corpus` runs.
        const auto read = DatasetJsonReader::read(bytes, file);
        QVERIFY2(read.ok(), qPrintable(TestSupport::joined(read.problems)));
        const Problems problems = DatasetValidator::validate(read.dataset, file);
        QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
        if (const QString corpus = TestSupport::corpusFolder(); !corpus.isEmpty()) {
            const auto report = CorpusChecker::check(read.dataset, corpus);
            QVERIFY2(report.failures.isEmpty(), qPrintable(TestSupport::joined(report.failures)));
            QCOMPARE(report.sourcesChecked, read.dataset.sources.size());
        }

        // Re-imported into a new database, both dossiers load to the same JSON.
        const QString copy = dir.filePath(QStringLiteral("reimported.sqlite"));
        DatasetImport import(file);
        const auto result = import.importIntoFile(copy, DatasetImport::FileMode::CreateNew);
        QVERIFY2(result.ok(), qPrintable(result.error + TestSupport::joined(result.problems)));
        const QByteArray original = DatasetJsonWriter::write(stored(path));
        QCOMPARE(DatasetJsonWriter::write(stored(copy)), original);
        QCOMPARE(original, bytes);
    }

    // Markup goes beside the exported dataset only with "Include my markup" on (off at first,
    // then remembered), and the dataset file is the same bytes either way.
    void exportDatasetMarkupWhenAsked()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        MarkupSession *markup = window->findChild<MarkupActions *>()->markup();
        const QString note = QStringLiteral("\u2067<b>x</b>\u2069 \"q\"");
        QCOMPARE(markup->edit(MarkupChange::edit(
                     markup->markup(), {QStringLiteral("c1")},
                     [&](ClaimMarkup m) {
                         m.key = true;
                         m.note = note;
                         return m.withTag(QStringLiteral("follow up"), true);
                     },
                     QStringLiteral("star"))),
                 QString());
        QAction *include = menuAction(*window, QStringLiteral("exportDatasetMarkup"));
        QVERIFY(include);
        QVERIFY(include->isCheckable());
        QVERIFY(!include->isChecked());
        auto *exporter = window->findChild<DatasetExportAction *>();
        const auto bytesOf = [](const QString &file) {
            QFile in(file);
            return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        };
        const QString plain = dir.filePath(QStringLiteral("plain.json"));
        const QString marked = dir.filePath(QStringLiteral("marked.json"));
        exporter->setPathChooser([&](const QString &) { return plain; });
        menuAction(*window, QStringLiteral("exportDataset"))->trigger();
        QVERIFY(QFileInfo::exists(plain));
        QVERIFY(!QFileInfo::exists(MarkupJson::pathBeside(plain)));

        include->trigger();
        QVERIFY(include->isChecked());
        // Remembered: the next window's choice starts on.
        QVERIFY(DatasetExportAction(*window->session(), window.get())
                    .includeMarkupAction()
                    ->isChecked());
        exporter->setPathChooser([&](const QString &) { return marked; });
        menuAction(*window, QStringLiteral("exportDataset"))->trigger();
        include->trigger(); // off again for the other tests
        QCOMPARE(bytesOf(marked), bytesOf(plain));
        QStringList problems;
        const auto back = MarkupJson::read(bytesOf(MarkupJson::pathBeside(marked)), &problems);
        QVERIFY2(back, qPrintable(problems.join(u'\n')));
        QCOMPARE(back->of(QStringLiteral("c1")).note, note);
        QVERIFY(*back == markup->markup());
    }

    // Edit Actor… from the actor list's context menu: the new name in the list, the table and
    // the store; one undo brings the old name back everywhere.
    void editActorNameEverywhere()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        DossierSession *session = window->session();
        const int acme = session->dataset().actorIndex(QStringLiteral("acme"));
        const int c1 = session->dataset().claimIndex(QStringLiteral("c1"));
        QAction *edit = menuAction(*window, QStringLiteral("editActor"));
        QVERIFY(edit);
        QVERIFY(!edit->isEnabled());
        pickActor(*window, acme);
        QVERIFY(edit->isEnabled());
        QVERIFY(window->dashboard()->actorList()->actions().contains(edit));
        QVERIFY(tabledActors(*window, c1).contains(QStringLiteral("Acme")));

        bool seen = false;
        whenOpen<ActorEditDialog>([&](ActorEditDialog *dialog) {
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // nothing changed yet
            dialog->nameEdit()->selectAll();
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Acme Industries"));
            QVERIFY(dialog->problems().isEmpty());
            QVERIFY(ok->isEnabled());
            seen = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        edit->trigger();
        QVERIFY(seen);
        const QString renamed = QStringLiteral("Acme Industries");
        QCOMPARE(session->dataset().actors[acme].name, renamed);
        QCOMPARE(listedName(*window, acme), renamed);
        QVERIFY(tabledActors(*window, c1).contains(renamed));
        QCOMPARE(stored(path).actors[acme].name, renamed);
        QCOMPARE(session->undoStack()->count(), 1);

        session->undoStack()->undo();
        QCOMPARE(session->dataset().actors[acme].name, QStringLiteral("Acme"));
        QCOMPARE(listedName(*window, acme), QStringLiteral("Acme"));
        QVERIFY(!tabledActors(*window, c1).contains(renamed));
        QCOMPARE(DatasetJsonWriter::write(stored(path)),
                 DatasetJsonWriter::write(TestSupport::miniDataset()));
    }

    // A name another actor answers to, or none, is refused as typed: the validator's message
    // under the name field, OK disabled, nothing applied.
    void refusedActorEditShowsFieldMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("another's alias")
            << QStringLiteral("Jeanne") << QStringLiteral("also names actor 'jeanne-dupont'");
        QTest::newRow("empty") << QString() << QStringLiteral("must not be empty");
    }
    void refusedActorEditShowsFieldMessage()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        DossierSession *session = window->session();
        pickActor(*window, session->dataset().actorIndex(QStringLiteral("acme")));
        bool seen = false;
        whenOpen<ActorEditDialog>([&](ActorEditDialog *dialog) {
            dialog->nameEdit()->selectAll();
            if (name.isEmpty())
                QTest::keyClick(dialog->nameEdit(), Qt::Key_Delete);
            else
                QTest::keyClicks(dialog->nameEdit(), name);
            QLabel *problem = dialog->problemLabel(QStringLiteral("name"));
            QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
            QVERIFY(problem->isVisibleTo(dialog));
            QVERIFY(!dialog->problemLabel(QStringLiteral("kind"))->isVisibleTo(dialog));
            QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            seen = true;
            dialog->reject();
        });
        menuAction(*window, QStringLiteral("editActor"))->trigger();
        QVERIFY(seen);
        QCOMPARE(session->undoStack()->count(), 0);
        QCOMPARE(session->dataset().actors[1].name, QStringLiteral("Acme"));
    }

    // A name that no actor answers to is offered as a new actor in the claim form; the actor
    // and the claim naming it are one change, which one undo takes back whole.
    void createActorInlineFromClaimForm()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        DossierSession *session = window->session();
        const int c3 = session->dataset().claimIndex(QStringLiteral("c3"));
        const int actors = int(session->dataset().actors.size());
        window->dashboard()->selection()->setCurrentClaim(c3);
        bool seen = false;
        whenOpen<ClaimEditDialog>([&](ClaimEditDialog *dialog) {
            ActorRefsEditor *editor = dialog->form()->actorsEditor();
            QVERIFY(!editor->createButton()->isVisibleTo(dialog));
            QTest::mouseClick(editor->addButton(), Qt::LeftButton);
            QComboBox *box = editor->actorBox(editor->rowCount() - 1);
            // An alias is an actor: nothing to create.
            QTest::keyClicks(box->lineEdit(), QStringLiteral("Acme Corp"));
            QVERIFY(!editor->createButton()->isVisibleTo(dialog));
            box->lineEdit()->clear();
            QTest::keyClicks(box->lineEdit(), QStringLiteral("Zorg Holdings"));
            QVERIFY(editor->createButton()->isVisibleTo(dialog));
            QVERIFY(editor->createButton()->text().contains(QStringLiteral("Zorg Holdings")));
            QTRY_VERIFY(!dialog->problems().isEmpty()); // an unknown actor, until created
            editor->newActorKindBox()->setCurrentIndex(
                editor->newActorKindBox()->findData(QStringLiteral("company")));
            QTest::mouseClick(editor->createButton(), Qt::LeftButton);
            QVERIFY(!editor->createButton()->isVisibleTo(dialog));
            QCOMPARE(editor->newActors().size(), 1);
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QTRY_VERIFY(ok->isEnabled());
            seen = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        menuAction(*window, QStringLiteral("editClaim"))->trigger();
        QVERIFY(seen);
        const Dataset &data = session->dataset();
        QCOMPARE(data.actors.size(), actors + 1);
        const int zorg = data.actorIndex(QStringLiteral("zorg-holdings"));
        QVERIFY(zorg >= 0);
        QCOMPARE(data.actors[zorg].name, QStringLiteral("Zorg Holdings"));
        QCOMPARE(data.actors[zorg].kind, QStringLiteral("company"));
        QCOMPARE(data.claims[c3].actors.last().actor, QStringLiteral("zorg-holdings"));
        QCOMPARE(listedName(*window, zorg), QStringLiteral("Zorg Holdings"));
        QVERIFY(tabledActors(*window, c3).contains(QStringLiteral("Zorg Holdings")));
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(data));
        QCOMPARE(session->undoStack()->count(), 1);

        session->undoStack()->undo();
        QCOMPARE(session->dataset().actors.size(), actors);
        QCOMPARE(DatasetJsonWriter::write(session->dataset()),
                 DatasetJsonWriter::write(TestSupport::miniDataset()));
        QCOMPARE(DatasetJsonWriter::write(stored(path)),
                 DatasetJsonWriter::write(TestSupport::miniDataset()));
    }

    // An actor that claims name: the confirmation lists them and offers no deletion, and the
    // validator refuses it with those claims. One that no claim names is deleted, and undone.
    void deleteActorWithConfirmation()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        DossierSession *session = window->session();
        const int acme = session->dataset().actorIndex(QStringLiteral("acme"));
        QAction *remove = menuAction(*window, QStringLiteral("deleteActor"));
        QVERIFY(remove);
        pickActor(*window, acme);
        QVERIFY(remove->isEnabled());
        bool seen = false;
        whenOpen<QMessageBox>([&](QMessageBox *box) {
            const QString text = box->informativeText();
            QVERIFY2(text.contains(QStringLiteral("claim c1 names it as an actor")),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("claim c3 names it as claimant")));
            QVERIFY(!text.contains(QStringLiteral("claim c5")));
            QCOMPARE(box->buttons().size(), 1); // Cancel only
            seen = true;
            box->reject();
        });
        remove->trigger();
        QVERIFY(seen);
        QCOMPARE(session->dataset().actorIndex(QStringLiteral("acme")), acme);
        const Actor named = session->dataset().actors[acme];
        const QString refused =
            TestSupport::joined(session->edit(Change::remove(named, QStringLiteral("x"))));
        QVERIFY2(refused.contains(QStringLiteral("c1")), qPrintable(refused));
        QCOMPARE(session->undoStack()->count(), 0);

        // Banque Zeta is named by c4 alone: once c4 no longer names it, it can go.
        const int c4 = session->dataset().claimIndex(QStringLiteral("c4"));
        const Claim before = session->dataset().claims[c4];
        Claim after = before;
        after.actors.removeLast();
        QVERIFY(session->edit(Change::edit(before, after, QStringLiteral("drop"))).isEmpty());
        const Dataset kept = session->dataset();
        const int zeta = kept.actorIndex(QStringLiteral("banque-zeta"));
        pickActor(*window, zeta);
        seen = false;
        whenOpen<QMessageBox>([&](QMessageBox *box) {
            QVERIFY(box->informativeText().contains(QStringLiteral("No claim names it")));
            QAbstractButton *del = nullptr;
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    del = b;
            QVERIFY(del);
            seen = true;
            QTest::mouseClick(del, Qt::LeftButton);
        });
        remove->trigger();
        QVERIFY(seen);
        QCOMPARE(session->dataset().actorIndex(QStringLiteral("banque-zeta")), -1);
        QCOMPARE(window->dashboard()->actorList()->actorModel()->rowCount(),
                 int(kept.actors.size()) - 1);
        QCOMPARE(stored(path).actors.size(), kept.actors.size() - 1);
        session->undoStack()->undo();
        QCOMPARE(DatasetJsonWriter::write(session->dataset()), DatasetJsonWriter::write(kept));
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(kept));
        QCOMPARE(window->dashboard()->actorList()->actorModel()->rowCount(),
                 int(kept.actors.size()));
    }

    // Edit Source… proposes the current claim's source; the title edited is in the dataset and
    // the store, and undone. A label another source has is refused beside the label field; the
    // source's own label is not.
    void editSourceAndRefuseATakenLabel()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        DossierSession *session = window->session();
        const Dataset &data = session->dataset();
        const int beta = data.sourceIndex(QStringLiteral("beta"));
        const QString alphaLabel = data.sources[data.sourceIndex(QStringLiteral("alpha"))].label;
        const QString betaLabel = data.sources[beta].label;
        window->dashboard()->selection()->setCurrentClaim(data.claimIndex(QStringLiteral("c4")));
        QAction *edit = menuAction(*window, QStringLiteral("editSource"));
        QVERIFY(edit && edit->isEnabled());

        QString proposed;
        bool seen = false;
        chooseSourceThen<SourceEditDialog>(betaLabel, &proposed, [&](SourceEditDialog *dialog) {
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            auto *label = qobject_cast<QLineEdit *>(dialog->form()->field(QStringLiteral("label")));
            label->selectAll();
            QTest::keyClicks(label, alphaLabel);
            QVERIFY(dialog->form()->problems().contains(QStringLiteral("label")));
            QVERIFY(!dialog->problemLabel()->text().isEmpty());
            QVERIFY(!ok->isEnabled());
            // Its own label back: the source stands in its own place, not beside itself.
            label->selectAll();
            QTest::keyClicks(label, betaLabel);
            QVERIFY(dialog->form()->isValid());
            QVERIFY(!ok->isEnabled()); // as opened
            auto *title = qobject_cast<QLineEdit *>(dialog->form()->field(QStringLiteral("title")));
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("A title of its own"));
            QVERIFY(dialog->form()->isValid());
            QVERIFY(ok->isEnabled());
            seen = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        edit->trigger();
        QVERIFY(seen);
        QCOMPARE(proposed, betaLabel); // c4 cites beta
        QCOMPARE(data.sources[beta].title, QStringLiteral("A title of its own"));
        QCOMPARE(data.sources[beta].label, betaLabel);
        QCOMPARE(data.sources[beta].id, QStringLiteral("beta"));
        QCOMPARE(stored(path).sources[beta].title, QStringLiteral("A title of its own"));
        QCOMPARE(session->undoStack()->count(), 1);
        session->undoStack()->undo();
        QCOMPARE(DatasetJsonWriter::write(stored(path)),
                 DatasetJsonWriter::write(TestSupport::miniDataset()));
    }

    // A cited source: the confirmation lists the claims citing it and offers no deletion, and
    // the validator refuses it. A source no claim cites is deleted, and undone.
    void deleteSourceWithConfirmation()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        DossierSession *session = window->session();
        const Dataset &data = session->dataset();
        QAction *remove = menuAction(*window, QStringLiteral("deleteSource"));
        QVERIFY(remove && remove->isEnabled());
        QString proposed;
        bool seen = false;
        chooseSourceThen<QMessageBox>(data.sources[0].label, &proposed, [&](QMessageBox *box) {
            const QString text = box->informativeText();
            QVERIFY2(text.contains(QStringLiteral("claim c1 cites it")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("claim c4")));
            QCOMPARE(box->buttons().size(), 1);
            seen = true;
            box->reject();
        });
        remove->trigger();
        QVERIFY(seen);
        QCOMPARE(data.sources.size(), 2);
        const QString refused = TestSupport::joined(
            session->edit(Change::remove(data.sources[0], QStringLiteral("x"))));
        QVERIFY2(refused.contains(QStringLiteral("c1")), qPrintable(refused));

        Source spare = data.sources[1];
        spare.id = QStringLiteral("gamma");
        spare.label = QStringLiteral("Spare, 2024");
        spare.file = QStringLiteral("gamma.txt");
        QVERIFY2(session->edit(Change::create(spare, QStringLiteral("add"))).isEmpty(),
                 "the spare source is valid");
        const Dataset kept = session->dataset();
        seen = false;
        chooseSourceThen<QMessageBox>(spare.label, &proposed, [&](QMessageBox *box) {
            QVERIFY(box->informativeText().contains(QStringLiteral("No claim cites it")));
            seen = true;
            clickDestructive(box);
        });
        remove->trigger();
        QVERIFY(seen);
        QCOMPARE(data.sourceIndex(QStringLiteral("gamma")), -1);
        QCOMPARE(stored(path).sources.size(), 2);
        session->undoStack()->undo();
        QCOMPARE(DatasetJsonWriter::write(session->dataset()), DatasetJsonWriter::write(kept));
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(kept));
    }

    // From the conflicts view: what a conflict is about is edited, and a conflict deleted
    // (its claims stay); each is undone.
    void editAndDeleteConflict()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(TestSupport::miniDataset(), dir, &path);
        DossierSession *session = window->session();
        const Dataset &data = session->dataset();
        QAction *edit = menuAction(*window, QStringLiteral("editConflict"));
        QAction *remove = menuAction(*window, QStringLiteral("deleteConflict"));
        QVERIFY(edit && remove);
        QVERIFY(window->dashboard()->conflicts()->table()->actions().contains(remove));
        QVERIFY(pickConflict(*window, 0));
        QVERIFY(edit->isEnabled());
        const QString about = data.conflicts[0].about;
        bool seen = false;
        whenOpen<ConflictDialog>([&](ConflictDialog *dialog) {
            QCOMPARE(dialog->about()->text(), about);
            dialog->about()->selectAll();
            QTest::keyClicks(dialog->about(), QStringLiteral("The month of the filing"));
            seen = true;
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("record")),
                              Qt::LeftButton);
        });
        edit->trigger();
        QVERIFY(seen);
        QCOMPARE(data.conflicts[0].about, QStringLiteral("The month of the filing"));
        QCOMPARE(stored(path).conflicts[0].about, QStringLiteral("The month of the filing"));
        session->undoStack()->undo();
        QCOMPARE(data.conflicts[0].about, about);

        QVERIFY(pickConflict(*window, 0));
        seen = false;
        whenOpen<QMessageBox>([&](QMessageBox *box) {
            QVERIFY(box->informativeText().contains(QStringLiteral("c2, c5")));
            seen = true;
            clickDestructive(box);
        });
        remove->trigger();
        QVERIFY(seen);
        QVERIFY(data.conflicts.isEmpty());
        QCOMPARE(data.claims.size(), TestSupport::miniDataset().claims.size());
        QVERIFY(stored(path).conflicts.isEmpty());
        QVERIFY(!remove->isEnabled());
        session->undoStack()->undo();
        QCOMPARE(DatasetJsonWriter::write(stored(path)),
                 DatasetJsonWriter::write(TestSupport::miniDataset()));
        QCOMPARE(DatasetJsonWriter::write(data),
                 DatasetJsonWriter::write(TestSupport::miniDataset()));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestEditors)
#include "tst_gui_editors.moc"
