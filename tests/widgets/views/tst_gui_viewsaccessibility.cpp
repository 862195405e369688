// What assistive technology reads of the views: labels that show state are named by it and
// announce its changes, controls are labelled, row headers are titles, and the citation panel's
// text is the plain text, quotes first, with each source's dating note behind a disclosure.
#include "models/data/Dataset.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonReader.h"
#include "tests/support/TestSupport.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/ElidedLabel.h"
#include "widgets/views/FilterBar.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAccessibleTableInterface>
#include <QAccessibleTextInterface>
#include <QAccessibleValueInterface>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Every accessibility event Qt raises, while a test listens.
QList<std::pair<QObject *, QAccessible::Event>> g_events;

void recordEvent(QAccessibleEvent *event)
{
    g_events.append({event->object(), event->type()});
}

QString accessibleText(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface || !iface->textInterface())
        return {};
    QAccessibleTextInterface *text = iface->textInterface();
    return text->text(0, text->characterCount());
}

} // namespace

class TestViewsAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void summaryIsNamedByItsText();
    void filterChangeAnnouncesTheCount_data();
    void filterChangeAnnouncesTheCount();
    void combosAreLabelled_data();
    void combosAreLabelled();
    void yearBoxAtAnyReportsNoYear_data();
    void yearBoxAtAnyReportsNoYear();
    void rowHeadersAreTitlesNotNumbers_data();
    void rowHeadersAreTitlesNotNumbers();
    void citationTextIsPlain();
    void quotesComeBeforeTheSources();
    void disclosureIsClosedAndShownOncePerSource_data();
    void disclosureIsClosedAndShownOncePerSource();
    void dateNoteOpensAndStaysOpen();
    void citationLinksAreListedAndPressable();

private:
    Dataset m_dataset;
    Dashboard *m_dashboard = nullptr;
    QWidget *m_window = nullptr;
};

void TestViewsAccessibility::init()
{
    // The mini dataset, with a second quote from the source claim c1 already cites.
    QJsonObject root = TestSupport::miniObject();
    QJsonArray claims = root[QStringLiteral("claims")].toArray();
    QJsonObject first = claims[0].toObject();
    QJsonArray citations = first[QStringLiteral("citations")].toArray();
    QJsonObject second = citations[0].toObject();
    second[QStringLiteral("paragraph")] = 3;
    second[QStringLiteral("quote")] = QStringLiteral("Jeanne Dupont en est la présidente");
    citations.append(second);
    first[QStringLiteral("citations")] = citations;
    claims[0] = first;
    root[QStringLiteral("claims")] = claims;
    QJsonArray sources = root[QStringLiteral("sources")].toArray();
    for (int i = 0; i < sources.size(); ++i) {
        QJsonObject source = sources[i].toObject();
        source[QStringLiteral("published_note")] =
            QStringLiteral("Dated from the byline of edition %1; the web copy has none.").arg(i);
        source[QStringLiteral("notes")] =
            QStringLiteral("Outlet %1 is invented, for these tests only.").arg(i);
        sources[i] = source;
    }
    root[QStringLiteral("sources")] = sources;
    auto read = DatasetJsonReader::read(TestSupport::toJson(root), QStringLiteral("mini.json"));
    QVERIFY2(read.ok(), qPrintable(TestSupport::joined(read.problems)));
    m_dataset = read.dataset;

    m_dashboard = new Dashboard(m_dataset);
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    layout->addWidget(m_dashboard->filterBar());
    auto *split = new QSplitter(m_window);
    split->addWidget(m_dashboard->actorList());
    split->addWidget(m_dashboard->claimTable());
    split->addWidget(m_dashboard->citationPanel());
    layout->addWidget(split, 1);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    g_events.clear();
}

void TestViewsAccessibility::cleanup()
{
    QAccessible::installUpdateHandler(nullptr);
    g_events.clear();
    delete m_window;
    m_window = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
}

void TestViewsAccessibility::summaryIsNamedByItsText()
{
    ElidedLabel *summary = m_dashboard->filterBar()->summaryLabel();
    m_dashboard->filter()->setKinds({QStringLiteral("event")});
    QVERIFY(!summary->fullText().isEmpty());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(summary);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), summary->fullText());
    QVERIFY(!iface->text(QAccessible::Description).isEmpty()); // what the text is
}

