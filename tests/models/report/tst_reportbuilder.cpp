#include "models/data/TextRules.h"
#include "models/data/TextUtil.h"
#include "models/filter/ClaimFilter.h"
#include "models/report/ReportBuilder.h"
#include "models/report/ReportDocument.h"
#include "tests/support/TestSupport.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using Sections = QList<ReportText::Section>;

class TestReportBuilder : public QObject
{
    Q_OBJECT
private slots:
    void fontsAreInstalled();
    void sectionsPresent();
    void rowsUnderFilter_data();
    void rowsUnderFilter();
    void footnoteNumbering();
    void castUnderFilter();
    void conflictsUnderFilter();
    void titleBlockIsReproducible();
    void frenchCharactersKept();
    void emptyResultIsOnePage();
    void chartGetsTheClaimsAndThePageWidth();
    void keepBlocksOnOnePage();
    void rowsBreakEvenly();
    void linesStayWholeOnTheirPage_data();
    void linesStayWholeOnTheirPage();
    void headerRowRepeated();
    void directionControlsStayInTheirField();

private:
    static ReportContent build(const Dataset &d, const ClaimFilter &f)
    {
        return ReportBuilder::build(d, f,
                                    {QString(), QDate(2025, 1, 31), QStringLiteral("abc123")});
    }
    static QPageLayout a4()
    {
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    }
    /// The mini dataset grown with `count` copies of its claims, with longer texts.
    static Dataset bigDataset(int count);
    static QStringList ids(const Dataset &d, const QList<int> &claims)
    {
        QStringList list;
        for (int c : claims)
            list << d.claims[c].id;
        return list;
    }
    /// The mini dataset with one claim whose statement and actors fill more than a page.
    static Dataset tallRowDataset();
    /// Claims of the chronology table's rows, read back from the document.
    static QList<int> chronologyRowsInDocument(const QTextDocument *doc);
};

QList<int> TestReportBuilder::chronologyRowsInDocument(const QTextDocument *doc)
{
    QList<int> claims;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QVariant claim = b.blockFormat().property(ReportText::ClaimProperty);
        if (claim.isValid())
            claims << claim.toInt();
    }
    return claims;
}

Dataset TestReportBuilder::bigDataset(int count)
{
    Dataset d = TestSupport::miniDataset();
    const QList<Claim> base = d.claims;
    for (int i = 0; i < count; ++i) {
        Claim c = base[i % base.size()];
        c.id = QStringLiteral("x%1").arg(i);
        c.statement = (c.statement + QLatin1Char(' ')).repeated(1 + i % 5).trimmed();
        for (Citation &citation : c.citations)
            citation.quote = citation.quote.repeated(1 + i % 4);
        d.claims << c;
    }
    d.reindex();
    return d;
}

Dataset TestReportBuilder::tallRowDataset()
{
    Dataset d = TestSupport::miniDataset();
    Claim c = d.claims.first();
    c.id = QStringLiteral("tall");
    QString statement;
    for (int i = 0; statement.size() < 9000; ++i)
        statement +=
            QStringLiteral("Sentence %1 of a very long statement, été comme hiver. ").arg(i);
    c.statement = statement.trimmed();
    d.claims << c;
    d.reindex();
    return d;
}

void TestReportBuilder::fontsAreInstalled()
{
    // Without them every glyph of a PDF is a box and Qt says nothing (fonts-dejavu-core).
    const QStringList missing = ReportDocument::missingFonts();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(','))));
}

