#include "models/corpus/QuoteAnchor.h"
#include "models/corpus/QuotePlacement.h"
#include "models/data/TextRules.h"
#include "models/format/DatasetValidator.h"

#include <QTest>

class TestQuoteAnchor : public QObject
{
    Q_OBJECT
private slots:
    void anchored_data();
    void anchored();
    void refused_data();
    void refused();
    void acrossParagraphs();
    void longestQuote();
};

namespace {

// The selection as "[...]" inside the article's text: its offsets in the original.
struct Marked
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

Marked marked(const QString &withBrackets)
{
    Marked m;
    m.start = withBrackets.indexOf(QLatin1Char('['));
    m.end = withBrackets.indexOf(QLatin1Char(']')) - 1;
    m.text = withBrackets;
    m.text.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return m;
}

} // namespace

void TestQuoteAnchor::anchored_data()
{
    QTest::addColumn<QString>("article"); // the selection in brackets
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");

    QTest::newRow("unique") << "Title\nMusk said [the deal] was off.\n"
                            << 2 << "the deal"
                            << ""
                            << "";
    QTest::newRow("trimmed") << "Musk said[ the deal ]was off.\n"
                             << 1 << "the deal"
                             << ""
                             << "";
    QTest::newRow("repeated in paragraph: shorter prefix")
        << "the deal was signed. Then [the deal] collapsed.\n"
        << 1 << "the deal"
        << "Then "
        << "";
    QTest::newRow("repeated thrice in paragraph")
        << "He said no. Then she [said no] again, and he said no again.\n"
        << 1 << "said no"
        << "she "
        << "";
    QTest::newRow("repeated in another paragraph")
        << "Microsoft invested.\nMusk sued. [Microsoft invested] more.\n"
        << 2 << "Microsoft invested"
        << ""
        << " more.";
    QTest::newRow("repeated, both sides needed") << "a x b. c x d. a x d. c [x] b.\n"
                                                 << 1 << "x"
                                                 << "c "
                                                 << " b.";
    QTest::newRow("at paragraph start") << "[Musk] sued OpenAI. Musk lost.\n"
                                        << 1 << "Musk"
                                        << ""
                                        << " sued";
    QTest::newRow("at paragraph end") << "Musk sued OpenAI. OpenAI replied to [OpenAI]\n"
                                      << 1 << "OpenAI"
                                      << "to "
                                      << "";
    QTest::newRow("whole paragraph") << "Intro.\n[Le conflit s’envenime.]\nEnd.\n"
                                     << 2 << "Le conflit s’envenime."
                                     << ""
                                     << "";
    QTest::newRow("whole repeated paragraph") << "Same line.\nOther.\n[Same line.] And more.\n"
                                              << 3 << "Same line."
                                              << ""
                                              << " And";
    QTest::newRow("emoji kept whole") << "Musk tweeted 🚀 again and 🚀 again.\nNext: [🚀] launch.\n"
                                      << 2 << "🚀"
                                      << "Next: "
                                      << "";
    QTest::newRow("CRLF article") << "One.\r\nTwo [three] four.\r\n"
                                  << 2 << "three"
                                  << ""
                                  << "";
    QTest::newRow("tab inside, one line") << "Un\tmot. Un\tmot [de\tplus\u2028ici].\n"
                                          << 1 << "de plus ici"
                                          << ""
                                          << "";
    QTest::newRow("tab in the context") << "Un mot. Le\t[mot] fut et mot fut.\n"
                                        << 1 << "mot"
                                        << "Le "
                                        << "";
    QTest::newRow("RTL repeated") << "قال ماسك. ثم [قال] لا.\n"
                                  << 1 << "قال"
                                  << "ثم "
                                  << "";
}

