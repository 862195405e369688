// The article view's layout both ways: every character of every paragraph maps to where it is
// shown and back to the same paragraph and offset, including lines broken for length; what
// only the view adds (the blank line between paragraphs, a break) maps to the text before it.
#include "models/corpus/ArticleLayout.h"

#include <QTest>

class TestArticleLayout final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void betweenParagraphs();
    void selectionBack();
};

void TestArticleLayout::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxLine");
    QTest::newRow("two paragraphs")
        << QStringLiteral("First one.\nSecond one here.\n") << qsizetype(2000);
    QTest::newRow("crlf and blank lines")
        << QStringLiteral("\r\n  Alpha beta.\r\n\r\n\r\nGamma delta epsilon.\r\n")
        << qsizetype(2000);
    QTest::newRow("broken lines")
        << QStringLiteral("one two three four five six seven eight nine ten\nshort\n")
        << qsizetype(12);
    QTest::newRow("no space to break at")
        << QStringLiteral("abcdefghijklmnopqrstuvwxyz\n") << qsizetype(8);
}

void TestArticleLayout::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxLine);
    const ArticleText article(text);
    const ArticleLayout layout(article, maxLine);
    QVERIFY(article.paragraphCount() > 0);
    for (int n = 1; n <= article.paragraphCount(); ++n) {
        const ArticleText::Span p = article.paragraph(n);
        for (qsizetype at = p.start; at < p.end; ++at) {
            const qsizetype shown = layout.shown({at, at + 1}).start;
            QCOMPARE(layout.text().at(shown), text.at(at));
            const ArticleLayout::Position back = layout.position(shown);
            QCOMPARE(back.paragraph, n);
            QCOMPARE(back.offset, at - p.start);
            QCOMPARE(back.inArticle, at);
        }
    }
}

void TestArticleLayout::betweenParagraphs()
{
    const QString text = QStringLiteral("First.\n\nSecond.\n");
    const ArticleLayout layout(ArticleText(text), 2000);
    QCOMPARE(layout.text(), QStringLiteral("First.\n\nSecond."));
    // Both newlines the view adds stand at the end of paragraph 1.
    const ArticleLayout::Position end1{1, 6, 6};
    QCOMPARE(layout.position(6), end1);
    QCOMPARE(layout.position(7), end1);
    const ArticleLayout::Position start2{2, 0, 8};
    QCOMPARE(layout.position(8), start2);
    // The end of the text, and beyond it.
    const ArticleLayout::Position end2{2, 7, 15};
    QCOMPARE(layout.position(15), end2);
    QCOMPARE(layout.position(99), end2);
    QCOMPARE(ArticleLayout().position(3), ArticleLayout::Position{});
}

void TestArticleLayout::selectionBack()
{
    const QString text = QStringLiteral("one two three four five six\n");
    const ArticleLayout layout(ArticleText(text), 10);
    // "three four five" spans a break the view made; back in the article it is one stretch.
    const qsizetype from = text.indexOf(QLatin1String("three"));
    const qsizetype to = text.indexOf(QLatin1String(" six"));
    const ArticleText::Span shown = layout.shown({from, to});
    QVERIFY(layout.text().mid(shown.start, shown.end - shown.start).contains(QLatin1Char('\n')));
    QCOMPARE(layout.inArticle(shown), (ArticleText::Span{from, to}));
}

QTEST_GUILESS_MAIN(TestArticleLayout)
#include "tst_articlelayout.moc"