void TestViewsAccessibility::filterChangeAnnouncesTheCount_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("a word") << QStringLiteral("Acme");
    QTest::newRow("no match") << QStringLiteral("zzzznothing");
}

void TestViewsAccessibility::filterChangeAnnouncesTheCount()
{
    QFETCH(QString, search);
    ElidedLabel *summary = m_dashboard->filterBar()->summaryLabel();
    const QString before = summary->fullText();
    QAccessible::installUpdateHandler(recordEvent);
    QLineEdit *edit = m_dashboard->filterBar()->searchEdit();
    edit->setFocus();
    QTest::keyClicks(edit, search);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(summary->fullText() != before);
    // QLabel raises NameChanged on every new text as long as no fixed name hides the text.
    QVERIFY2(summary->accessibleName().isEmpty(), "a fixed name: the new text is not announced");
    // Qt raises events only while a client listens (never on the offscreen platform; the
    // AT-SPI walk, tests/app/atspi, checks them on the bus); when it does, the event came.
    if (QAccessible::isActive()) {
        const bool announced =
            std::any_of(g_events.cbegin(), g_events.cend(), [summary](const auto &event) {
                return event.first == summary && event.second == QAccessible::NameChanged;
            });
        QVERIFY2(announced, "no NameChanged on the summary");
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(summary)->text(QAccessible::Name),
             summary->fullText());
}

void TestViewsAccessibility::combosAreLabelled_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("label");
    QTest::newRow("sources") << 0 << QStringLiteral("Sources");
    QTest::newRow("kinds") << 1 << QStringLiteral("Kinds");
    QTest::newRow("in conflict") << 2 << QStringLiteral("In conflict");
    QTest::newRow("sourcing") << 3 << QStringLiteral("Sourcing");
    QTest::newRow("claimed by") << 4 << QStringLiteral("Claimed by");
}

void TestViewsAccessibility::combosAreLabelled()
{
    QFETCH(int, which);
    QFETCH(QString, label);
    FilterBar *bar = m_dashboard->filterBar();
    QWidget *const choices[] = {bar->sourcesButton(), bar->kindsButton(), bar->conflictBox(),
                                bar->sourcingBox(), bar->claimantsButton()};
    QWidget *box = choices[which];
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
    QVERIFY(iface);
    // On Linux a combo box's name is its current item; the visible label comes through the
    // Labelled relation, and names the buttons too.
    QStringList labels;
    for (const auto &[other, relation] : iface->relations(QAccessible::Label))
        labels << other->text(QAccessible::Name);
    QVERIFY2(labels.contains(label + QLatin1Char(':')), qPrintable(labels.join(QLatin1Char('|'))));
    QCOMPARE(box->accessibleName(), label);
    QVERIFY(box->isVisibleTo(bar));
}

void TestViewsAccessibility::yearBoxAtAnyReportsNoYear_data()
{
    QTest::addColumn<bool>("to");
    QTest::addColumn<bool>("atAny");
    QTest::newRow("from, any") << false << true;
    QTest::newRow("to, any") << true << true;
    QTest::newRow("from, a year") << false << false;
    QTest::newRow("to, a year") << true << false;
}

void TestViewsAccessibility::yearBoxAtAnyReportsNoYear()
{
    QFETCH(bool, to);
    QFETCH(bool, atAny);
    FilterBar *bar = m_dashboard->filterBar();
    QSpinBox *box = to ? bar->toYearBox() : bar->fromYearBox();
    box->setValue(atAny ? box->minimum() : box->maximum());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
    QVERIFY(iface && iface->valueInterface());
    QCOMPARE(iface->role(), QAccessible::SpinBox);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    const QVariant value = iface->valueInterface()->currentValue();
    if (atAny) {
        QVERIFY2(!value.isValid(), qPrintable(value.toString()));
        QCOMPARE(iface->text(QAccessible::Value), box->specialValueText());
    } else {
        QCOMPARE(value.toInt(), box->maximum());
        QCOMPARE(iface->text(QAccessible::Value), QString::number(box->maximum()));
    }
    QVERIFY(iface->valueInterface()->minimumValue().toInt() > box->minimum());
    // The text is the line edit's, readable as for any spin box.
    QVERIFY(iface->textInterface());
    QCOMPARE(accessibleText(box), box->text());
}

