// The dashboard's real widgets on the mini dataset, driven through mouse and keyboard.
#include "models/data/TextUtil.h"
#include "models/filter/ClaimMatcher.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "tests/support/TestSupport.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/ElidedLabel.h"
#include "widgets/views/FilterBar.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <qcustomplot.h>

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingAnActorNarrowsChartAndTable_data();
    void typingAnActorNarrowsChartAndTable();
    void severalActorsAtOnce();
    void yearRangeNarrowsChartAndTable_data();
    void yearRangeNarrowsChartAndTable();
    void anyYearLeavesTheRangeOpen_data();
    void anyYearLeavesTheRangeOpen();
    void textSearchNarrows();
    void searchOffersClearButtonOverText_data();
    void searchOffersClearButtonOverText();
    void clickingAMarkerSelectsTheClaim_data();
    void clickingAMarkerSelectsTheClaim();
    void clickingEmptySpaceKeepsTheSelection();
    void checkingAnActorFilters_data();
    void checkingAnActorFilters();
    void doubleClickNarrowsToOneActor();
    void clearingRestoresAll();
    void selectionSurvivesFilterChange();
    void keyboardInTheTableDrivesSelection();
    void oneReplotPerFilterChange();
    void conflictLinkSelectsTheOtherClaim();
    void showInArticleHighlightsTheQuote();
    void showInArticleWithoutCorpusSaysSo();
    void showInArticleBreaksOverlongLines();
    void summaryElidesWhenNarrow_data();
    void summaryElidesWhenNarrow();

private:
    QList<int> expected(const ClaimFilter &filter) const;
    QList<int> tableClaims() const;
    void compareViews(const QList<int> &claims) const;
    void clickMarker(int claim);

    Dataset m_dataset;
    Dashboard *m_dashboard = nullptr;
    QWidget *m_window = nullptr;
};

void TestDashboard::init()
{
    m_dataset = TestSupport::miniDataset();
    m_dashboard = new Dashboard(m_dataset);
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    layout->addWidget(m_dashboard->filterBar());
    auto *split = new QSplitter(m_window);
    split->addWidget(m_dashboard->actorList());
    auto *middle = new QSplitter(Qt::Vertical, split);
    middle->addWidget(m_dashboard->chart());
    middle->addWidget(m_dashboard->claimTable());
    split->addWidget(middle);
    split->addWidget(m_dashboard->citationPanel());
    split->setSizes({250, 700, 300});
    layout->addWidget(split, 1);
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_dashboard->chart()->plot()->replot();
}

void TestDashboard::cleanup()
{
    delete m_window; // the views it holds first, then the shared state
    m_window = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
}

QList<int> TestDashboard::expected(const ClaimFilter &filter) const
{
    return ClaimMatcher(m_dataset, filter).matchingClaims();
}

QList<int> TestDashboard::tableClaims() const
{
    QList<int> claims = m_dashboard->claimTable()->visibleClaims();
    std::sort(claims.begin(), claims.end());
    return claims;
}

void TestDashboard::compareViews(const QList<int> &claims) const
{
    QCOMPARE(m_dashboard->chart()->plottedClaims(), claims);
    QCOMPARE(tableClaims(), claims);
}

void TestDashboard::clickMarker(int claim)
{
    TimelineChart *chart = m_dashboard->chart();
    chart->plot()->replot();
    const auto pixel = chart->markerPixel(claim);
    QVERIFY2(pixel.has_value(), "the claim has no visible marker");
    QCOMPARE(chart->claimAt(*pixel), claim);
    QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, pixel->toPoint());
}

void TestDashboard::typingAnActorNarrowsChartAndTable_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("actor");
    QTest::newRow("full name") << QStringLiteral("Banque Zeta") << QStringLiteral("banque-zeta");
    QTest::newRow("alias") << QStringLiteral("Dupont") << QStringLiteral("jeanne-dupont");
    QTest::newRow("part of a name") << QStringLiteral("zet") << QStringLiteral("banque-zeta");
    QTest::newRow("alias, other case") << QStringLiteral("acme corp") << QStringLiteral("acme");
}