void TestReportBuilder::sectionsPresent()
{
    const Dataset d = TestSupport::miniDataset();
    const ReportDocument doc(build(d, {}), {}, a4());
    const Sections expected{ReportText::TitleSection,   ReportText::OverviewSection,
                            ReportText::ChartSection,   ReportText::ChronologySection,
                            ReportText::CastSection,    ReportText::ConflictsSection,
                            ReportText::SourcesSection, ReportText::NotesSection};
    QCOMPARE(doc.sections(), expected);
    const QString text = doc.document()->toPlainText();
    for (const char *heading :
         {"Overview", "Timeline", "Chronology", "Cast", "Points of conflict", "Sources", "Notes"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    QCOMPARE(doc.pageOfSection(ReportText::TitleSection), 0);
    QVERIFY(doc.pageOfSection(ReportText::NotesSection) >=
            doc.pageOfSection(ReportText::ChronologySection));
}

void TestReportBuilder::rowsUnderFilter_data()
{
    QTest::addColumn<ClaimFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything, coarse dates first")
        << ClaimFilter{} << QStringList{"c1", "c4", "c5", "c2", "c3"};
    ClaimFilter year;
    year.fromYear = year.toYear = 2024;
    QTest::newRow("year 2024") << year << QStringList{"c4", "c5", "c2", "c3"};
    ClaimFilter investor;
    investor.actors = QStringList{"banque-zeta"};
    QTest::newRow("one actor") << investor << QStringList{"c4"};
    ClaimFilter events;
    events.kinds = QStringList{"event"};
    QTest::newRow("events") << events << QStringList{"c1", "c5"};
    ClaimFilter source;
    source.sources = QStringList{"beta"};
    source.toYear = 2024;
    QTest::newRow("source beta") << source << QStringList{"c4", "c5"};
}

void TestReportBuilder::rowsUnderFilter()
{
    QFETCH(ClaimFilter, filter);
    QFETCH(QStringList, expected);
    const Dataset d = TestSupport::miniDataset();
    const ReportContent content = build(d, filter);
    QCOMPARE(ids(d, content.claims), expected);
    QList<int> rows;
    for (const ChronologyRow &row : content.chronology)
        rows << row.claim;
    QCOMPARE(rows, content.claims);

    const ReportDocument doc(content, {}, a4());
    QCOMPARE(ids(d, chronologyRowsInDocument(doc.document())), expected);
    const QString text = doc.document()->toPlainText();
    for (const Claim &claim : d.claims) {
        const bool in = expected.contains(claim.id);
        QVERIFY2(text.contains(claim.statement) == in, qPrintable(claim.id));
        for (const Citation &citation : claim.citations)
            QVERIFY2(text.contains(citation.quote) == in, qPrintable(citation.quote));
    }
}

void TestReportBuilder::footnoteNumbering()
{
    const Dataset d = TestSupport::miniDataset();
    const ReportContent content = build(d, {});
    // Notes run 1..N in chronology order, each pointing back to its row's claim.
    int expected = 1;
    for (const ChronologyRow &row : content.chronology) {
        QCOMPARE(row.notes.size(), d.claims[row.claim].citations.size());
        for (int i = 0; i < row.notes.size(); ++i) {
            QCOMPARE(row.notes[i], expected);
            const ReportNote &note = content.notes[expected - 1];
            QCOMPARE(note.number, expected);
            QCOMPARE(note.claim, row.claim);
            QCOMPARE(note.quote, d.claims[row.claim].citations[i].quote);
            ++expected;
        }
    }
    QCOMPARE(content.notes.size(), expected - 1);

    // The document numbers its notes the same way, and the conflict sides reuse the numbers.
    const ReportDocument doc(content, {}, a4());
    QList<int> numbers;
    for (QTextBlock b = doc.document()->begin(); b.isValid(); b = b.next()) {
        const int n = b.blockFormat().intProperty(ReportText::NoteProperty);
        if (!n)
            continue;
        numbers << n;
        const ReportNote &note = content.notes[n - 1];
        QVERIFY(b.text().startsWith(QString::number(n) + QLatin1Char('.')));
        QVERIFY(b.text().contains(note.quote));
        QVERIFY(b.text().contains(note.claimId));
    }
    QCOMPARE(numbers.size(), content.notes.size());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], i + 1);
    for (const ConflictEntry &entry : content.conflicts)
        for (const ConflictSide &side : entry.sides)
            for (const ChronologyRow &row : content.chronology)
                if (row.claim == side.claim)
                    QCOMPARE(side.notes, row.notes);
}

