#include "models/dossier/Change.h"
#include "tests/support/TestSupport.h"
#include "widgets/editing/AddArticleDialog.h"
#include "widgets/editing/PartialDateEdit.h"
#include "widgets/editing/SourceForm.h"
#include "widgets/views/NumberedTextEdit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestAddArticleDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void htmlPageFilledIn();
    void fieldsCheckedAsTyped();
    void refusedFile();
    void drop();
    void keyboard();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QPushButton *okButton(const AddArticleDialog &dialog);
    static QLabel *problemBeside(QWidget *field);

    QTemporaryDir m_files;
    QTemporaryDir m_corpus;
    Dataset m_dataset;
};

namespace {

const QByteArray Page =
    "<!DOCTYPE html><html lang='fr'><head><title>Musk contre OpenAI | Le Journal</title>"
    "<meta property='og:title' content='Musk contre OpenAI'>"
    "<meta property='og:site_name' content='Le Journal'>"
    "<meta name='author' content='Jeanne Martin'>"
    "<meta property='article:published_time' content='2024-03-05T08:00:00Z'>"
    "<script>alert('<p>not text</p>')</script></head><body><nav><a>Accueil</a></nav>"
    "<h1>Musk contre OpenAI</h1><p>Elon Musk a <b>porté plainte</b> contre OpenAI.</p>"
    "<p>OpenAI r&eacute;pond que Musk voulait la fusionner avec Tesla.</p>"
    "<footer><p>© Le Journal</p></footer></body></html>";

} // namespace

void TestAddArticleDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_dataset = TestSupport::miniDataset();
    QVERIFY(!m_dataset.sources.isEmpty());
}

QString TestAddArticleDialog::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QPushButton *TestAddArticleDialog::okButton(const AddArticleDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// The label under a field that says what is wrong with it.
QLabel *TestAddArticleDialog::problemBeside(QWidget *field)
{
    for (QLabel *label : field->parentWidget()->findChildren<QLabel *>())
        if (label->buddy() == nullptr && label->parentWidget() == field->parentWidget())
            return label;
    return nullptr;
}

void TestAddArticleDialog::htmlPageFilledIn()
{
    AddArticleDialog dialog(m_dataset, m_corpus.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.blockedReason().contains("Choose an article file"));

    QVERIFY(dialog.loadFile(write("musk.html", Page)));
    // The paragraphs as the article view shows them, numbered; the page's furniture left out.
    auto *review = dialog.findChild<NumberedTextEdit *>();
    QVERIFY(review);
    QVERIFY(review->isReadOnly());
    const QString shown = review->toPlainText();
    QVERIFY2(shown.contains("Elon Musk a porté plainte contre OpenAI."), qPrintable(shown));
    QVERIFY(!shown.contains("Accueil"));
    QVERIFY(!shown.contains("not text"));
    QVERIFY(!shown.contains("©"));
    QCOMPARE(review->numberAt(0), 1);
    QCOMPARE(review->numberAt(2), 2);
    QCOMPARE(review->numberAt(4), 3);

    // Pre-filled from the page's meta tags.
    SourceForm *form = dialog.form();
    const auto text = [form](const char *name) {
        return qobject_cast<QLineEdit *>(form->field(QLatin1String(name)))->text();
    };
    QCOMPARE(text("title"), QStringLiteral("Musk contre OpenAI"));
    QCOMPARE(text("outlet"), QStringLiteral("Le Journal"));
    QCOMPARE(text("author"), QStringLiteral("Jeanne Martin"));
    QCOMPARE(text("published"), QStringLiteral("2024-03-05"));
    QCOMPARE(text("language"), QStringLiteral("fr"));
    QCOMPARE(text("file"), QStringLiteral("musk.txt"));
    QCOMPARE(text("label"), QStringLiteral("Le Journal, 2024"));

    // The user makes the label theirs and says how the date is known; OK gives the source.
    auto *label = qobject_cast<QLineEdit *>(form->field("label"));
    label->selectAll();
    QTest::keyClicks(label, "Le Journal, March 2024");
    QTest::keyClicks(form->field("notes"), "Reports the complaint's filing only.");
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.blockedReason()));

    if (const QString shots = qEnvironmentVariable("DOSSIER_SHOTS"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath("add-article.png"));

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Source s = dialog.source();
    QCOMPARE(s.label, QStringLiteral("Le Journal, March 2024"));
    QCOMPARE(s.published, PartialDate::fromDate(QDate(2024, 3, 5)));
    QCOMPARE(s.notes, QStringLiteral("Reports the complaint's filing only."));
    QCOMPARE(s.file, QStringLiteral("musk.txt"));
    QCOMPARE(s.sha256, dialog.article().sha256);
    QCOMPARE(s.id, QStringLiteral("le-journal-march-2024"));
    // The dialog wrote nothing; the change it offers creates exactly this source.
    QVERIFY(QDir(m_corpus.path()).isEmpty());
    const Change change = AddArticleDialog::addSourceChange(s);
    QCOMPARE(change.operations.size(), 1);
    QVERIFY(!change.operations[0].before);
    QCOMPARE(std::get<Source>(*change.operations[0].after), s);
}