void TestDashboard::typingAnActorNarrowsChartAndTable()
{
    QFETCH(QString, typed);
    QFETCH(QString, actor);
    QLineEdit *edit = m_dashboard->filterBar()->actorEdit();
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_dashboard->filter()->filter().actors, QStringList{actor});
    ClaimFilter f;
    f.actors = {actor};
    const QList<int> claims = expected(f);
    QVERIFY(!claims.isEmpty() && claims.size() < m_dataset.claims.size());
    compareViews(claims);
    QVERIFY(m_dashboard->filterBar()->summaryLabel()->fullText().contains(
        m_dataset.actors[m_dataset.actorIndex(actor)].name));
    QTRY_VERIFY(edit->text().isEmpty());
}

void TestDashboard::severalActorsAtOnce()
{
    QLineEdit *edit = m_dashboard->filterBar()->actorEdit();
    for (const QString &name : {QStringLiteral("Banque Zeta"), QStringLiteral("Jeanne Dupont")}) {
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(edit->text().isEmpty());
    }
    ClaimFilter f;
    f.actors = {QStringLiteral("banque-zeta"), QStringLiteral("jeanne-dupont")};
    QCOMPARE(m_dashboard->filter()->filter().actors, f.actors);
    compareViews(expected(f));
    QVERIFY(m_dashboard->filterBar()->summaryLabel()->fullText().startsWith(
        QStringLiteral("Banque Zeta, Jeanne Dupont")));
}

void TestDashboard::yearRangeNarrowsChartAndTable_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::newRow("2024") << QStringLiteral("2024") << QStringLiteral("2024") << 2024 << 2024;
    QTest::newRow("2015 only") << QStringLiteral("2015") << QStringLiteral("2015") << 2015 << 2015;
    QTest::newRow("until 2020") << QString() << QStringLiteral("2020") << 0 << 2020;
}

void TestDashboard::yearRangeNarrowsChartAndTable()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    FilterBar *bar = m_dashboard->filterBar();
    const QList<std::pair<QSpinBox *, QString>> edits = {{bar->fromYearBox(), from},
                                                         {bar->toYearBox(), to}};
    for (const auto &[box, text] : edits) {
        if (text.isEmpty())
            continue;
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Return);
    }
    QCOMPARE(m_dashboard->filter()->filter().fromYear, fromYear);
    QCOMPARE(m_dashboard->filter()->filter().toYear, toYear);
    ClaimFilter f;
    f.fromYear = fromYear;
    f.toYear = toYear;
    const QList<int> claims = expected(f);
    QVERIFY(!claims.isEmpty() && claims.size() < m_dataset.claims.size());
    compareViews(claims);
}

void TestDashboard::anyYearLeavesTheRangeOpen_data()
{
    // Steps: "from 2024" types a year in the from-year box; "to any" pages the to-year box
    // down to its lowest value, which reads "any" and must leave that side open.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::newRow("from a year, to untouched") << QStringList{"from 2024"} << 2024 << 0;
    QTest::newRow("to a year, then any") << QStringList{"to 2020", "to any"} << 0 << 0;
    QTest::newRow("one year, then to any")
        << QStringList{"from 2024", "to 2024", "to any"} << 2024 << 0;
    QTest::newRow("from a year, then any") << QStringList{"from 2024", "from any"} << 0 << 0;
    QTest::newRow("to a year, from any") << QStringList{"to 2015"} << 0 << 2015;
}