void TestReportBuilder::castUnderFilter()
{
    const Dataset d = TestSupport::miniDataset();
    ClaimFilter year;
    year.fromYear = year.toYear = 2024;
    const ReportContent content = build(d, year);
    QHash<QString, CastRow> byName;
    for (const CastRow &row : content.cast)
        byName.insert(row.name, row);
    QCOMPARE(byName.size(), 3);
    // Acme: c4 (2024), c2, c3 (2024-03); Jeanne Dupont: c5 (2024-02), c2 (2024-03). c4 may be
    // from any month of 2024: Acme's last date is known to the year only, like the span's.
    QCOMPARE(byName[QStringLiteral("Acme")].claims, 3);
    QCOMPARE(byName[QStringLiteral("Acme")].first, QStringLiteral("2024"));
    QCOMPARE(byName[QStringLiteral("Acme")].last, QStringLiteral("2024"));
    QCOMPARE(byName[QStringLiteral("Jeanne Dupont")].last, QStringLiteral("2024-03"));
    QCOMPARE(byName[QStringLiteral("Jeanne Dupont")].claims, 2);
    QCOMPARE(byName[QStringLiteral("Jeanne Dupont")].first, QStringLiteral("2024-02"));
    QCOMPARE(byName[QStringLiteral("Banque Zeta")].claims, 1);
    QCOMPARE(content.cast.first().name, QStringLiteral("Acme")); // most claims first
    QCOMPARE(content.parties.size(), 3);
    QCOMPARE(content.spanFrom, QStringLiteral("2024"));
    QCOMPARE(content.spanTo, QStringLiteral("2024")); // c4 covers the whole year
}

void TestReportBuilder::conflictsUnderFilter()
{
    const Dataset d = TestSupport::miniDataset();
    const ReportContent all = build(d, {});
    QCOMPARE(all.conflicts.size(), 1);
    QCOMPARE(all.conflicts[0].sides.size(), 2);
    QCOMPARE(all.conflicts[0].sides[0].claimId, QStringLiteral("c5")); // date order
    QCOMPARE(all.conflicts[0].sides[1].claimId, QStringLiteral("c2"));
    QVERIFY(all.conflicts[0].outsideClaimIds.isEmpty());
    QCOMPARE(all.sources.size(), 2);

    ClaimFilter events;
    events.kinds = QStringList{"event"};
    const ReportContent some = build(d, events);
    QCOMPARE(some.conflicts.size(), 1);
    QCOMPARE(some.conflicts[0].sides.size(), 1);
    QCOMPARE(some.conflicts[0].outsideClaimIds, QStringList{"c2"});

    // The claims outside the filter are named in the conflict's order, not the dataset's.
    Dataset wide = d;
    wide.conflicts[0].claims = QStringList{"c5", "c4", "c1", "c3", "c2"};
    wide.reindex();
    const ReportContent widened = build(wide, events);
    QCOMPARE(widened.conflicts.size(), 1);
    QSet<QString> shown;
    for (const auto &side : widened.conflicts[0].sides)
        shown.insert(side.claimId);
    QStringList outside;
    for (const QString &id : std::as_const(wide.conflicts[0].claims))
        if (!shown.contains(id))
            outside << id;
    QVERIFY(outside.size() > 1);
    QCOMPARE(widened.conflicts[0].outsideClaimIds, outside);

    ClaimFilter investor;
    investor.actors = QStringList{"banque-zeta"};
    const ReportContent none = build(d, investor);
    QVERIFY(none.conflicts.isEmpty());
    QCOMPARE(none.sources.size(), 1);
    QCOMPARE(none.sources[0].id, QStringLiteral("beta"));
}

void TestReportBuilder::titleBlockIsReproducible()
{
    const Dataset d = TestSupport::miniDataset();
    ClaimFilter filter;
    filter.actors = QStringList{"jeanne-dupont"};
    filter.fromYear = filter.toYear = 2024;
    const ReportDocument first(build(d, filter), {}, a4());
    const ReportDocument second(build(d, filter), {}, a4());
    const QString text = first.document()->toPlainText();
    QCOMPARE(second.document()->toPlainText(), text);
    QVERIFY(text.contains(QStringLiteral("Actors: Jeanne Dupont · Years: 2024")));
    QVERIFY(text.contains(QStringLiteral("2025-01-31")));
    QVERIFY(text.contains(QStringLiteral("abc123")));
    QVERIFY(text.contains(d.info.version));
    QVERIFY(text.contains(d.info.title));
    const ReportContent titled =
        ReportBuilder::build(d, filter, {QStringLiteral("My title"), {}, {}});
    QCOMPARE(titled.title, QStringLiteral("My title"));
    QCOMPARE(titled.generatedOn, QDate::currentDate());
}

