// Dataset text is data, never markup. Every text field of the dataset holds HTML, entities,
// arg() and title placeholders and a mnemonic; the test walks every role of every item model
// and every string a widget, an action or a tooltip of the window shows, and checks that each
// shows the field exactly as written: not rendered as HTML (an <img> would make Qt read the
// file it names), not escaped twice, not cut by a later arg(), not turned into a shortcut.
#include "app/window/MainWindow.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/shell/AboutText.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/HiddenClaimBar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>
#include <qcustomplot.h>

namespace {

// The start of every field, then its tag, then the markup. The image names no file: were the
// text rendered as HTML here, nothing must be read.
const QString Open = QStringLiteral("⟦");
const QString Close = QStringLiteral("⟧");
const QString Markup =
    QStringLiteral("<b>bold</b> %1 %2 &amp; <img src=\"file:///nonexistent/dossier-test.png\"> "
                   "<a href=\"file:///etc/passwd\">link</a> <h1>head</h1> [*] & end");

QString field(const QString &tag)
{
    return Open + tag + Close + Markup;
}

// The mini dataset with every text field (ids, kinds and dates aside) holding markup.
Dataset markupDataset()
{
    Dataset d = TestSupport::miniDataset();
    d.info.title = field(QStringLiteral("dataset title"));
    d.info.version = field(QStringLiteral("version"));
    d.info.description = field(QStringLiteral("description"));
    for (Source &s : d.sources) {
        s.file = field(s.id + QStringLiteral(" file"));
        s.outlet = field(s.id + QStringLiteral(" outlet"));
        s.title = field(s.id + QStringLiteral(" title"));
        s.author = field(s.id + QStringLiteral(" author"));
        s.publishedNote = field(s.id + QStringLiteral(" note"));
        s.language = field(s.id + QStringLiteral(" language"));
    }
    for (Actor &a : d.actors) {
        a.name = field(a.id + QStringLiteral(" name"));
        a.aliases = {field(a.id + QStringLiteral(" alias"))};
        a.description = field(a.id + QStringLiteral(" description"));
    }
    for (Claim &c : d.claims) {
        c.statement = field(c.id + QStringLiteral(" statement"));
        c.dateNote = field(c.id + QStringLiteral(" date note"));
        for (ActorRef &r : c.actors)
            r.role = field(c.id + QStringLiteral(" role"));
        for (Citation &q : c.citations) {
            q.quote = field(c.id + QStringLiteral(" quote"));
            q.prefix = field(c.id + QStringLiteral(" prefix"));
            q.suffix = field(c.id + QStringLiteral(" suffix"));
        }
    }
    for (Conflict &k : d.conflicts)
        k.about = field(k.id + QStringLiteral(" about"));
    d.reindex();
    return d;
}

// What the user reads of a string Qt shows wherever it guesses its format (a tooltip, a
// message box, a label in Qt::AutoText): as HTML when Qt::mightBeRichText() says so. Images
// and links in it are problems of their own.
QString rendered(const QString &text, QStringList *problems, const QString &where)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text); // lays nothing out: no image is loaded
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                *problems << where + QStringLiteral(": an image: ") + text;
            if (f.isAnchor() && f.anchorHref().contains(QLatin1String("passwd")))
                *problems << where + QStringLiteral(": a link from the data: ") + text;
        }
    return doc.toPlainText();
}

// A button's or an action's text as shown: "&&" is an '&', a single '&' marks a shortcut.
QString withoutMnemonic(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        out += text[i];
    }
    return out;
}

// A window title as shown: "[*][*]" is "[*]", a single "[*]" is the modified flag.
QString titleShown(const QString &title)
{
    QString out = title;
    out.replace(QLatin1String("[*][*]"), QStringLiteral("\u0001"));
    out.remove(QLatin1String("[*]"));
    return out.replace(QChar(1), QLatin1String("[*]"));
}