void TestDashboard::anyYearLeavesTheRangeOpen()
{
    QFETCH(QStringList, steps);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    FilterBar *bar = m_dashboard->filterBar();
    for (const QString &step : std::as_const(steps)) {
        const QStringList words = step.split(u' ');
        QSpinBox *box = words[0] == u"from" ? bar->fromYearBox() : bar->toYearBox();
        box->setFocus();
        if (words[1] == u"any") {
            for (int i = 0; i < 5 && box->value() != box->minimum(); ++i)
                QTest::keyClick(box, Qt::Key_PageDown);
            QCOMPARE(box->text(), QStringLiteral("any"));
        } else {
            box->selectAll();
            QTest::keyClicks(box, words[1]);
            QTest::keyClick(box, Qt::Key_Return);
        }
    }
    QCOMPARE(bar->fromYearBox()->text(), fromYear ? QString::number(fromYear) : u"any"_qs);
    QCOMPARE(bar->toYearBox()->text(), toYear ? QString::number(toYear) : u"any"_qs);
    QCOMPARE(m_dashboard->filter()->filter().fromYear, fromYear);
    QCOMPARE(m_dashboard->filter()->filter().toYear, toYear);
    ClaimFilter f;
    f.fromYear = fromYear;
    f.toYear = toYear;
    const QList<int> claims = expected(f);
    QVERIFY(!claims.isEmpty());
    compareViews(claims);
}

void TestDashboard::textSearchNarrows()
{
    QLineEdit *search = m_dashboard->filterBar()->searchEdit();
    QTest::keyClicks(search, QStringLiteral("milliards"));
    QTest::keyClick(search, Qt::Key_Return);
    ClaimFilter f;
    f.text = QStringLiteral("milliards");
    const QList<int> claims = expected(f);
    QCOMPARE(claims.size(), 1);
    compareViews(claims);
}

void TestDashboard::searchOffersClearButtonOverText_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("restored filter") << QStringLiteral("restored");
    QTest::newRow("typed") << QStringLiteral("typed");
    QTest::newRow("focused, before typing") << QStringLiteral("focused");
}

void TestDashboard::searchOffersClearButtonOverText()
{
    // The filter bar sets the clear button up only when needed (it is costly at start-up);
    // it must be there however the search gets its text.
    QFETCH(QString, how);
    QLineEdit *search = m_dashboard->filterBar()->searchEdit();
    if (how == QLatin1String("restored")) {
        m_dashboard->filter()->setText(QStringLiteral("plainte"));
        QCOMPARE(search->text(), QStringLiteral("plainte"));
    } else if (how == QLatin1String("typed")) {
        QTest::keyClicks(search, QStringLiteral("plainte"));
    } else {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_dashboard->filterBar()->focusSearch();
        QVERIFY(search->hasFocus());
    }
    QVERIFY(search->isClearButtonEnabled());
}

void TestDashboard::clickingAMarkerSelectsTheClaim_data()
{
    QTest::addColumn<QString>("claim");
    for (const Claim &c : TestSupport::miniDataset().claims)
        QTest::newRow(qPrintable(c.id)) << c.id;
}

void TestDashboard::clickingAMarkerSelectsTheClaim()
{
    QFETCH(QString, claim);
    const int c = m_dataset.claimIndex(claim);
    clickMarker(c);
    QCOMPARE(m_dashboard->selection()->currentClaim(), c);
    QCOMPARE(m_dashboard->claimTable()->currentClaim(), c);
    const QModelIndexList rows = m_dashboard->claimTable()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_dashboard->claimTable()->filterProxy()->claimAt(rows[0]), c);
    CitationPanel *panel = m_dashboard->citationPanel();
    QCOMPARE(panel->shownClaim(), c);
    const QString text = panel->browser()->toPlainText();
    QVERIFY(text.contains(m_dataset.claims[c].statement));
    for (const Citation &cit : m_dataset.claims[c].citations) {
        QVERIFY2(text.contains(cit.quote), qPrintable(cit.quote));
        QVERIFY(text.contains(m_dataset.sources[m_dataset.sourceIndex(cit.source)].outlet));
    }
    QVERIFY(panel->showInArticleButton()->isEnabled());
}