void TestReportBuilder::frenchCharactersKept()
{
    const Dataset d = TestSupport::miniDataset();
    const ReportDocument doc(build(d, {}), {}, a4());
    const QString text = doc.document()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("l’accusant d’avoir « trahi sa mission »")));
    QVERIFY(text.contains(QStringLiteral("Acme lève des fonds")));
}

void TestReportBuilder::emptyResultIsOnePage()
{
    const Dataset d = TestSupport::miniDataset();
    ClaimFilter none;
    none.fromYear = none.toYear = 1999;
    const ReportContent content = build(d, none);
    QVERIFY(content.isEmpty());
    const ReportDocument doc(content, {}, a4());
    QCOMPARE(doc.sections(), (Sections{ReportText::TitleSection, ReportText::EmptySection}));
    QCOMPARE(doc.pageCount(), 1);
    QVERIFY(doc.document()->toPlainText().contains(QStringLiteral("No claim")));
}

void TestReportBuilder::chartGetsTheClaimsAndThePageWidth()
{
    const Dataset d = TestSupport::miniDataset();
    ClaimFilter year;
    year.fromYear = year.toYear = 2024;
    const ReportContent content = build(d, year);
    QList<int> drawnClaims;
    QRectF drawnRect;
    ChartPainter recorder = [&](QPainter *, const QRectF &rect, const QList<int> &claims) {
        drawnClaims = claims;
        drawnRect = rect;
    };
    const ReportDocument doc(content, recorder, a4());
    const int page = doc.pageOfSection(ReportText::ChartSection);
    QVERIFY(page >= 0);
    QImage image(doc.paperSize().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(2835);
    image.setDotsPerMeterY(2835);
    QPainter painter(&image);
    for (int p = 0; p < doc.pageCount(); ++p)
        doc.paintPage(&painter, p);
    QCOMPARE(doc.chartDrawCount(), 1);
    QCOMPARE(drawnClaims, content.claims);
    // The chart gets a screen-like surface (QPicture pixels) as wide as the text.
    const qreal pixelsPerPoint = drawnRect.width() / doc.bodyRect().width();
    QVERIFY2(pixelsPerPoint > 0.9 && pixelsPerPoint < 2.5,
             qPrintable(QString::number(pixelsPerPoint)));
    QVERIFY(drawnRect.height() > drawnRect.width() * 0.3);
}

void TestReportBuilder::keepBlocksOnOnePage()
{
    // Many claims with long quotes: notes and bibliography entries must not straddle pages.
    const Dataset d = bigDataset(40);
    const ReportDocument doc(build(d, {}), {}, a4());
    QVERIFY(doc.pageCount() > 3);
    int kept = 0;
    for (QTextBlock b = doc.document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().intProperty(ReportText::KeepProperty) != ReportText::KeepTogether)
            continue;
        ++kept;
        const QRectF r = doc.document()->documentLayout()->blockBoundingRect(b);
        QVERIFY2(r.height() > 0, "laid out"); // Qt lays out lazily; a partial layout shows nothing
        const int top = doc.pageAt(r.top() + 0.5);
        const int bottom = doc.pageAt(r.bottom() - 0.5);
        QVERIFY2(top == bottom, qPrintable(b.text().left(60)));
        QVERIFY(bottom < doc.pageCount());
    }
    QVERIFY(kept > 40);
    // Every section is laid out and falls within the pages the document counts.
    for (const auto section : doc.sections()) {
        QVERIFY(doc.pageOfSection(section) >= 0);
        QVERIFY(doc.pageOfSection(section) < doc.pageCount());
    }
    const QRectF last =
        doc.document()->documentLayout()->blockBoundingRect(doc.document()->lastBlock());
    QVERIFY(last.height() > 0);
    QCOMPARE(doc.pageAt(last.bottom() - 0.5) + 1, doc.pageCount());
}

