// Building a dossier in the window as a user does: File ▸ New Dossier makes an empty one that
// opens editable, with its corpus folder; Add Article (chosen, or a file dropped on the window;
// text or a saved page) writes the article into the corpus folder and adds its source as one
// edit that Undo takes back; a passage selected in the article view becomes a new claim, or
// another citation of the current claim, which every view shows and which resolves to exactly
// the selected place.
#include "app/window/CullActions.h"
#include "app/window/DossierActions.h"
#include "app/window/DropImporter.h"
#include "app/window/MainWindow.h"
#include "models/corpus/CitationLocator.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/RecordIds.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/editing/ActorRefsEditor.h"
#include "widgets/editing/AddArticleDialog.h"
#include "widgets/editing/ClaimEditDialog.h"
#include "widgets/editing/ClaimForm.h"
#include "widgets/editing/SourceForm.h"
#include "widgets/shell/AppSettings.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
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

// An article of our own (never one of the corpus's): "the merger" twice in its first paragraph,
// and a third paragraph too long to quote whole.
const QString Article =
    QStringLiteral("Acme announced the merger on Monday. The board approved the merger at once.\n"
                   "The regulator opened an inquiry in May.\n"
                   "%1\n")
        .arg(QString(QStringLiteral("word ")).repeated(80).trimmed());

const QByteArray Page =
    "<!DOCTYPE html><html lang=\"en\"><head><title>A saved page</title>"
    "<script>var tracking = 1;</script><style>p { color: red; }</style></head><body>"
    "<nav><a href=\"/\">Home</a></nav><p>The first paragraph of the page.</p>"
    "<p>The second paragraph, with <b>bold</b> words.</p></body></html>";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A window on the mini dataset saved in a store in `dir`, its corpus folder `dir/corpus`.
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
    QDir(dir.path()).mkdir(QStringLiteral("corpus"));
    window->dashboard()->setCorpusPath(dir.filePath(QStringLiteral("corpus")));
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

void typeInto(QWidget *field, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->clear();
    QTest::keyClicks(field, text);
}