void TestDashboard::clickingEmptySpaceKeepsTheSelection()
{
    const int c4 = m_dataset.claimIndex(QStringLiteral("c4"));
    clickMarker(c4);
    QCOMPARE(m_dashboard->selection()->currentClaim(), c4);
    QCustomPlot *plot = m_dashboard->chart()->plot();
    const QRect area = plot->axisRect()->rect();
    const QPoint empty(area.left() + 2, area.top() + 2); // before the first claim
    QCOMPARE(m_dashboard->chart()->claimAt(empty), -1);
    QTest::mouseClick(plot, Qt::LeftButton, {}, empty);
    QCOMPARE(m_dashboard->selection()->currentClaim(), c4);
}

void TestDashboard::checkingAnActorFilters_data()
{
    QTest::addColumn<bool>("mouse");
    QTest::newRow("space bar") << false;
    QTest::newRow("mouse on the check box") << true;
}

void TestDashboard::checkingAnActorFilters()
{
    QFETCH(bool, mouse);
    ActorListView *list = m_dashboard->actorList();
    const int zeta = m_dataset.actorIndex(QStringLiteral("banque-zeta"));
    const QModelIndex index = list->indexOfActor(zeta);
    list->scrollTo(index);
    if (mouse) {
        QStyleOptionViewItem option;
        option.initFrom(list->viewport());
        option.rect = list->visualRect(index);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box =
            list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
    } else {
        list->setFocus();
        list->setCurrentIndex(index);
        QTest::keyClick(list, Qt::Key_Space);
    }
    QCOMPARE(m_dashboard->filter()->filter().actors, QStringList{QStringLiteral("banque-zeta")});
    QCOMPARE(list->indexOfActor(zeta).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    ClaimFilter f;
    f.actors = {QStringLiteral("banque-zeta")};
    compareViews(expected(f));
}

void TestDashboard::doubleClickNarrowsToOneActor()
{
    m_dashboard->filter()->setActors({QStringLiteral("acme"), QStringLiteral("banque-zeta")});
    ActorListView *list = m_dashboard->actorList();
    const int dupont = m_dataset.actorIndex(QStringLiteral("jeanne-dupont"));
    const QModelIndex kind =
        list->indexOfActor(dupont).siblingAtColumn(ActorTableModel::KindColumn);
    const QPoint at = list->visualRect(kind).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_dashboard->filter()->filter().actors, QStringList{QStringLiteral("jeanne-dupont")});
    QCOMPARE(m_dashboard->selection()->highlightedActor(), dupont);
    ClaimFilter f;
    f.actors = {QStringLiteral("jeanne-dupont")};
    compareViews(expected(f));
}

void TestDashboard::clearingRestoresAll()
{
    FilterState *filter = m_dashboard->filter();
    filter->setActors({QStringLiteral("acme")});
    filter->setYearRange(2024, 2024);
    filter->setText(QStringLiteral("plainte"));
    QVERIFY(filter->matchCount() < m_dataset.claims.size());
    QPushButton *clear = m_dashboard->filterBar()->clearButton();
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(filter->filter().isEmpty());
    QList<int> all;
    for (int i = 0; i < m_dataset.claims.size(); ++i)
        all.append(i);
    compareViews(all);
    FilterBar *bar = m_dashboard->filterBar();
    QVERIFY(bar->searchEdit()->text().isEmpty());
    QCOMPARE(bar->fromYearBox()->value(), bar->fromYearBox()->minimum());
    QVERIFY(bar->summaryLabel()->fullText().startsWith(QStringLiteral("All claims")));
    QVERIFY(!clear->isEnabled());
}

void TestDashboard::selectionSurvivesFilterChange()
{
    ClaimTableView *table = m_dashboard->claimTable();
    const int c2 = m_dataset.claimIndex(QStringLiteral("c2"));
    const QModelIndex row =
        table->filterProxy()->indexOfClaim(c2, ClaimTableModel::StatementColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    QCOMPARE(m_dashboard->selection()->currentClaim(), c2);
    QVERIFY(m_dashboard->chart()->markerPixel(c2).has_value());

    m_dashboard->filter()->setYearRange(2024, 2024); // c2 (2024-03) stays
    QCOMPARE(m_dashboard->selection()->currentClaim(), c2);
    QCOMPARE(table->currentClaim(), c2);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_dashboard->citationPanel()->shownClaim(), c2);

    m_dashboard->filter()->setYearRange(2015, 2015); // c2 is hidden now
    QCOMPARE(m_dashboard->selection()->currentClaim(), -1);
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(m_dashboard->citationPanel()->shownClaim(), -1);
}