void TestReportBuilder::rowsBreakEvenly()
{
    // A row that crosses a page breaks between lines in every cell at once: no cell of a
    // row starts on the next page while the others start on this one.
    const Dataset d = bigDataset(120);
    const ReportDocument doc(build(d, {}), {}, a4());
    QAbstractTextDocumentLayout *layout = doc.document()->documentLayout();
    int tables = 0;
    QSet<int> pages;
    for (QTextFrame *frame : doc.document()->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        ++tables;
        for (int r = 0; r < table->rows(); ++r) {
            QSet<int> startPages;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextBlock first = table->cellAt(r, c).firstCursorPosition().block();
                const QRectF rect = layout->blockBoundingRect(first);
                if (!first.text().isEmpty())
                    startPages << doc.pageAt(rect.top() + 0.5);
            }
            QVERIFY2(startPages.size() <= 1,
                     qPrintable(QStringLiteral("table %1 row %2").arg(tables).arg(r)));
            pages += startPages;
        }
    }
    QVERIFY(tables >= 3);      // chronology, cast, a conflict
    QVERIFY(pages.size() > 3); // the chronology runs over several pages
}

void TestReportBuilder::linesStayWholeOnTheirPage_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("mini, A4") << TestSupport::miniDataset() << QStringLiteral("A4");
    QTest::newRow("120 claims, A4") << bigDataset(120) << QStringLiteral("A4");
    QTest::newRow("120 claims, A5") << bigDataset(120) << QStringLiteral("A5");
    QTest::newRow("a row taller than a page") << tallRowDataset() << QStringLiteral("A4");
}