void TestAddArticleDialog::fieldsCheckedAsTyped()
{
    AddArticleDialog dialog(m_dataset, m_corpus.path());
    dialog.show();
    QVERIFY(dialog.loadFile(write("plain.txt", "Un paragraphe.\nUn autre.\n")));
    SourceForm *form = dialog.form();
    // A text file suggests nothing: OK says what is missing first.
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.blockedReason().startsWith("Label: must not be empty"),
             qPrintable(dialog.blockedReason()));
    QCOMPARE(okButton(dialog)->toolTip(), dialog.blockedReason());

    // Another source's label: refused beside the field, in the validator's words.
    auto *label = qobject_cast<QLineEdit *>(form->field("label"));
    QTest::keyClicks(label, m_dataset.sources[0].label);
    QLabel *problem = problemBeside(label);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains("is also the label of source"), qPrintable(problem->text()));
    QCOMPARE(label->accessibleDescription(), problem->text());
    if (const QString shots = qEnvironmentVariable("DOSSIER_SHOTS"); !shots.isEmpty()) {
        QApplication::processEvents(); // the layout settles before it is drawn
        dialog.grab().save(QDir(shots).filePath("add-article-problem.png"));
    }
    QTest::keyClicks(label, " bis");
    QVERIFY(!problem->isVisible());

    QTest::keyClicks(form->field("outlet"), "Gazette");
    QTest::keyClicks(form->field("title"), "Un titre");
    QTest::keyClicks(form->field("language"), "fr");
    QVERIFY2(dialog.blockedReason().startsWith("Published: must not be empty"),
             qPrintable(dialog.blockedReason()));
    QTest::keyClicks(form->field("published"), "2024-02-30");
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.blockedReason().startsWith("Published: "));
    auto *date = qobject_cast<QLineEdit *>(form->field("published"));
    date->clear();
    QTest::keyClicks(date, "2024-02");
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.blockedReason()));

    // A title over the validator's limit, and a file name already taken in the corpus.
    auto *title = qobject_cast<QLineEdit *>(form->field("title"));
    title->setText(QString(501, QLatin1Char('t')));
    QVERIFY(dialog.blockedReason().contains("this field holds at most 500"));
    QVERIFY(problemBeside(title)->isVisible());
    title->setText("Un titre");
    QFile taken(QDir(m_corpus.path()).filePath("taken.txt"));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    auto *file = qobject_cast<QLineEdit *>(form->field("file"));
    file->setText("taken.txt");
    QVERIFY2(dialog.blockedReason().contains("already taken"), qPrintable(dialog.blockedReason()));
    file->setText("../outside.txt");
    QVERIFY(!okButton(dialog)->isEnabled());
    file->setText("plain.txt");
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(taken.remove());
}

void TestAddArticleDialog::refusedFile()
{
    AddArticleDialog dialog(m_dataset, m_corpus.path());
    dialog.show();
    QVERIFY(!dialog.loadFile(write("binary.txt", QByteArray("\x7f"
                                                            "ELF\0\0\1",
                                                            7))));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.form()->isEnabled());
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains("binary file"));
    QVERIFY(said);
    QVERIFY(dialog.findChild<NumberedTextEdit *>()->toPlainText().isEmpty());
    // A good file after a bad one is taken.
    QVERIFY(dialog.loadFile(write("good.txt", "Bon.\n")));
    QVERIFY(dialog.form()->isEnabled());
    QVERIFY(!dialog.blockedReason().contains("cannot be added"));
}

void TestAddArticleDialog::drop()
{
    AddArticleDialog dialog(m_dataset, m_corpus.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(write("dropped.html", Page))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &dropped);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.form()->field("file"))->text(),
             QStringLiteral("dropped.txt"));
    // Two files, or no file, are not taken.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile("/a.txt"), QUrl::fromLocalFile("/b.txt")});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&dialog, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestAddArticleDialog::keyboard()
{
    AddArticleDialog dialog(m_dataset, m_corpus.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.loadFile(write("keys.html", Page)));
    SourceForm *form = dialog.form();
    const QStringList order{"label",          "outlet",   "title", "author", "published",
                            "published_note", "language", "notes", "file"};
    // Every field has a label that is its buddy and names it to a screen reader.
    for (const QString &name : order) {
        QWidget *field = form->field(name);
        QVERIFY2(field, qPrintable(name));
        QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(name));
        bool labelled = false;
        for (const QLabel *label : form->findChildren<QLabel *>())
            labelled = labelled || label->buddy() == field ||
                       (label->buddy() && label->buddy()->focusProxy() == field);
        QVERIFY2(labelled, qPrintable(name));
    }
    // Tab walks the form top to bottom, then reaches the buttons.
    form->field("label")->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return form->field("label")->hasFocus(); }));
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(form->field(order[i])->hasFocus(),
                 qPrintable(order[i] + " lacks the focus; it is on " +
                            QApplication::focusWidget()->metaObject()->className()));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QPushButton *>(QApplication::focusWidget()));
    // Alt+T goes to the title.
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QVERIFY(form->field("title")->hasFocus());
}

QTEST_MAIN(TestAddArticleDialog)
#include "tst_gui_addarticledialog.moc"