void TestDashboard::keyboardInTheTableDrivesSelection()
{
    ClaimTableView *table = m_dashboard->claimTable();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const int first = table->currentClaim();
    QCOMPARE(m_dashboard->selection()->currentClaim(), first);
    QTest::keyClick(table, Qt::Key_Down);
    const int second = table->visibleClaims().at(1);
    QCOMPARE(m_dashboard->selection()->currentClaim(), second);
    QCOMPARE(m_dashboard->citationPanel()->shownClaim(), second);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_dashboard->selection()->selectedClaims().size(), 2);
}

void TestDashboard::oneReplotPerFilterChange()
{
    QCustomPlot *plot = m_dashboard->chart()->plot();
    QCoreApplication::processEvents();
    QSignalSpy replots(plot, &QCustomPlot::afterReplot);
    m_dashboard->filter()->setYearRange(2024, 2024);
    QTRY_COMPARE(replots.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 1);
}

void TestDashboard::conflictLinkSelectsTheOtherClaim()
{
    const int c2 = m_dataset.claimIndex(QStringLiteral("c2"));
    const int c5 = m_dataset.claimIndex(QStringLiteral("c5"));
    m_dashboard->selection()->setCurrentClaim(c2);
    QTextBrowser *browser = m_dashboard->citationPanel()->browser();
    QVERIFY(browser->toPlainText().contains(m_dataset.conflicts[0].about));
    QSignalSpy anchors(browser, &QTextBrowser::anchorClicked);
    // Click the first link to another claim where it is drawn.
    QTextCursor link;
    for (QTextBlock b = browser->document()->begin(); b.isValid() && link.isNull(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref().startsWith(QStringLiteral("dossier-claim"))) {
                link = QTextCursor(browser->document());
                link.setPosition(fragment.position() + 1);
                break;
            }
        }
    }
    QVERIFY(!link.isNull());
    browser->setTextCursor(link);
    browser->ensureCursorVisible();
    const QPoint at = browser->cursorRect(link).center();
    QTest::mouseMove(browser->viewport(), at);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(anchors.count(), 1);
    QCOMPARE(m_dashboard->selection()->currentClaim(), c5);
}

void TestDashboard::showInArticleHighlightsTheQuote()
{
    m_dashboard->setCorpusPath(TestSupport::dataPath(QStringLiteral("corpus")));
    const int c4 = m_dataset.claimIndex(QStringLiteral("c4"));
    m_dashboard->selection()->setCurrentClaim(c4);
    QTest::mouseClick(m_dashboard->citationPanel()->showInArticleButton(), Qt::LeftButton);
    ArticleView *view = m_dashboard->articleView();
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->status(), CitationLocator::Status::Found);
    QVERIFY(!view->statusLabel()->isVisible());
    const ArticleText::Span span = view->highlighted();
    QVERIFY(span.end > span.start);
    const QString shown = view->textView()->toPlainText().mid(span.start, span.end - span.start);
    QCOMPARE(ArticleText::normalize(shown),
             ArticleText::normalize(m_dataset.claims[c4].citations[0].quote));
    // Every passage beta has cited, c4's among them.
    QCOMPARE(view->textView()->extraSelections().size(), view->passages().size());
    QCOMPARE(view->passages().size(), 2);
    view->close();
}

void TestDashboard::showInArticleWithoutCorpusSaysSo()
{
    m_dashboard->setCorpusPath(QString());
    m_dashboard->showInArticle(m_dataset.claimIndex(QStringLiteral("c1")), 0);
    ArticleView *view = m_dashboard->articleView();
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->status(), CitationLocator::Status::NoCorpus);
    QVERIFY(view->statusLabel()->isVisible());
    QVERIFY(view->statusLabel()->text().contains(QStringLiteral("corpus")));
    QVERIFY(view->textView()->extraSelections().isEmpty());
    view->close();
}