void TestViewsAccessibility::rowHeadersAreTitlesNotNumbers_data()
{
    QTest::addColumn<bool>("actors");
    QTest::newRow("claims") << false;
    QTest::newRow("actors") << true;
}

void TestViewsAccessibility::rowHeadersAreTitlesNotNumbers()
{
    QFETCH(bool, actors);
    QAbstractItemView *view = actors ? static_cast<QAbstractItemView *>(m_dashboard->actorList())
                                     : m_dashboard->claimTable();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(iface && iface->tableInterface());
    QAccessibleTableInterface *table = iface->tableInterface();
    QVERIFY(table->rowCount() > 0);
    int headers = 0;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (!child || child->role() != QAccessible::RowHeader)
            continue;
        ++headers;
        bool number = false;
        child->text(QAccessible::Name).toInt(&number);
        QVERIFY2(!number, qPrintable(child->text(QAccessible::Name)));
    }
    if (headers == 0)
        return; // not exposed at all: fine too
    const QModelIndex first = view->model()->index(0, 0);
    const QString title = view->model()->headerData(0, Qt::Vertical).toString();
    QVERIFY(!title.isEmpty());
    QVERIFY2(actors ? title == first.data().toString() : title.startsWith(QLatin1Char('c')),
             qPrintable(title));
}

void TestViewsAccessibility::citationTextIsPlain()
{
    // Claim c1 has conflicts and quotes: the blocks that used to be tables.
    for (int claim = 0; claim < m_dataset.claims.size(); ++claim) {
        m_dashboard->selection()->setCurrentClaim(claim);
        const QString text = accessibleText(m_dashboard->citationPanel()->browser());
        QVERIFY(!text.isEmpty());
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0xFDD0 || c.unicode() > 0xFDEF,
                     qPrintable(QStringLiteral("claim %1: U+%2 in the accessible text")
                                    .arg(claim)
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        QVERIFY(!text.contains(QChar::ObjectReplacementCharacter));
    }
}

void TestViewsAccessibility::quotesComeBeforeTheSources()
{
    m_dashboard->selection()->setCurrentClaim(0);
    const QString text = m_dashboard->citationPanel()->browser()->toPlainText();
    const Claim &claim = m_dataset.claims[0];
    QCOMPARE(claim.citations.size(), 2);
    const Source &source = m_dataset.sources[m_dataset.sourceIndex(claim.citations[0].source)];
    const qsizetype secondQuote = text.indexOf(claim.citations[1].quote);
    QVERIFY(text.indexOf(claim.citations[0].quote) >= 0);
    QVERIFY(secondQuote >= 0);
    QVERIFY2(text.indexOf(source.outlet) > secondQuote, "the source's details before a quote");
    // One header per quote (label · paragraph), no attribution repeated under it.
    QCOMPARE(text.count(source.label), 3); // two headers and the source, once
}

void TestViewsAccessibility::disclosureIsClosedAndShownOncePerSource_data()
{
    QTest::addColumn<CitationPanel::Disclosure>("which");
    QTest::addColumn<QString>("link");
    QTest::newRow("notes") << CitationPanel::Disclosure::Notes
                           << QStringLiteral("Notes on the source ▸");
    QTest::newRow("date") << CitationPanel::Disclosure::DateNote
                          << QStringLiteral("How this date was inferred ▸");
}

void TestViewsAccessibility::disclosureIsClosedAndShownOncePerSource()
{
    QFETCH(CitationPanel::Disclosure, which);
    QFETCH(QString, link);
    m_dashboard->selection()->setCurrentClaim(0); // two quotes from one source
    const Source &source =
        m_dataset.sources[m_dataset.sourceIndex(m_dataset.claims[0].citations[0].source)];
    const QString hidden =
        which == CitationPanel::Disclosure::Notes ? source.notes : source.publishedNote;
    QVERIFY(!hidden.isEmpty());
    CitationPanel *panel = m_dashboard->citationPanel();
    QVERIFY(!panel->isOpen(which, source.id));
    QString text = panel->browser()->toPlainText();
    QVERIFY(!text.contains(hidden));
    QCOMPARE(text.count(link), 1);
    panel->toggle(which, source.id);
    text = panel->browser()->toPlainText();
    QCOMPARE(text.count(hidden), 1);
    QVERIFY(!text.contains(link));
    // The other one stays closed.
    const auto other = which == CitationPanel::Disclosure::Notes
                           ? CitationPanel::Disclosure::DateNote
                           : CitationPanel::Disclosure::Notes;
    QVERIFY(!panel->isOpen(other, source.id));
}

void TestViewsAccessibility::dateNoteOpensAndStaysOpen()
{
    m_dashboard->selection()->setCurrentClaim(0);
    CitationPanel *panel = m_dashboard->citationPanel();
    const Source &source =
        m_dataset.sources[m_dataset.sourceIndex(m_dataset.claims[0].citations[0].source)];
    // Through the keyboard: Tab to the disclosure link, Enter opens it.
    QTextBrowser *browser = panel->browser();
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Home, Qt::ControlModifier);
    bool found = false;
    for (int i = 0; i < 12 && !found; ++i) {
        QTest::keyClick(browser, Qt::Key_Tab);
        found = browser->textCursor().selectedText().startsWith(
            QStringLiteral("How this date was inferred"));
    }
    QVERIFY2(found, "the disclosure is not reached by Tab");
    QTest::keyClick(browser, Qt::Key_Return);
    QTRY_VERIFY(panel->isOpen(CitationPanel::Disclosure::DateNote, source.id));
    QVERIFY(browser->toPlainText().contains(source.publishedNote));
    QCOMPARE(browser->toPlainText().count(source.publishedNote), 1);
    // Another claim citing the same source shows it open too; closing closes it.
    for (int c = 1; c < m_dataset.claims.size(); ++c) {
        if (!m_dataset.sourcesOfClaim(c).contains(m_dataset.sourceIndex(source.id)))
            continue;
        m_dashboard->selection()->setCurrentClaim(c);
        QVERIFY(browser->toPlainText().contains(source.publishedNote));
        break;
    }
    panel->toggle(CitationPanel::Disclosure::DateNote, source.id);
    QVERIFY(!panel->isOpen(CitationPanel::Disclosure::DateNote, source.id));
    QVERIFY(!browser->toPlainText().contains(source.publishedNote));
}