// Every field shown in `shown` appears as written: its markup follows its tag to the end, or
// to where the view shortened it ("…"), or to the end of the string.
void checkVerbatim(const QString &shown, const QString &where, QStringList *problems)
{
    for (qsizetype at = shown.indexOf(Open); at >= 0; at = shown.indexOf(Open, at + 1)) {
        const QStringView rest = QStringView(shown).sliced(at);
        const qsizetype close = rest.indexOf(Close);
        if (close < 0)
            continue; // shortened within the tag
        const QString expected = rest.first(close + 1).toString() + Markup;
        qsizetype k = 0;
        while (k < rest.size() && k < expected.size() && rest[k] == expected[k])
            ++k;
        if (k == expected.size() || k == rest.size() || rest[k] == QChar(0x2026))
            continue;
        *problems << QStringLiteral("%1: not as written from “%2”: %3")
                         .arg(where, expected.mid(k, 12), shown);
    }
}

class Walker
{
public:
    QStringList problems;
    int strings = 0; // shown strings holding dataset text

    // A string Qt shows as it is (item text, accessible text, a line edit, a status tip).
    void plain(const QString &text, const QString &where) { check(text, where); }
    // A string Qt shows as HTML when it looks like HTML.
    void autoText(const QString &text, const QString &where)
    {
        check(rendered(text, &problems, where), where);
    }

    void model(const QAbstractItemModel *model, const QString &name)
    {
        if (!model || m_models.contains(model))
            return;
        m_models.insert(model);
        if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
            this->model(proxy->sourceModel(), name + QStringLiteral(" source"));
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                // Every role Qt defines and a few of the model's own.
                for (int role = 0; role < Qt::UserRole + 16; ++role) {
                    if (role == 16)
                        role = Qt::UserRole;
                    const QVariant value = model->data(index, role);
                    if (value.typeId() != QMetaType::QString)
                        continue;
                    const QString where = QStringLiteral("%1 (%2, %3) role %4")
                                              .arg(name)
                                              .arg(row)
                                              .arg(column)
                                              .arg(role);
                    if (role == Qt::ToolTipRole || role == Qt::WhatsThisRole)
                        autoText(value.toString(), where);
                    else
                        plain(value.toString(), where);
                }
            }
        for (int section = 0; section < model->columnCount(); ++section)
            plain(model->headerData(section, Qt::Horizontal).toString(),
                  name + QStringLiteral(" header"));
    }

    void widget(QWidget *w)
    {
        const QString name = QStringLiteral("%1 “%2”").arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName());
        autoText(w->toolTip(), name + QStringLiteral(" tooltip"));
        autoText(w->whatsThis(), name + QStringLiteral(" what's this"));
        plain(w->statusTip(), name + QStringLiteral(" status tip"));
        plain(w->accessibleName(), name + QStringLiteral(" accessible name"));
        plain(w->accessibleDescription(), name + QStringLiteral(" accessible description"));
        if (w->isWindow())
            plain(titleShown(w->windowTitle()), name + QStringLiteral(" title"));
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString where = name + QStringLiteral(" text");
            if (label->textFormat() == Qt::PlainText)
                plain(label->text(), where);
            else if (label->textFormat() == Qt::RichText)
                check(rendered(QStringLiteral("<html>") + label->text(), &problems, where), where);
            else
                autoText(label->text(), where);
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            plain(withoutMnemonic(button->text()), name + QStringLiteral(" text"));
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            plain(edit->text(), name + QStringLiteral(" text"));
            if (edit->completer())
                model(edit->completer()->model(), name + QStringLiteral(" completer"));
        }
        if (auto *combo = qobject_cast<QComboBox *>(w))
            model(combo->model(), name + QStringLiteral(" items"));
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            model(view->model(), name + QStringLiteral(" model"));
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            document(edit->document(), name);
    }

    void action(QAction *a)
    {
        const QString name = QStringLiteral("action “%1”").arg(a->text());
        plain(withoutMnemonic(a->text()), name);
        autoText(a->toolTip(), name + QStringLiteral(" tooltip"));
        plain(a->statusTip(), name + QStringLiteral(" status tip"));
    }

    // A rich text view: its text as shown, and no image or link that came from the data.
    void document(const QTextDocument *doc, const QString &name)
    {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isImageFormat())
                    problems << name + QStringLiteral(": an image");
                if (f.isAnchor() && f.anchorHref().contains(QLatin1String("passwd")))
                    problems << name + QStringLiteral(": a link from the data");
            }
        plain(doc->toPlainText(), name + QStringLiteral(" document"));
    }

    void window(QWidget *top)
    {
        widget(top);
        for (QWidget *w : top->findChildren<QWidget *>())
            widget(w);
        for (QAction *a : top->findChildren<QAction *>())
            action(a);
    }