// A one-line article of megabytes kept the window busy for half a minute: a text view lays a
// line out whole. Lines past ArticleView::MaxShownLine are shown as several (after a space,
// never inside a character), and the quote is still highlighted where it stands.
void TestDashboard::showInArticleBreaksOverlongLines()
{
    QTemporaryDir corpus;
    QString line;
    for (int i = 0; line.size() < 20 * ArticleView::MaxShownLine; ++i)
        line += QStringLiteral("mot%1 \U0001F600e\u0301 ").arg(i);
    const QString quote = QStringLiteral("la citation cherchée");
    line += quote + QStringLiteral(" ") + QString(3 * ArticleView::MaxShownLine, u'x');
    const QByteArray bytes =
        (QStringLiteral("Titre\n") + line + QStringLiteral("\nfin\n")).toUtf8();
    QFile file(corpus.filePath(QStringLiteral("long.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    Dataset d = m_dataset;
    d.sources[0].file = QStringLiteral("long.txt");
    d.sources[0].sha256 = TextUtil::sha256Hex(bytes);
    d.claims[0].citations[0] = Citation{d.sources[0].id, 2, quote, {}, {}};
    d.reindex();
    ArticleView view(d);
    view.showCitation(corpus.path(), 0, 0);
    QCOMPARE(view.status(), CitationLocator::Status::Found);
    const QTextDocument *doc = view.textView()->document();
    QVERIFY(doc->blockCount() > 20);
    QString joined;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QVERIFY2(b.length() - 1 <= ArticleView::MaxShownLine, qPrintable(b.text().left(40)));
        QVERIFY(!b.text().startsWith(QChar(0x0301)) && !b.text().at(0).isLowSurrogate());
        joined += b.text() + QLatin1Char('\n');
    }
    // The article whole, once the added breaks are taken out again.
    QCOMPARE(joined.count(u'\n'), doc->blockCount());
    QString article = QString::fromUtf8(bytes);
    QCOMPARE(QString(joined).remove(u'\n'), article.remove(u'\n'));
    const ArticleText::Span span = view.highlighted();
    QCOMPARE(view.textView()->toPlainText().mid(span.start, span.end - span.start), quote);
    QCOMPARE(view.textView()->extraSelections().size(), 1);
}

void TestDashboard::summaryElidesWhenNarrow_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("elided");
    QTest::newRow("wide") << 2000 << false;
    QTest::newRow("narrow") << 200 << true;
    QTest::newRow("very narrow") << 40 << true;
}

// The summary shares its row with the source, kind and search fields: in a narrow window it
// ends in "…" instead of being cut through a letter, and its tooltip keeps the whole of it.
void TestDashboard::summaryElidesWhenNarrow()
{
    QFETCH(int, width);
    QFETCH(bool, elided);
    ClaimFilter f;
    f.actors = {QStringLiteral("banque-zeta"), QStringLiteral("jeanne-dupont")};
    f.text = QStringLiteral("plainte");
    m_dashboard->filter()->setFilter(f);
    ElidedLabel *summary = m_dashboard->filterBar()->summaryLabel();
    const QString full = m_dashboard->filter()->summary();
    QCOMPARE(summary->fullText(), full);
    QCOMPARE(summary->toolTip(), full);
    summary->resize(width, summary->height());
    const QString shown = summary->displayedText();
    if (elided) {
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(shown.size() < full.size());
        QVERIFY(full.startsWith(shown.chopped(1)));
        QVERIFY(summary->fontMetrics().horizontalAdvance(shown) <= width);
    } else {
        QCOMPARE(shown, full);
    }
    QCOMPARE(summary->text(), full); // shortened only when drawn
    // What is drawn: an elided label paints its own text, a whole one lets QLabel do it.
    QVERIFY(!summary->grab().isNull());
    QVERIFY(summary->minimumSizeHint().width() < 100);
}

QTEST_MAIN(TestDashboard)
#include "tst_gui_dashboard.moc"
