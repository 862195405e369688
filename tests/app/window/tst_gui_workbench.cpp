// The curation workbench's whole path (issue 21), in order, as one user goes along it in the
// real window on a SQLite dossier in a temporary folder: add a saved page and a text article,
// select a passage in the article view by a drag and make a claim of it (date, kind, an
// actor), see it in the table, on the timeline, in the actor counts and the citations; edit its
// date, undo and redo; star and tag it, filter by the tag; merge two actors; record a conflict;
// close the window and open the dossier again; File ▸ Export Dataset, the real `dossier check
// --corpus` on it, `dossier import` into a new database and `dossier export` from it, the same
// bytes. Each step is a test function of its own that goes on from where the one before left
// the window, and checks what the user sees then.
#include "app/window/DatasetExportAction.h"
#include "app/window/MainWindow.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/RecordIds.h"
#include "models/session/DossierSession.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "models/viewmodels/ConflictTableModel.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/editing/ActorRefsEditor.h"
#include "widgets/editing/AddArticleDialog.h"
#include "widgets/editing/ClaimEditDialog.h"
#include "widgets/editing/ClaimForm.h"
#include "widgets/editing/SourceForm.h"
#include "widgets/inspector/ActorMergeDialog.h"
#include "widgets/inspector/ConflictDialog.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>

using namespace GuiFixture;