private:
    void check(const QString &shown, const QString &where)
    {
        if (shown.contains(Open) || shown.contains(QLatin1String("bold</b>")))
            ++strings;
        checkVerbatim(shown, where, &problems);
        if (shown.contains(QLatin1String("&lt;")) || shown.contains(QLatin1String("&amp;amp;")))
            problems << where + QStringLiteral(": escaped twice: ") + shown;
    }

    QSet<const QAbstractItemModel *> m_models;
};

} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyShownStringIsPlainText();
    void aboutBoxShowsTheTitleAsWritten();

private:
    QTemporaryDir m_settings;
    Dataset m_dataset;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlainText::initTestCase()
{
    WindowFixture::isolateSettings(m_settings);
    m_dataset = markupDataset();
}

void TestPlainText::cleanup()
{
    m_window.reset();
}

void TestPlainText::everyShownStringIsPlainText()
{
    m_window = WindowFixture::openWindow(m_dataset);
    QVERIFY(m_window);
    Dashboard *dashboard = m_window->dashboard();
    Walker walker;

    // At rest; then with a claim selected (the citation panel), its tooltip on the timeline,
    // every actor in the filter (chips and the summary), the article window open.
    walker.window(m_window.get());
    const int c3 = m_dataset.claimIndex(QStringLiteral("c3")); // answers c2, in a conflict
    dashboard->selection()->setCurrentClaim(c3);
    const auto pixel = dashboard->chart()->markerPixel(c3);
    QVERIFY(pixel);
    QTest::mouseMove(dashboard->chart()->plot(), pixel->toPoint());
    QTRY_VERIFY(QToolTip::isVisible());
    walker.autoText(QToolTip::text(), QStringLiteral("timeline tooltip"));
    QCustomPlot *plot = dashboard->chart()->plot();
    plot->replot();
    for (const QString &label : plot->yAxis->tickVectorLabels())
        walker.plain(label, QStringLiteral("lane label"));
    QStringList actors;
    for (const Actor &a : m_dataset.actors)
        actors << a.id;
    dashboard->filter()->setActors(actors);
    dashboard->filter()->setSources({QStringLiteral("alpha")});
    // A claim the filter hides made current: the notice names it, its statement in a tooltip.
    dashboard->selection()->setCurrentClaim(m_dataset.claimIndex(QStringLiteral("c4")));
    QVERIFY(dashboard->hiddenClaimBar()->isVisible());
    dashboard->showInArticle(c3, 0);
    QTRY_VERIFY(dashboard->articleView()->isVisible());
    walker.window(m_window.get());
    walker.window(dashboard->articleView());
    // A search for markup: in the summary and the search box.
    dashboard->filter()->setText(field(QStringLiteral("search")));
    walker.window(m_window.get());

    QVERIFY2(walker.strings > 100, qPrintable(QString::number(walker.strings)));
    QVERIFY2(walker.problems.isEmpty(), qPrintable(walker.problems.join(QLatin1Char('\n'))));
}

// The About box is HTML of ours around the dataset's title and version.
void TestPlainText::aboutBoxShowsTheTitleAsWritten()
{
    Walker walker;
    const QString database = QStringLiteral("/tmp/<b>db</b>%1.sqlite");
    const QString about = AboutText::about(m_dataset, database);
    walker.autoText(about, QStringLiteral("about"));
    QCOMPARE(walker.strings, 1);
    QStringList problems;
    QVERIFY(rendered(about, &problems, QString()).contains(database));
    QVERIFY2(walker.problems.isEmpty(), qPrintable(walker.problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPlainText)
#include "tst_gui_plaintext.moc"