void TestReportBuilder::linesStayWholeOnTheirPage()
{
    // Every line of the report, in the body or in a table cell, is painted whole on one
    // page: none is cut by a page's end, none lies between two pages' slices.
    QFETCH(Dataset, dataset);
    QFETCH(QString, pageSize);
    const QPageLayout layout(
        QPageSize(pageSize == QLatin1String("A5") ? QPageSize::A5 : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF());
    const ReportDocument doc(build(dataset, {}), {}, layout);
    const QList<ReportPage> &pages = doc.pages();
    QCOMPARE(pages.size(), doc.pageCount());
    for (int p = 0; p < pages.size(); ++p) {
        QVERIFY2(pages[p].height() <= doc.bodyRect().height() + 0.01,
                 qPrintable(QString::number(p)));
        QVERIFY(pages[p].bottom > pages[p].top);
        if (p > 0)
            QVERIFY(pages[p].top >= pages[p - 1].bottom - 0.01);
    }
    int lines = 0;
    for (QTextBlock b = doc.document()->begin(); b.isValid(); b = b.next()) {
        const qreal top = doc.document()->documentLayout()->blockBoundingRect(b).top();
        for (int i = 0; i < b.layout()->lineCount(); ++i) {
            const QTextLine line = b.layout()->lineAt(i);
            const qreal y0 = top + line.y();
            const qreal y1 = y0 + line.height();
            const ReportPage &page = pages[doc.pageAt(y0 + 0.1)];
            QVERIFY2(y0 >= page.top - 0.01 && y1 <= page.bottom + 0.01,
                     qPrintable(QStringLiteral("line %1 of “%2” at %3–%4, page %5–%6")
                                    .arg(i)
                                    .arg(b.text().left(40))
                                    .arg(y0)
                                    .arg(y1)
                                    .arg(page.top)
                                    .arg(page.bottom)));
            ++lines;
        }
    }
    QVERIFY(lines > 20);
}

void TestReportBuilder::headerRowRepeated()
{
    // Pages the chronology continues on show its header row again, and only those pages.
    const ReportDocument doc(build(bigDataset(300), {}), {}, a4());
    // The chronology is the first table, continued by the tables marked as its continuation.
    QAbstractTextDocumentLayout *layout = doc.document()->documentLayout();
    QTextTable *chronology = nullptr;
    QTextTable *last = nullptr;
    int parts = 0;
    for (QTextFrame *frame : doc.document()->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        if (!chronology)
            chronology = table;
        else if (!table->format().boolProperty(ReportText::ContinuesProperty))
            break;
        else // no gap where one part meets the next
            QVERIFY(layout->frameBoundingRect(table).top() -
                        layout->frameBoundingRect(last).bottom() <
                    0.5);
        last = table;
        ++parts;
    }
    QVERIFY(chronology);
    QVERIFY(parts > 1); // 300 rows are written as tables of at most 200
    const qreal headerText =
        layout->blockBoundingRect(chronology->cellAt(0, 0).firstCursorPosition().block()).top();
    const QTextBlock lastCell = last->cellAt(last->rows() - 1, 0).firstCursorPosition().block();
    const int firstPage = doc.pageAt(headerText);
    const int lastPage = doc.pageAt(layout->blockBoundingRect(lastCell).top() + 0.5);
    QVERIFY(lastPage > firstPage + 1);
    for (int p = 0; p < doc.pageCount(); ++p) {
        const ReportPage &page = doc.pages()[p];
        const bool continued = p > firstPage && p <= lastPage;
        QCOMPARE(page.headerHeight() > 0, continued);
        if (continued)
            QVERIFY(headerText > page.headerTop && headerText < page.headerBottom);
    }
}

// Names with a direction control left open (an override, an embedding) or written right to
// left: in the report each stays within its own place. "Parties:" lists the names in a row; a
// name's override used to reverse every name after it ("57" read "75").
void TestReportBuilder::directionControlsStayInTheirField()
{
    Dataset d = TestSupport::miniDataset();
    const QStringList names{QStringLiteral("\u202eRTL-override actor"),
                            QStringLiteral("\u0645\u062d\u0645\u062f \u202bopen"),
                            QStringLiteral("Zeta 57 \u202dend")};
    for (int a = 0; a < d.actors.size(); ++a)
        d.actors[a].name = names[a];
    d.claims[0].statement = QStringLiteral("\u202eStatement left open");
    d.conflicts[0].about = QStringLiteral("About \u2067it");
    d.reindex();
    const ReportContent content = build(d, {});
    QCOMPARE(content.parties.size(), names.size());
    for (const QString &party : content.parties) {
        QVERIFY(names.contains(party.mid(1, party.size() - 2).remove(QChar(0x202C))));
        QCOMPARE(party, TextUtil::isolated(party.mid(1, party.size() - 2).remove(QChar(0x202C))));
        QCOMPARE(TextRules::check(party, TextRules::Lines::One).issue, TextRules::Issue::None);
    }
    for (const ChronologyRow &row : content.chronology) {
        QCOMPARE(TextRules::check(row.statement, TextRules::Lines::Many).issue,
                 TextRules::Issue::None);
        for (const QString &actor : row.actors)
            QCOMPARE(TextRules::check(actor, TextRules::Lines::One).issue, TextRules::Issue::None);
    }
    QCOMPARE(TextRules::check(content.conflicts.value(0).about, TextRules::Lines::Many).issue,
             TextRules::Issue::None);

    // As laid out on the page: the Parties line keeps "Zeta 57" in reading order.
    const ReportDocument doc(content, {}, a4());
    QTextBlock parties;
    for (QTextBlock b = doc.document()->begin(); b.isValid(); b = b.next())
        if (b.text().startsWith(QLatin1String("Parties:")))
            parties = b;
    QVERIFY(parties.isValid());
    const QString text = parties.text();
    const qsizetype zeta = text.indexOf(QLatin1String("Zeta 57"));
    QVERIFY(zeta > 0);
    const QTextLayout *layout = parties.layout();
    QCOMPARE(layout->lineCount(), 1);
    const QTextLine line = layout->lineAt(0);
    for (qsizetype i = zeta; i + 1 < zeta + 7; ++i)
        QVERIFY2(line.cursorToX(int(i)) < line.cursorToX(int(i + 1)), qPrintable(text));
}

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