// Answers the Add Article dialog (on `file` when given) with a source labelled `label`.
void answerAddArticle(const QString &file, const QString &label)
{
    whenOpen<AddArticleDialog>([file, label](AddArticleDialog *dialog) {
        if (!file.isEmpty())
            QVERIFY(dialog->loadFile(file));
        QVERIFY2(dialog->article().ok(), qPrintable(dialog->article().error));
        SourceForm *form = dialog->form();
        typeInto(form->field(QStringLiteral("label")), label);
        typeInto(form->field(QStringLiteral("outlet")), QStringLiteral("Test Wire"));
        typeInto(form->field(QStringLiteral("title")), QStringLiteral("A test article"));
        typeInto(form->field(QStringLiteral("language")), QStringLiteral("en"));
        typeInto(form->field(QStringLiteral("published")), QStringLiteral("2024-03"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY2(ok->isEnabled(), qPrintable(dialog->blockedReason()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

// Selects the `occurrence`th (0-based) `words` in the article view's text, as a drag does.
void selectShown(ArticleView *view, const QString &words, int occurrence = 0)
{
    QPlainTextEdit *text = view->textView();
    const QString shown = text->toPlainText();
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = shown.indexOf(words, at + 1);
    QVERIFY2(at >= 0, qPrintable(words));
    QTextCursor cursor(text->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + words.size()), QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
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

// The claims count the actor list shows for an actor.
QString shownCount(Dashboard *d, const QString &name)
{
    ActorTableModel *model = d->actorList()->actorModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ActorTableModel::NameColumn).data().toString() == name)
            return model->index(row, ActorTableModel::ClaimsColumn).data().toString();
    return {};
}

} // namespace

class TestCulling final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(m_settings); }

    void newDossierOpensEmptyAndEditable()
    {
        QTemporaryDir dir;
        auto window = WindowFixture::openWindow(TestSupport::miniDataset());
        auto *actions = window->findChild<DossierActions *>();
        QVERIFY(actions);
        const QString database = dir.filePath(QStringLiteral("inquiry.sqlite"));
        const QString corpus = dir.filePath(QStringLiteral("inquiry-corpus"));
        actions->setDatabaseChooser([database] { return database; });
        QSignalSpy open(window.get(), &MainWindow::openDatabaseRequested);
        QAction *create = window->findChild<QAction *>(QStringLiteral("newDossier"));
        QVERIFY(create && create->isEnabled());
        create->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), database);
        QVERIFY(QFileInfo(corpus).isDir());
        // Remembered: the window opened on it attaches that folder.
        QCOMPARE(AppSettings::corpusPath(), corpus);

        DatasetLoader::Result loaded = DatasetLoader::open(database);
        QVERIFY2(loaded.dataset, qPrintable(loaded.error));
        QVERIFY(loaded.dataset->claims.isEmpty());
        QVERIFY(loaded.dataset->sources.isEmpty());
        QVERIFY(!loaded.readOnly);
        MainWindow opened(std::move(*loaded.dataset), loaded, QString());
        QVERIFY2(opened.session()->isEditable(), qPrintable(opened.session()->readOnlyReason()));
        QCOMPARE(opened.dashboard()->corpusPath(), corpus);
        QVERIFY(opened.findChild<QAction *>(QStringLiteral("addArticle"))->isEnabled());

        // A folder that is not there: said, and nothing is made.
        const QString nowhere = dir.filePath(QStringLiteral("missing/case.sqlite"));
        QString error;
        QVERIFY(
            !DossierActions::createDossier(nowhere, DossierActions::corpusBeside(nowhere), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    }

    void addTextArticleThenUndo()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        const Dataset &data = window->session()->dataset();
        const qsizetype sources = data.sources.size();
        const QString file = writeFile(dir, QStringLiteral("inquiry.txt"), Article.toUtf8());
        answerAddArticle(file, QStringLiteral("Test Wire, March 2024"));
        QAction *add = window->findChild<QAction *>(QStringLiteral("addArticle"));
        QVERIFY(add->isEnabled());
        add->trigger();
        QCOMPARE(data.sources.size(), sources + 1);
        const Source source = data.sources.last();
        QCOMPARE(source.label, QStringLiteral("Test Wire, March 2024"));
        const QString written = dir.filePath(QStringLiteral("corpus/") + source.file);
        QFile f(written);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), Article.toUtf8());
        QCOMPARE(stored(path).sources.size(), sources + 1);
        // Shown at once, to cull from.
        ArticleView *view = window->dashboard()->articleView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->sourceId(), source.id);

        QAction *undo = window->findChild<QAction *>(QStringLiteral("undo"));
        QCOMPARE(undo->text().remove(u'&'),
                 QStringLiteral("Undo Add source Test Wire, March 2024"));
        undo->trigger();
        QCOMPARE(data.sources.size(), sources);
        QCOMPARE(stored(path).sources.size(), sources);
        QVERIFY(QFileInfo::exists(written)); // the article stays: it is evidence
    }

    void dropHtmlArticle()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        const Dataset &data = window->session()->dataset();
        const qsizetype sources = data.sources.size();
        const QString file = writeFile(dir, QStringLiteral("saved.html"), Page);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QCOMPARE(DropImporter::acceptedPath(&mime), file);
        answerAddArticle(QString(), QStringLiteral("Saved page"));
        window->dropImporter()->handle(file);
        QCOMPARE(data.sources.size(), sources + 1);
        QFile f(dir.filePath(QStringLiteral("corpus/") + data.sources.last().file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("The first paragraph of the page.")));
        QVERIFY(text.contains(QStringLiteral("with bold words")));
        QVERIFY(!text.contains(QStringLiteral("tracking")));
        QVERIFY(!text.contains(QStringLiteral("Home")));
    }

    void newClaimFromSelection()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        Dashboard *d = window->dashboard();
        const Dataset &data = window->session()->dataset();
        answerAddArticle(writeFile(dir, QStringLiteral("inquiry.txt"), Article.toUtf8()),
                         QStringLiteral("Test Wire, March 2024"));
        window->findChild<QAction *>(QStringLiteral("addArticle"))->trigger();
        const QString sourceId = data.sources.last().id;
        ArticleView *view = d->articleView();
        QAction *cull = window->findChild<QAction *>(QStringLiteral("newClaimFromSelection"));
        QVERIFY(cull);
        QCOMPARE(cull->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
        // Its shortcut works in the article's window too, where its context menu offers it.
        QVERIFY(view->actions().contains(cull));
        QVERIFY(!cull->isEnabled()); // nothing selected yet
        selectShown(view, QStringLiteral("opened an inquiry"));
        QVERIFY(cull->isEnabled());
        shoot(view, QStringLiteral("cull-selection.png"));

        const Actor &actor = data.actors.first();
        const QString actorCount = shownCount(d, actor.name);
        QStringList ids;
        for (const Claim &c : data.claims)
            ids.append(c.id);
        const QString id = RecordIds::nextNumbered(QStringLiteral("c"), ids);
        whenOpen<ClaimEditDialog>([&actor, id](ClaimEditDialog *dialog) {
            QVERIFY(dialog->windowTitle().contains(id));
            ClaimForm *form = dialog->form();
            // The citation is there already, shown.
            QCOMPARE(form->citationList()->count(), 1);
            QVERIFY(form->citationList()->item(0)->text().contains(
                QStringLiteral("opened an inquiry")));
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no date, statement or kind yet
            QTest::keyClicks(form->dateEdit(), QStringLiteral("2024-05"));
            QTest::keyClicks(form->statementEdit(),
                             QStringLiteral("The regulator opened an inquiry."));
            form->kindBox()->setCurrentIndex(form->kindBox()->findData(QStringLiteral("event")));
            ActorRefsEditor *actors = form->actorsEditor();
            QTest::mouseClick(actors->addButton(), Qt::LeftButton);
            actors->actorBox(actors->rowCount() - 1)->setEditText(actor.name);
            QTRY_VERIFY2(ok->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
            shoot(dialog, QStringLiteral("cull-claim-form.png"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        cull->trigger();
        shoot(d->articleView(), QStringLiteral("cull-after.png"));

        const int claim = data.claimIndex(id);
        QVERIFY(claim >= 0);
        const Claim &made = data.claims[claim];
        QCOMPARE(made.statement, QStringLiteral("The regulator opened an inquiry."));
        QCOMPARE(made.citations.size(), 1);
        QCOMPARE(made.citations[0].source, sourceId);
        QCOMPARE(made.citations[0].paragraph, 2);
        QCOMPARE(made.citations[0].quote, QStringLiteral("opened an inquiry"));
        QVERIFY(made.citations[0].prefix.isEmpty()); // the words occur once
        // In every view: the table, the timeline, the actor counts, the citations.
        const QModelIndex row =
            d->claimTable()->filterProxy()->indexOfClaim(claim, ClaimTableModel::StatementColumn);
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), made.statement);
        QVERIFY(d->chart()->plottedClaims().contains(claim));
        QCOMPARE(shownCount(d, actor.name).toInt(), actorCount.toInt() + 1);
        QCOMPARE(d->selection()->currentClaim(), claim);
        // The article view lets go of the selection and marks the new claim's passage current.
        QVERIFY(!view->textView()->textCursor().hasSelection());
        QCOMPARE(view->currentCitation().claim, claim);
        QCOMPARE(d->citationPanel()->shownClaim(), claim);
        QVERIFY(d->citationPanel()->browser()->toPlainText().contains(
            QStringLiteral("opened an inquiry")));
        const CitationLocator::Result located =
            CitationLocator::locate(data, d->corpusPath(), claim, 0);
        QCOMPARE(located.status, CitationLocator::Status::Found);
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(data));

        QAction *undo = window->findChild<QAction *>(QStringLiteral("undo"));
        QAction *redo = window->findChild<QAction *>(QStringLiteral("redo"));
        QCOMPARE(undo->text().remove(u'&'), QStringLiteral("Undo Add claim %1").arg(id));
        undo->trigger();
        QCOMPARE(data.claimIndex(id), -1);
        QCOMPARE(shownCount(d, actor.name), actorCount);
        redo->trigger();
        QVERIFY(data.claimIndex(id) >= 0);
    }

    void repeatedWordsGetContext()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        Dashboard *d = window->dashboard();
        const Dataset &data = window->session()->dataset();
        answerAddArticle(writeFile(dir, QStringLiteral("inquiry.txt"), Article.toUtf8()),
                         QStringLiteral("Test Wire, March 2024"));
        window->findChild<QAction *>(QStringLiteral("addArticle"))->trigger();
        ArticleView *view = d->articleView();
        auto *cull = window->findChild<CullActions *>();
        QAction *add = window->findChild<QAction *>(QStringLiteral("addCitationToClaim"));
        // The second "the merger": prefix or suffix tell it from the first.
        selectShown(view, QStringLiteral("the merger"), 1);
        QVERIFY(!add->isEnabled()); // no current claim
        const QuoteAnchor::Result quote = cull->selectedCitation();
        QVERIFY2(quote.ok(), qPrintable(quote.error));
        QCOMPARE(quote.citation.quote, QStringLiteral("the merger"));
        QVERIFY(!quote.citation.prefix.isEmpty() || !quote.citation.suffix.isEmpty());
        QCOMPARE(quote.span.start, Article.indexOf(QStringLiteral("the merger"), 20));

        const int claim = data.claimIndex(QStringLiteral("c1"));
        d->selection()->setCurrentClaim(claim);
        QVERIFY(add->isEnabled());
        const qsizetype citations = data.claims[claim].citations.size();
        add->trigger();
        QCOMPARE(data.claims[claim].citations.size(), citations + 1);
        const CitationLocator::Result located =
            CitationLocator::locate(data, d->corpusPath(), claim, int(citations));
        QCOMPARE(located.status, CitationLocator::Status::Found);
        QCOMPARE(located.quote, quote.span);
        QCOMPARE(DatasetJsonWriter::write(stored(path)), DatasetJsonWriter::write(data));
    }

    void tooLongOrAcrossParagraphsIsRefused_data()
    {
        QTest::addColumn<QString>("from"); // the words the selection starts at
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("reason");
        QTest::newRow("301 characters")
            << QStringLiteral("word") << 301 << QStringLiteral("is 301 characters long");
        QTest::newRow("two paragraphs") << QStringLiteral("at once.") << 20
                                        << QStringLiteral("from paragraph 1 to paragraph 2");
    }

    void tooLongOrAcrossParagraphsIsRefused()
    {
        QFETCH(QString, from);
        QFETCH(int, length);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        const Dataset &data = window->session()->dataset();
        answerAddArticle(writeFile(dir, QStringLiteral("inquiry.txt"), Article.toUtf8()),
                         QStringLiteral("Test Wire, March 2024"));
        window->findChild<QAction *>(QStringLiteral("addArticle"))->trigger();
        ArticleView *view = window->dashboard()->articleView();
        const int at = int(view->textView()->toPlainText().indexOf(from));
        QVERIFY(at >= 0);
        QTextCursor cursor(view->textView()->document());
        cursor.setPosition(at);
        cursor.setPosition(at + length, QTextCursor::KeepAnchor);
        view->textView()->setTextCursor(cursor);
        const qsizetype claims = data.claims.size();
        QString shown;
        whenOpen<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->informativeText();
            box->button(QMessageBox::Ok)->click();
        });
        QAction *cull = window->findChild<QAction *>(QStringLiteral("newClaimFromSelection"));
        QVERIFY(cull->isEnabled());
        cull->trigger();
        QVERIFY2(shown.contains(reason), qPrintable(shown));
        QCOMPARE(data.claims.size(), claims);
    }

    void changedFileIsNotCulled()
    {
        QTemporaryDir dir;
        QString path;
        auto window = editableWindow(dir, &path);
        const Dataset &data = window->session()->dataset();
        answerAddArticle(writeFile(dir, QStringLiteral("inquiry.txt"), Article.toUtf8()),
                         QStringLiteral("Test Wire, March 2024"));
        window->findChild<QAction *>(QStringLiteral("addArticle"))->trigger();
        const Source source = data.sources.last();
        // The file changed since its source was recorded: its text may not be what is quoted.
        QFile f(dir.filePath(QStringLiteral("corpus/") + source.file));
        QVERIFY(f.open(QIODevice::Append));
        f.write("An added line.\n");
        f.close();
        ArticleView *view = window->dashboard()->articleView();
        view->showSource(window->dashboard()->corpusPath(), source.id);
        QCOMPARE(view->status(), CitationLocator::Status::ChecksumMismatch);
        selectShown(view, QStringLiteral("opened an inquiry"));
        QAction *cull = window->findChild<QAction *>(QStringLiteral("newClaimFromSelection"));
        QVERIFY(!cull->isEnabled());
        QVERIFY2(cull->statusTip().contains(QStringLiteral("not the one")),
                 qPrintable(cull->statusTip()));
    }

    void readOnlyDisablesWithReason()
    {
        // No database behind the window: nothing could be saved.
        auto window = WindowFixture::openWindow(TestSupport::miniDataset());
        DossierSession *session = window->session();
        QVERIFY(!session->isEditable());
        for (const char *name : {"addArticle", "newClaimFromSelection", "addCitationToClaim"}) {
            QAction *action = window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
            QCOMPARE(action->statusTip(), session->readOnlyReason());
        }
        QVERIFY(window->findChild<QAction *>(QStringLiteral("newDossier"))->isEnabled());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestCulling)
#include "tst_gui_culling.moc"