void TestViewsAccessibility::citationLinksAreListedAndPressable()
{
    m_dashboard->selection()->setCurrentClaim(0);
    CitationPanel *panel = m_dashboard->citationPanel();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(panel->browser());
    QVERIFY(iface && iface->textInterface());
    QVERIFY(iface->role() != QAccessible::StaticText); // read-only text, not a label
    QVERIFY(iface->state().readOnly);
    // Every link a child: two "Show in article", the source's disclosure.
    QStringList names;
    QAccessibleInterface *disclosure = nullptr;
    QAccessibleInterface *article = nullptr;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *link = iface->child(i);
        QVERIFY(link);
        QCOMPARE(link->role(), QAccessible::Link);
        QCOMPARE(iface->indexOfChild(link), i);
        QCOMPARE(link->parent(), iface);
        names << link->text(QAccessible::Name);
        if (names.last().startsWith(QStringLiteral("How this date was inferred")))
            disclosure = link;
        else if (names.last().startsWith(QStringLiteral("Show in article")) && !article)
            article = link;
    }
    QCOMPARE(names.count(QStringLiteral("Show in article ›")), 2);
    QVERIFY2(disclosure && article, qPrintable(names.join(QLatin1Char('|'))));
    QSignalSpy shown(panel, &CitationPanel::showInArticleRequested);
    article->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toInt(), 0);
    const QString source = m_dataset.claims[0].citations[0].source;
    QVERIFY(!panel->isOpen(CitationPanel::Disclosure::DateNote, source));
    disclosure->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(panel->isOpen(CitationPanel::Disclosure::DateNote, source));
    // The text read through the interface is the document's, paragraphs as lines.
    const QString text = accessibleText(panel->browser());
    QCOMPARE(text, panel->browser()->toPlainText());
}

QTEST_MAIN(TestViewsAccessibility)
#include "tst_gui_viewsaccessibility.moc"