void TestQuoteAnchor::anchored()
{
    QFETCH(QString, article);
    QFETCH(int, paragraph);
    QFETCH(QString, quote);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    const Marked m = marked(article);
    const ArticleText text(m.text);
    const QuoteAnchor::Result r =
        QuoteAnchor::inArticle(text, QStringLiteral("src"), m.start, m.end);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.citation.source, QStringLiteral("src"));
    QCOMPARE(r.citation.paragraph, paragraph);
    QCOMPARE(r.citation.quote, quote);
    QCOMPARE(r.citation.prefix, prefix);
    QCOMPARE(r.citation.suffix, suffix);
    // One-line fields, as the validator wants them.
    for (const QString &field : {r.citation.quote, r.citation.prefix, r.citation.suffix})
        QVERIFY2(!TextRules::check(field, TextRules::Lines::One),
                 qPrintable(TextRules::describe(TextRules::check(field, TextRules::Lines::One))));
    // Resolved back by the one rule, it stands exactly where it was selected.
    const QuotePlacement placed = QuotePlacement::of(text, r.citation);
    QVERIFY(placed.isPlaced());
    QCOMPARE(placed.span, r.span);
    QCOMPARE(m.text.mid(r.span.start, r.span.end - r.span.start)
                 .replace('\t', ' ')
                 .replace(QChar(0x2028), ' '),
             quote);

    // The same selection by paragraph and offsets within it.
    const ArticleText::Span para = text.paragraph(paragraph);
    const QuoteAnchor::Result same = QuoteAnchor::inParagraph(
        text, QStringLiteral("src"), paragraph, m.start - para.start, m.end - para.start);
    QCOMPARE(same.citation, r.citation);
}

void TestQuoteAnchor::refused_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("message");

    QTest::newRow("over two paragraphs") << "First [para.\nSecond] para.\n"
                                         << "from paragraph 1 to paragraph 2";
    QTest::newRow("over three paragraphs, blank lines") << "A [b.\n\nC.\n\nD] e.\n"
                                                        << "from paragraph 1 to paragraph 3";
    QTest::newRow("only spaces") << "Word[   ]word.\n"
                                 << "no text";
    QTest::newRow("empty") << "Word[]word.\n"
                           << "no text";
    QTest::newRow("indistinguishable") << "Ha ha. Ha ha.\n[Ha ha.]\nHa ha.\n"
                                       << "occur 4 times";
    QTest::newRow("too long") << "[" + QString(301, QLatin1Char('a')) + "]\n"
                              << "301 characters long; a quote holds at most 300";
}

void TestQuoteAnchor::refused()
{
    QFETCH(QString, article);
    QFETCH(QString, message);
    const Marked m = marked(article);
    const QuoteAnchor::Result r =
        QuoteAnchor::inArticle(ArticleText(m.text), QStringLiteral("src"), m.start, m.end);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestQuoteAnchor::acrossParagraphs()
{
    const ArticleText text(QStringLiteral("Short.\nAnother paragraph.\n"));
    // Past the end of paragraph 1 within it, and a paragraph that does not exist.
    QuoteAnchor::Result r = QuoteAnchor::inParagraph(text, QStringLiteral("s"), 1, 0, 12);
    QVERIFY(r.error.contains("runs past paragraph 1"));
    r = QuoteAnchor::inParagraph(text, QStringLiteral("s"), 3, 0, 1);
    QVERIFY2(r.error.contains("no paragraph 3; it has 2"), qPrintable(r.error));
    // A selection that ends on the line break before the next paragraph is within one.
    r = QuoteAnchor::inArticle(text, QStringLiteral("s"), 0, 7);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.citation.quote, QStringLiteral("Short."));
}

void TestQuoteAnchor::longestQuote()
{
    // 300 characters, counted as code points: 150 emoji are 300 UTF-16 units but 150.
    const QString emoji = QString::fromUcs4(U"😀").repeated(300);
    const ArticleText text(emoji + QStringLiteral("\n"));
    QuoteAnchor::Result r = QuoteAnchor::inParagraph(text, QStringLiteral("s"), 1, 0, 600);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.citation.quote.size(), 600);
    // Starts and ends inside surrogate pairs: widened to whole characters, never cut.
    const ArticleText pairs(QStringLiteral("a 😀😀 b\n"));
    r = QuoteAnchor::inParagraph(pairs, QStringLiteral("s"), 1, 3, 5);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.citation.quote, QStringLiteral("😀😀"));
    QCOMPARE(r.span, (ArticleText::Span{2, 6}));
    const ArticleText accents(QStringLiteral("Cre\u0301ation et cre\u0301ation.\n"));
    r = QuoteAnchor::inParagraph(accents, QStringLiteral("s"), 1, 13, 16);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // Widened over the combining accent that follows "cre".
    QCOMPARE(r.citation.quote, QStringLiteral("cre\u0301"));
    QCOMPARE(DatasetValidator::MaxQuoteLength, 300);
}

QTEST_GUILESS_MAIN(TestQuoteAnchor)
#include "tst_quoteanchor.moc"