namespace {

// Our own short article and saved page (never a press article).
const QByteArray TextArticle = "The harbour board met on Tuesday evening.\n"
                               "It voted to open an inquiry into the dredging contract.\n"
                               "The contractor said it would answer every question.\n";

const QByteArray SavedPage =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour notes</title>"
    "<script>var counter = 1;</script><style>p { margin: 0; }</style></head><body>"
    "<nav><a href=\"/\">Front page</a></nav>"
    "<p>Residents asked the board about the dredging.</p>"
    "<p>The board promised a <em>public</em> answer.</p></body></html>";

const QString Passage = QStringLiteral("open an inquiry into the dredging contract");
const QString Statement = QStringLiteral("The harbour board voted to open an inquiry.");
const QString Tag = QStringLiteral("dredging");

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers File ▸ Add Article… with `file` and a source form filled field by field.
void answerAddArticle(const QString &file, const QString &label)
{
    whenOpen<AddArticleDialog>([file, label](AddArticleDialog *dialog) {
        QVERIFY(dialog->loadFile(file));
        QVERIFY2(dialog->article().ok(), qPrintable(dialog->article().error));
        SourceForm *form = dialog->form();
        typeInto(form->field(QStringLiteral("label")), label);
        typeInto(form->field(QStringLiteral("outlet")), QStringLiteral("Harbour Weekly"));
        typeInto(form->field(QStringLiteral("title")), QStringLiteral("The board meets"));
        typeInto(form->field(QStringLiteral("language")), QStringLiteral("en"));
        typeInto(form->field(QStringLiteral("published")), QStringLiteral("2024-05"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY2(ok->isEnabled(), qPrintable(dialog->blockedReason()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

QString shownDate(Dashboard &d, int claim)
{
    return d.claimTable()
        ->filterProxy()
        ->indexOfClaim(claim, ClaimTableModel::DateColumn)
        .data()
        .toString();
}

QVariant shownCell(Dashboard &d, int claim, int column, int role = Qt::DisplayRole)
{
    return d.claimTable()->filterProxy()->indexOfClaim(claim, column).data(role);
}

} // namespace

class TestGuiWorkbench final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addSavedPage();
    void addTextArticle();
    void claimFromSelectedPassage();
    void editDate();
    void undoAndRedo();
    void starAndTag();
    void filterByTag();
    void mergeActors();
    void recordConflict();
    void closeAndReopen();
    void exportCheckReimport();
    void cleanupTestCase() { m_window.reset(); }

private:
    const Dataset &data() const { return m_window->session()->dataset(); }
    Dashboard &dashboard() const { return *m_window->dashboard(); }
    QAction *act(const char *name) const { return action(*m_window, QLatin1String(name)); }
    int claim() const { return data().claimIndex(m_claimId); }

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    QString m_path;   ///< the dossier
    QString m_corpus; ///< its articles
    std::unique_ptr<MainWindow> m_window;
    QString m_pageSource, m_textSource, m_claimId;
    QString m_acmeCount; ///< Acme's claims before the new one
    QByteArray m_beforeClose;
};

void TestGuiWorkbench::initTestCase()
{
    isolateSettings(m_settings);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("harbour.sqlite"));
    m_corpus = m_dir.filePath(QStringLiteral("corpus"));
    // The mini dossier and its two articles: actors to merge, claims to set in conflict.
    importInto(m_path, TestSupport::miniDataset());
    QVERIFY(copyFolder(TestSupport::dataPath(QStringLiteral("corpus")), m_corpus));
    QString error;
    m_window = openDossier(m_path, m_corpus, &error);
    QVERIFY2(m_window, qPrintable(error));
    QVERIFY2(m_window->session()->isEditable(), qPrintable(m_window->session()->readOnlyReason()));
    QCOMPARE(dashboard().corpusPath(), m_corpus);
}

// A saved page: its paragraphs kept, its script, style and navigation dropped; shown at once.
void TestGuiWorkbench::addSavedPage()
{
    const qsizetype sources = data().sources.size();
    answerAddArticle(writeFile(m_dir.path(), QStringLiteral("notes.html"), SavedPage),
                     QStringLiteral("Harbour Weekly, notes"));
    QAction *add = act("addArticle");
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QCOMPARE(data().sources.size(), sources + 1);
    m_pageSource = data().sources.last().id;
    const QString written =
        QString::fromUtf8(bytesOf(QDir(m_corpus).filePath(data().sources.last().file)));
    QVERIFY(written.contains(QStringLiteral("The board promised a public answer.")));
    QVERIFY(!written.contains(QStringLiteral("counter")));
    QVERIFY(!written.contains(QStringLiteral("Front page")));
    ArticleView *view = dashboard().articleView();
    QCOMPARE(view->sourceId(), m_pageSource);
    const QString shown = view->textView()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Residents asked the board about the dredging.")),
             qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("counter")));
    QCOMPARE(storedDataset(m_path).sources.size(), sources + 1);
}

// A text article, kept byte for byte, and shown in the article view to cull from.
void TestGuiWorkbench::addTextArticle()
{
    const qsizetype sources = data().sources.size();
    answerAddArticle(writeFile(m_dir.path(), QStringLiteral("board.txt"), TextArticle),
                     QStringLiteral("Harbour Weekly, the vote"));
    act("addArticle")->trigger();
    QCOMPARE(data().sources.size(), sources + 1);
    const Source &source = data().sources.last();
    m_textSource = source.id;
    QCOMPARE(bytesOf(QDir(m_corpus).filePath(source.file)), TextArticle);
    QCOMPARE(dashboard().articleView()->sourceId(), m_textSource);
    QVERIFY(dashboard().articleView()->textView()->toPlainText().contains(Passage));
}

// A passage dragged over in the article view, then New Claim from Selection: the form has the
// citation, the user types the date and statement, picks the kind and an actor.
void TestGuiWorkbench::claimFromSelectedPassage()
{
    Dashboard &d = dashboard();
    ArticleView *view = d.articleView();
    QAction *cull = act("newClaimFromSelection");
    QVERIFY(cull);
    QVERIFY(!cull->isEnabled()); // nothing selected yet
    QVERIFY(dragSelect(view->textView(), Passage));
    QVERIFY(cull->isEnabled());

    QStringList ids;
    for (const Claim &c : data().claims)
        ids.append(c.id);
    m_claimId = RecordIds::nextNumbered(QStringLiteral("c"), ids);
    const QString acme = data().actors[data().actorIndex(QStringLiteral("acme"))].name;
    m_acmeCount = shownCount(d, acme);
    QVERIFY(!m_acmeCount.isEmpty());
    const qsizetype plotted = d.chart()->plottedClaims().size();
    bool filled = false;
    whenOpen<ClaimEditDialog>([&](ClaimEditDialog *dialog) {
        ClaimForm *form = dialog->form();
        QCOMPARE(form->citationList()->count(), 1);
        QVERIFY(form->citationList()->item(0)->text().contains(Passage));
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no date, statement or kind yet
        QTest::keyClicks(form->dateEdit(), QStringLiteral("2024-05"));
        QTest::keyClicks(form->statementEdit(), Statement);
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(QStringLiteral("event")));
        ActorRefsEditor *actors = form->actorsEditor();
        QTest::mouseClick(actors->addButton(), Qt::LeftButton);
        QComboBox *who = actors->actorBox(actors->rowCount() - 1);
        who->setFocus();
        QTest::keyClicks(who, acme);
        // A completion offered in a popup is let go, the name typed in full kept.
        if (QWidget *popup = QApplication::activePopupWidget())
            QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY2(ok->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
        filled = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    cull->trigger();
    QVERIFY(filled);

    const int made = claim();
    QVERIFY2(made >= 0, qPrintable(m_claimId));
    const Claim &c = data().claims[made];
    QCOMPARE(c.statement, Statement);
    QCOMPARE(c.citations.size(), 1);
    QCOMPARE(c.citations[0].source, m_textSource);
    QCOMPARE(c.citations[0].quote, Passage);
    // The table, the timeline, the actor counts and the citations show it.
    QCOMPARE(shownCell(d, made, ClaimTableModel::StatementColumn).toString(), Statement);
    QVERIFY(shownCell(d, made, ClaimTableModel::ActorsColumn).toString().contains(acme));
    QVERIFY(d.chart()->plottedClaims().contains(made));
    QCOMPARE(d.chart()->plottedClaims().size(), plotted + 1);
    QCOMPARE(shownCount(d, acme).toInt(), m_acmeCount.toInt() + 1);
    QCOMPARE(d.selection()->currentClaim(), made);
    QCOMPARE(d.citationPanel()->shownClaim(), made);
    QVERIFY(d.citationPanel()->browser()->toPlainText().contains(Passage));
    QCOMPARE(DatasetJsonWriter::write(storedDataset(m_path)), DatasetJsonWriter::write(data()));
}

// Edit Claim… on the current claim: a new month typed over the date.
void TestGuiWorkbench::editDate()
{
    Dashboard &d = dashboard();
    const int c = claim();
    QCOMPARE(d.selection()->currentClaim(), c);
    const QString before = shownDate(d, c);
    whenOpen<ClaimEditDialog>([](ClaimEditDialog *dialog) {
        QLineEdit *date = dialog->form()->dateEdit();
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("2024-07"));
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY2(ok->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QAction *edit = act("editClaim");
    QVERIFY(edit && edit->isEnabled());
    edit->trigger();
    QCOMPARE(data().claims[c].date.toIsoString(), QStringLiteral("2024-07"));
    QVERIFY(shownDate(d, c) != before);
    QCOMPARE(shownDate(d, c),
             ClaimTableModel(data()).index(c, ClaimTableModel::DateColumn).data().toString());
    QVERIFY(d.chart()->plottedClaims().contains(c));
    QCOMPARE(storedDataset(m_path).claims[c].date.toIsoString(), QStringLiteral("2024-07"));
}

// Edit ▸ Undo names the edit and takes it back everywhere; Redo puts it back.
void TestGuiWorkbench::undoAndRedo()
{
    Dashboard &d = dashboard();
    const int c = claim();
    const QString edited = shownDate(d, c);
    QAction *undo = act("undo");
    QAction *redo = act("redo");
    QVERIFY(undo && redo);
    QCOMPARE(undo->text().remove(u'&'), QStringLiteral("Undo Change date of %1").arg(m_claimId));
    undo->trigger();
    QCOMPARE(data().claims[c].date.toIsoString(), QStringLiteral("2024-05"));
    QVERIFY(shownDate(d, c) != edited);
    QCOMPARE(storedDataset(m_path).claims[c].date.toIsoString(), QStringLiteral("2024-05"));
    QCOMPARE(redo->text().remove(u'&'), QStringLiteral("Redo Change date of %1").arg(m_claimId));
    redo->trigger();
    QCOMPARE(data().claims[c].date.toIsoString(), QStringLiteral("2024-07"));
    QCOMPARE(shownDate(d, c), edited);
    QCOMPARE(storedDataset(m_path).claims[c].date.toIsoString(), QStringLiteral("2024-07"));
}

// Ctrl+D in the table stars the claim; Edit ▸ Tag Claims… tags it.
void TestGuiWorkbench::starAndTag()
{
    Dashboard &d = dashboard();
    const int c = claim();
    // The window is the active one again after the dialogs, as for a user's next key.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    clickClaim(d, c);
    QCOMPARE(d.selection()->currentClaim(), c);
    d.claimTable()->setFocus();
    QTest::keyClick(d.claimTable(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(shownCell(d, c, ClaimTableModel::StatementColumn, ClaimTableModel::KeyRole).toBool());
    QVERIFY(storedMarkup(m_path).of(m_claimId).key);

    whenOpen<QInputDialog>([](QInputDialog *dialog) {
        auto *line = dialog->findChild<QLineEdit *>();
        QVERIFY(line);
        QTest::keyClicks(line, Tag);
        QTest::keyClick(line, Qt::Key_Return);
    });
    act("tagClaims")->trigger();
    QCOMPARE(
        shownCell(d, c, ClaimTableModel::StatementColumn, ClaimTableModel::TagsRole).toStringList(),
        QStringList{Tag});
    QCOMPARE(storedMarkup(m_path).of(m_claimId).tags, QStringList{Tag});
    QCOMPARE(d.filterBar()->tagsButton()->values(), QStringList{Tag});
}

// The filter bar's tag choice leaves the tagged claim alone in the table and on the timeline;
// taken off, every claim is back.
void TestGuiWorkbench::filterByTag()
{
    Dashboard &d = dashboard();
    const QList<QAction *> choices = d.filterBar()->tagsButton()->list()->actions();
    const auto tagged = std::find_if(choices.begin(), choices.end(),
                                     [](QAction *a) { return a->data().toString() == Tag; });
    QVERIFY(tagged != choices.end());
    (*tagged)->trigger();
    QCOMPARE(d.filter()->filter().tags, QStringList{Tag});
    QCOMPARE(shownIds(*m_window), QStringList{m_claimId});
    QCOMPARE(d.chart()->plottedClaims(), QList<int>{claim()});

    (*tagged)->trigger();
    QVERIFY(d.filter()->filter().tags.isEmpty());
    QCOMPARE(shownIds(*m_window).size(), data().claims.size());
}

// Acme merged into Jeanne Dupont from the actor list: one actor fewer, every claim that named
// Acme names her, the new one too.
void TestGuiWorkbench::mergeActors()
{
    Dashboard &d = dashboard();
    ActorListView *actors = d.actorList();
    const int acme = data().actorIndex(QStringLiteral("acme"));
    const QString jeanne = data().actors[data().actorIndex(QStringLiteral("jeanne-dupont"))].name;
    const int listed = actors->model()->rowCount();
    actors->setFocus();
    QTest::mouseClick(actors->viewport(), Qt::LeftButton, {},
                      actors->visualRect(actors->indexOfActor(acme)).center());
    QAction *merge = act("mergeActors");
    QVERIFY(merge && merge->isEnabled());
    whenOpen<ActorMergeDialog>([](ActorMergeDialog *dialog) {
        QComboBox *target = dialog->target();
        target->setCurrentIndex(target->findData(QStringLiteral("jeanne-dupont")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("merge")),
                          Qt::LeftButton);
    });
    merge->trigger();
    QCOMPARE(data().actorIndex(QStringLiteral("acme")), -1);
    QCOMPARE(actors->model()->rowCount(), listed - 1);
    QCOMPARE(shownCount(d, jeanne), QString::number(data().claims.size()));
    QVERIFY(shownCell(d, claim(), ClaimTableModel::ActorsColumn).toString().contains(jeanne));
    QCOMPARE(DatasetJsonWriter::write(storedDataset(m_path)), DatasetJsonWriter::write(data()));
}

// The new claim and c3 selected in the table, then Record Conflict….
void TestGuiWorkbench::recordConflict()
{
    Dashboard &d = dashboard();
    const qsizetype conflicts = data().conflicts.size();
    const int rows = d.conflicts()->model()->rowCount();
    clickClaim(d, data().claimIndex(QStringLiteral("c3")));
    clickClaim(d, claim(), Qt::ControlModifier);
    QCOMPARE(int(d.selection()->selectedClaims().size()), 2);
    QAction *record = act("recordConflict");
    QVERIFY(record && record->isEnabled());
    whenOpen<ConflictDialog>([](ConflictDialog *dialog) {
        QTest::keyClicks(dialog->about(), QStringLiteral("Whether an inquiry was opened"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("record")),
                          Qt::LeftButton);
    });
    record->trigger();
    QCOMPARE(data().conflicts.size(), conflicts + 1);
    const Conflict &added = data().conflicts.last();
    QCOMPARE(added.about, QStringLiteral("Whether an inquiry was opened"));
    QVERIFY(added.claims.contains(m_claimId) && added.claims.contains(QStringLiteral("c3")));
    QCOMPARE(d.conflicts()->model()->rowCount(), rows + 2); // its title and its sides
    QCOMPARE(storedDataset(m_path).conflicts, data().conflicts);
    m_beforeClose = DatasetJsonWriter::write(data());
}

// The window closed, the dossier opened again in a new one: all of it is there.
void TestGuiWorkbench::closeAndReopen()
{
    const int conflictRows = dashboard().conflicts()->model()->rowCount();
    const int actorRows = dashboard().actorList()->model()->rowCount();
    m_window->close();
    m_window.reset();
    QString error;
    m_window = openDossier(m_path, m_corpus, &error);
    QVERIFY2(m_window, qPrintable(error));
    Dashboard &d = dashboard();
    QCOMPARE(DatasetJsonWriter::write(data()), m_beforeClose);
    const int c = claim();
    QVERIFY(c >= 0);
    QCOMPARE(shownCell(d, c, ClaimTableModel::StatementColumn).toString(), Statement);
    QCOMPARE(shownDate(d, c),
             ClaimTableModel(data()).index(c, ClaimTableModel::DateColumn).data().toString());
    QVERIFY(shownCell(d, c, ClaimTableModel::StatementColumn, ClaimTableModel::KeyRole).toBool());
    QCOMPARE(
        shownCell(d, c, ClaimTableModel::StatementColumn, ClaimTableModel::TagsRole).toStringList(),
        QStringList{Tag});
    QCOMPARE(d.filterBar()->tagsButton()->values(), QStringList{Tag});
    QVERIFY(d.chart()->plottedClaims().contains(c));
    QCOMPARE(d.conflicts()->model()->rowCount(), conflictRows);
    QCOMPARE(d.actorList()->model()->rowCount(), actorRows);
    QVERIFY(m_window->session()->isEditable());
    // Its citation shows in the citations panel once it is current again.
    clickClaim(d, c);
    QCOMPARE(d.citationPanel()->shownClaim(), c);
    QVERIFY(d.citationPanel()->browser()->toPlainText().contains(Passage));
}

// File ▸ Export Dataset, then the real program: check against the corpus, import into a new
// database, export from it: the same bytes.
void TestGuiWorkbench::exportCheckReimport()
{
    auto *exporter = m_window->findChild<DatasetExportAction *>();
    QVERIFY(exporter);
    const QString file = m_dir.filePath(QStringLiteral("harbour.json"));
    exporter->setPathChooser([&file](const QString &) { return file; });
    QAction *exportAction = nullptr;
    for (QAction *a : m_window->menuActions())
        if (a->objectName() == QLatin1String("exportDataset"))
            exportAction = a;
    QVERIFY(exportAction && exportAction->isEnabled());
    exportAction->trigger();
    const QByteArray exported = bytesOf(file);
    QCOMPARE(exported, m_beforeClose);

    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    const TestSupport::Run check = TestSupport::runDossier(
        {QStringLiteral("check"), file, QStringLiteral("--corpus"), m_corpus}, home);
    QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());

    const QString copy = m_dir.filePath(QStringLiteral("again.sqlite"));
    const TestSupport::Run import = TestSupport::runDossier(
        {QStringLiteral("import"), file, QStringLiteral("--database"), copy}, home);
    QVERIFY2(import.exitCode == 0, (import.out + import.err).constData());
    const QString again = m_dir.filePath(QStringLiteral("again.json"));
    const TestSupport::Run exportAgain = TestSupport::runDossier(
        {QStringLiteral("export"), QStringLiteral("--database"), copy, QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("-o"), again},
        home);
    QVERIFY2(exportAgain.exitCode == 0, (exportAgain.out + exportAgain.err).constData());
    QCOMPARE(bytesOf(again), exported);
}

QTEST_MAIN(TestGuiWorkbench)
#include "tst_gui_workbench.moc"
