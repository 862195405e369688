// The article view on the mini dataset and, when DOSSIER_CORPUS is set, on the bundled dataset
// with the real articles: paragraph numbers, cited passages, Next/Previous, following the
// selection.
#include "models/corpus/ArticleText.h"
#include "models/corpus/QuotePlacement.h"
#include "models/data/TextUtil.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonReader.h"
#include "models/store/DatasetLoader.h"
#include "models/viewmodels/PlainText.h"
#include "tests/support/TestSupport.h"
#include "widgets/shell/Theme.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/Dashboard.h"

#include <QAccessible>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>
#include <cmath>
#include <set>

namespace {

QString shownText(const ArticleView &view, ArticleText::Span span)
{
    return view.textView()->toPlainText().mid(span.start, span.end - span.start);
}

// The number in the margin beside the shown line holding `offset`, or above it.
int paragraphShownAt(const ArticleView &view, qsizetype offset)
{
    for (QTextBlock b = view.textView()->document()->findBlock(int(offset)); b.isValid();
         b = b.previous())
        if (const int n = view.paragraphNumberAt(b.blockNumber()))
            return n;
    return 0;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Hovers the current passage as the mouse does; the tooltip shown, empty when none.
QString hoverCurrentPassage(const ArticleView &view)
{
    QPlainTextEdit *text = view.textView();
    QTextCursor at(text->document());
    at.setPosition(int(view.highlighted().start) + 2);
    const QPoint point = text->cursorRect(at).center() + QPoint(2, 0);
    QHelpEvent help(QEvent::ToolTip, point, text->viewport()->mapToGlobal(point));
    QApplication::sendEvent(text->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestArticleView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void paragraphNumbersMatchCitations_data();
    void paragraphNumbersMatchCitations();
    void sameSplittingWhateverTheFileStyle();
    void everyCitedPassageHighlighted();
    void nextAndPreviousWalkInTextOrder();
    void followsTheSelection();
    void keepsTheScrollOnTheSamePassage();
    void tooltipNamesTheCitingClaims();
    void markupStaysLiteral();
    void readableInTheDarkTheme();
    void accessibleNames();

private:
    void openOn(const QString &claimId, int citation = 0);

    Dataset m_dataset;
    Dashboard *m_dashboard = nullptr;
    ArticleView *m_view = nullptr;
};

void TestArticleView::init()
{
    m_dataset = TestSupport::miniDataset();
    m_dashboard = new Dashboard(m_dataset);
    m_dashboard->setCorpusPath(TestSupport::dataPath(QStringLiteral("corpus")));
    m_view = nullptr;
}

void TestArticleView::cleanup()
{
    delete m_dashboard;
    m_dashboard = nullptr;
}

// As a user does: the claim selected, then "Show in article" in the citation panel.
void TestArticleView::openOn(const QString &claimId, int citation)
{
    const int claim = m_dataset.claimIndex(claimId);
    m_dashboard->selection()->setCurrentClaim(claim);
    if (citation == 0)
        QTest::mouseClick(m_dashboard->citationPanel()->showInArticleButton(), Qt::LeftButton);
    else
        m_dashboard->showInArticle(claim, citation);
    m_view = m_dashboard->articleView();
    QTRY_VERIFY(m_view->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(m_view));
}

void TestArticleView::paragraphNumbersMatchCitations_data()
{
    QTest::addColumn<bool>("real");
    QTest::newRow("mini dataset, test corpus") << false;
    QTest::newRow("bundled dataset, real corpus") << true;
}

// Citations say "paragraph 7": the number in the margin beside each quote is that one, for
// every citation of every article, and each numbered line is that paragraph's start.
void TestArticleView::paragraphNumbersMatchCitations()
{
    QFETCH(bool, real);
    Dataset dataset = m_dataset;
    QString corpus = TestSupport::dataPath(QStringLiteral("corpus"));
    if (real) {
        corpus = TestSupport::corpusFolder();
        if (corpus.isEmpty())
            QSKIP("DOSSIER_CORPUS is not set to the articles' folder");
        auto read =
            DatasetJsonReader::read(DatasetLoader::bundledJson(), QStringLiteral("bundled"));
        QVERIFY(read.ok());
        dataset = read.dataset;
    }
    ArticleView view(dataset);
    int checked = 0;
    for (const Source &source : std::as_const(dataset.sources)) {
        QList<CitationRef> refs;
        for (int c = 0; c < dataset.claims.size(); ++c)
            for (int i = 0; i < dataset.claims[c].citations.size(); ++i)
                if (dataset.claims[c].citations[i].source == source.id)
                    refs.append({c, i});
        if (refs.isEmpty())
            continue;
        view.showCitation(corpus, refs[0].claim, refs[0].citation);
        QCOMPARE(view.status(), CitationLocator::Status::Found);
        QFile file(QDir(corpus).filePath(source.file));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ArticleText article(QString::fromUtf8(file.readAll()));
        const QTextDocument *doc = view.textView()->document();
        // Each paragraph starts on its numbered line, after a blank one.
        int numbered = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const int n = view.paragraphNumberAt(b.blockNumber());
            if (!n)
                continue;
            ++numbered;
            QCOMPARE(n, numbered);
            const ArticleText::Span p = article.paragraph(n);
            QVERIFY(article.original().mid(p.start, p.end - p.start).startsWith(b.text()));
            if (n > 1)
                QVERIFY(b.previous().text().isEmpty());
        }
        QCOMPARE(numbered, article.paragraphCount());
        // Every passage quoted, once however many claims quote it.
        std::set<std::pair<qsizetype, qsizetype>> distinct;
        for (const CitationRef &ref : std::as_const(refs)) {
            const Citation &cit = dataset.claims[ref.claim].citations[ref.citation];
            const ArticleText::Span span = QuotePlacement::of(article, cit).span;
            distinct.insert({span.start, span.end});
        }
        QCOMPARE(view.textView()->extraSelections().size(), qsizetype(distinct.size()));
        for (const CitationRef &ref : std::as_const(refs)) {
            view.showCitation(corpus, ref.claim, ref.citation);
            const Citation &cit = dataset.claims[ref.claim].citations[ref.citation];
            QCOMPARE(ArticleText::normalize(shownText(view, view.highlighted())),
                     ArticleText::normalize(cit.quote).trimmed());
            QCOMPARE(paragraphShownAt(view, view.highlighted().start), cit.paragraph);
            ++checked;
        }
    }
    QVERIFY(checked >= (real ? 100 : 6));
}

// Article 000 puts one paragraph on each line, 003 a blank line between them: both are shown
// alike, numbered alike.
void TestArticleView::sameSplittingWhateverTheFileStyle()
{
    QTemporaryDir corpus;
    writeFile(corpus.filePath(QStringLiteral("alpha.txt")),
              "Titre\nPremier paragraphe.\n  \u2022 Une puce\nDernier.");
    writeFile(corpus.filePath(QStringLiteral("beta.txt")),
              "\nTitre\n\nPremier paragraphe.\n\n\n  \u2022 Une puce  \n \t\nDernier.\n\n");
    Dataset d = m_dataset;
    for (Source &s : d.sources)
        s.sha256.clear();
    d.claims[0].citations[0] = Citation{d.sources[0].id, 3, QStringLiteral("Une puce"), {}, {}};
    d.claims[3].citations[0] = Citation{d.sources[1].id, 3, QStringLiteral("Une puce"), {}, {}};
    d.reindex();
    QCOMPARE(d.claims[3].citations[0].source, QStringLiteral("beta"));
    ArticleView one(d), other(d);
    one.showCitation(corpus.path(), 0, 0);
    other.showCitation(corpus.path(), 3, 0);
    QCOMPARE(one.status(), CitationLocator::Status::Found);
    QCOMPARE(other.status(), CitationLocator::Status::Found);
    const QString expected =
        QStringLiteral("Titre\n\nPremier paragraphe.\n\n\u2022 Une puce\n\nDernier.");
    QCOMPARE(one.textView()->toPlainText(), expected);
    QCOMPARE(other.textView()->toPlainText(), expected);
    for (int line = 0; line < 7; ++line) {
        QCOMPARE(one.paragraphNumberAt(line), line % 2 ? 0 : line / 2 + 1);
        QCOMPARE(other.paragraphNumberAt(line), one.paragraphNumberAt(line));
    }
    QCOMPARE(one.highlighted(), other.highlighted());
    QCOMPARE(shownText(one, one.highlighted()), QStringLiteral("Une puce"));
}

// Every passage the dataset quotes from the article is highlighted, once however many claims
// quote it; the current citation's differs from the others and is the quote.
void TestArticleView::everyCitedPassageHighlighted()
{
    openOn(QStringLiteral("c2"));
    QFile file(TestSupport::dataPath(QStringLiteral("corpus/alpha.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ArticleText article(QString::fromUtf8(file.readAll()));
    std::set<std::pair<qsizetype, qsizetype>> distinct;
    for (const Claim &claim : std::as_const(m_dataset.claims))
        for (const Citation &cit : claim.citations)
            if (cit.source == QStringLiteral("alpha")) {
                const ArticleText::Span span = QuotePlacement::of(article, cit).span;
                distinct.insert({span.start, span.end});
            }
    QCOMPARE(distinct.size(), size_t(4)); // c5 quotes a part of c2's quote
    const QList<QTextEdit::ExtraSelection> selections = m_view->textView()->extraSelections();
    QCOMPARE(selections.size(), qsizetype(distinct.size()));
    QCOMPARE(m_view->passages().size(), qsizetype(distinct.size()));
    const int c2 = m_dataset.claimIndex(QStringLiteral("c2"));
    QCOMPARE(m_view->currentCitation(), (CitationRef{c2, 0}));
    int current = 0;
    QSet<QRgb> others;
    for (const QTextEdit::ExtraSelection &s : selections) {
        const bool isCurrent = s.cursor.selectionStart() == m_view->highlighted().start &&
                               s.cursor.selectionEnd() == m_view->highlighted().end;
        if (isCurrent) {
            ++current;
            QVERIFY(!others.contains(s.format.background().color().rgb()));
            QCOMPARE(s.cursor.selectedText(), m_dataset.claims[c2].citations[0].quote);
        } else {
            others.insert(s.format.background().color().rgb());
        }
    }
    QCOMPARE(current, 1);
    QCOMPARE(others.size(), 1);
    // The current one drawn last (over c5's passage inside it) and stronger: darker.
    QCOMPARE(selections.last().cursor.selectionStart(), int(m_view->highlighted().start));
    QVERIFY(selections.last().format.background().color().lightness() <
            QColor(*others.begin()).lightness());
}

// F3 and Shift+F3 (and the buttons) walk the cited passages in text order, each making its
// claim current so that every view follows.
void TestArticleView::nextAndPreviousWalkInTextOrder()
{
    openOn(QStringLiteral("c1"));
    QSignalSpy changed(m_dashboard->selection(), &SelectionState::selectionChanged);
    QCOMPARE(m_view->currentPassage(), 0);
    QVERIFY(!m_view->previousButton()->isEnabled());
    QVERIFY(m_view->nextButton()->isEnabled());
    QList<qsizetype> starts{m_view->highlighted().start};
    for (int i = 1; i < m_view->passages().size(); ++i) {
        QTest::keyClick(m_view, Qt::Key_F3);
        QCOMPARE(m_view->currentPassage(), i);
        QCOMPARE(changed.count(), i);
        const CitationRef expected = m_view->passages()[i].citations.first();
        QCOMPARE(m_dashboard->selection()->currentClaim(), expected.claim);
        QCOMPARE(m_view->currentCitation(), expected);
        QVERIFY(m_view->highlighted().start >= starts.last()); // c5 quotes c2's beginning
        starts << m_view->highlighted().start;
        QVERIFY(m_view->positionLabel()->text().contains(QString::number(i + 1)));
    }
    QVERIFY(!m_view->nextButton()->isEnabled());
    QTest::keyClick(m_view, Qt::Key_F3); // at the end: stays
    QCOMPARE(m_view->currentPassage(), m_view->passages().size() - 1);
    QTest::mouseClick(m_view->previousButton(), Qt::LeftButton);
    QCOMPARE(m_view->currentPassage(), m_view->passages().size() - 2);
    QTest::keyClick(m_view, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_view->currentPassage(), m_view->passages().size() - 3);
    QCOMPARE(m_view->highlighted().start, starts[m_view->currentPassage()]);
    QCOMPARE(m_dashboard->selection()->currentClaim(),
             m_view->passages()[m_view->currentPassage()].citations.first().claim);
}

// While open, the view shows the current claim's citation: in the article shown when the
// claim quotes it, else its first, in another article.
void TestArticleView::followsTheSelection()
{
    openOn(QStringLiteral("c1"));
    const int c4 = m_dataset.claimIndex(QStringLiteral("c4"));
    m_dashboard->selection()->setCurrentClaim(c4);
    QCOMPARE(m_view->currentCitation(), (CitationRef{c4, 0}));
    QVERIFY(m_view->headingLabel()->text().contains(QStringLiteral("Gazette")) ||
            m_view->headingLabel()->text().contains(m_dataset.sources[1].label));
    QCOMPARE(shownText(*m_view, m_view->highlighted()), m_dataset.claims[c4].citations[0].quote);
    // c5 cites beta first and alpha second: beta is shown, so its first.
    const int c5 = m_dataset.claimIndex(QStringLiteral("c5"));
    m_dashboard->selection()->setCurrentClaim(c5);
    QCOMPARE(m_view->currentCitation(), (CitationRef{c5, 0}));
    // Back in alpha, c5 is followed to its quote there.
    const int c1 = m_dataset.claimIndex(QStringLiteral("c1"));
    m_dashboard->selection()->setCurrentClaim(c1);
    QCOMPARE(m_view->currentCitation(), (CitationRef{c1, 0}));
    m_dashboard->selection()->setCurrentClaim(c5);
    QCOMPARE(m_view->currentCitation(), (CitationRef{c5, 1}));
    QCOMPARE(shownText(*m_view, m_view->highlighted()), m_dataset.claims[c5].citations[1].quote);
    // Closed, it does not follow.
    m_view->close();
    m_dashboard->selection()->setCurrentClaim(c4);
    QCOMPARE(m_view->currentCitation(), (CitationRef{c5, 1}));
}

// Selecting another claim quoting the passage on screen leaves the text where it is.
void TestArticleView::keepsTheScrollOnTheSamePassage()
{
    QTemporaryDir corpus;
    QByteArray text = "Titre\n";
    for (int i = 0; i < 200; ++i)
        text += "Un paragraphe de remplissage " + QByteArray::number(i) + ".\n";
    text += "Le passage cité par deux affirmations.\n";
    for (int i = 0; i < 200; ++i)
        text += "Encore du remplissage " + QByteArray::number(i) + ".\n";
    writeFile(corpus.filePath(QStringLiteral("alpha.txt")), text);
    Dataset d = m_dataset;
    d.sources[0].sha256.clear();
    const Citation cited{d.sources[0].id, 202, QStringLiteral("Le passage cité"), {}, {}};
    d.claims[0].citations[0] = cited;
    d.claims[1].citations[0] = cited;
    d.reindex();
    SelectionState selection(d);
    ArticleView view(d, &selection);
    selection.setCurrentClaim(0);
    view.showCitation(corpus.path(), 0, 0);
    QCoreApplication::processEvents(); // centred once laid out
    QVERIFY(view.textView()->verticalScrollBar()->value() > 0);
    QScrollBar *bar = view.textView()->verticalScrollBar();
    bar->setValue(bar->value() + 5);
    const int scrolled = bar->value();
    selection.setCurrentClaim(1);
    QCOMPARE(view.currentCitation(), (CitationRef{1, 0}));
    QCOMPARE(view.passages().size(), 1);
    QCOMPARE(view.currentPassage(), 0);
    QTest::qWait(0);
    QCOMPARE(bar->value(), scrolled);
    // "Show in article" asked again brings the quote back to the middle.
    bar->setValue(0);
    view.showCitation(corpus.path(), 1, 0);
    QTRY_VERIFY(bar->value() > 0);
}

// Hovering a passage names the claims quoting it, as plain text.
void TestArticleView::tooltipNamesTheCitingClaims()
{
    openOn(QStringLiteral("c3"));
    const int passage = m_view->currentPassage();
    QVERIFY(passage >= 0);
    const QString tip = m_view->passageToolTip(passage);
    QVERIFY2(tip.contains(m_dataset.claims[m_dataset.claimIndex(QStringLiteral("c3"))].statement),
             qPrintable(tip));
    QCOMPARE(hoverCurrentPassage(*m_view), PlainText::forAutoText(tip));
    QToolTip::hideText();
}

// An article and a statement holding markup are shown as written.
void TestArticleView::markupStaysLiteral()
{
    QTemporaryDir corpus;
    const QString paragraph =
        QStringLiteral("<b>Acme</b> &amp; <i>Zeta</i> <a href=\"x\">lien</a>");
    writeFile(corpus.filePath(QStringLiteral("alpha.txt")),
              (QStringLiteral("Titre\n") + paragraph + QStringLiteral("\n")).toUtf8());
    Dataset d = m_dataset;
    d.sources[0].sha256.clear();
    d.claims[0].statement = QStringLiteral("<b>bold</b> claim");
    d.claims[0].citations[0] = Citation{d.sources[0].id, 2, QStringLiteral("<b>Acme</b>"), {}, {}};
    d.reindex();
    ArticleView view(d);
    view.showCitation(corpus.path(), 0, 0);
    QCOMPARE(view.status(), CitationLocator::Status::Found);
    QVERIFY(view.textView()->toPlainText().endsWith(paragraph));
    QCOMPARE(shownText(view, view.highlighted()), QStringLiteral("<b>Acme</b>"));
    const QString tip = view.passageToolTip(0);
    QVERIFY(tip.contains(QStringLiteral("<b>bold</b> claim")));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(hoverCurrentPassage(view), PlainText::forAutoText(tip)); // shown as written
    QToolTip::hideText();
    QVERIFY(!Qt::mightBeRichText(view.positionLabel()->text()) ||
            view.positionLabel()->textFormat() == Qt::PlainText);
}

// The highlights stay readable on the dark palette: text against its background at 4.5:1.
void TestArticleView::readableInTheDarkTheme()
{
    openOn(QStringLiteral("c2"));
    for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
        m_view->setPalette(palette);
        const QList<QTextEdit::ExtraSelection> selections = m_view->textView()->extraSelections();
        QCOMPARE(selections.size(), m_view->passages().size());
        QSet<QRgb> backgrounds;
        for (const QTextEdit::ExtraSelection &s : selections) {
            const QColor bg = s.format.background().color();
            backgrounds.insert(bg.rgb());
            QVERIFY2(contrast(bg, s.format.foreground().color()) >= 4.5, qPrintable(bg.name()));
        }
        QCOMPARE(backgrounds.size(), 2);
        // The current one stands out of the page's background more than the others.
        const QColor base = palette.color(QPalette::Base);
        const QColor current = selections.last().format.background().color();
        const QColor other = selections.first().format.background().color();
        QVERIFY(contrast(current, base) > contrast(other, base));
    }
}

// The text, the heading and the buttons are named; the margin's numbers are no text of their
// own in the accessibility tree.
void TestArticleView::accessibleNames()
{
    openOn(QStringLiteral("c4"));
    QCOMPARE(m_view->textView()->accessibleName(), QStringLiteral("Article text"));
    const QString heading = m_view->headingLabel()->accessibleName();
    QVERIFY(heading.contains(m_dataset.sources[1].title));
    QVERIFY(!heading.contains(QLatin1Char('<')));
    QVERIFY(!m_view->nextButton()->text().isEmpty());
    QVERIFY(!m_view->previousButton()->text().isEmpty());
    QAccessibleInterface *text = QAccessible::queryAccessibleInterface(m_view->textView());
    QVERIFY(text);
    for (int i = 0; i < text->childCount(); ++i) {
        const QAccessibleInterface *child = text->child(i);
        bool digit = false;
        child->text(QAccessible::Name).toInt(&digit);
        QVERIFY(!digit);
        QVERIFY(child->text(QAccessible::Value).isEmpty() ||
                child->role() == QAccessible::ScrollBar);
    }
}

QTEST_MAIN(TestArticleView)
#include "tst_gui_articleview.moc"
