// Finding a citation's quote in its article, and saying plainly why not, by the rule
// `dossier check` applies.
#include "models/corpus/CitationLocator.h"
#include "models/corpus/CorpusChecker.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCitationLocator final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dataset = TestSupport::miniDataset(); }

    void findsEveryQuoteOfTheMiniCorpus()
    {
        const QString corpus = TestSupport::dataPath(QStringLiteral("corpus"));
        for (int c = 0; c < m_dataset.claims.size(); ++c) {
            for (int i = 0; i < m_dataset.claims[c].citations.size(); ++i) {
                const auto r = CitationLocator::locate(m_dataset, corpus, c, i);
                QCOMPARE(r.status, CitationLocator::Status::Found);
                QVERIFY(r.message.isEmpty());
                const QString shown = r.text.mid(r.quote.start, r.quote.end - r.quote.start);
                QCOMPARE(ArticleText::normalize(shown),
                         ArticleText::normalize(m_dataset.claims[c].citations[i].quote));
                QVERIFY(r.paragraph > 0);
            }
        }
    }

    void saysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("status");
        QTest::newRow("no corpus attached")
            << QStringLiteral("none") << int(CitationLocator::Status::NoCorpus);
        QTest::newRow("file missing")
            << QStringLiteral("empty") << int(CitationLocator::Status::Unreadable);
        QTest::newRow("file changed")
            << QStringLiteral("changed") << int(CitationLocator::Status::ChecksumMismatch);
        QTest::newRow("quote absent")
            << QStringLiteral("badquote") << int(CitationLocator::Status::QuoteNotFound);
    }

    void saysWhatIsWrong()
    {
        QFETCH(QString, setup);
        QFETCH(int, status);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString corpus = dir.path();
        const QString original = TestSupport::dataPath(QStringLiteral("corpus/alpha.txt"));
        if (setup == QStringLiteral("none")) {
            corpus.clear();
        } else if (setup == QStringLiteral("changed")) {
            QFile in(original);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(dir.filePath(QStringLiteral("alpha.txt")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.readAll() + "\nUne ligne ajoutée.\n");
        } else if (setup == QStringLiteral("badquote")) {
            QVERIFY(QFile::copy(original, dir.filePath(QStringLiteral("alpha.txt"))));
            m_dataset.claims[0].citations[0].quote = QStringLiteral("absent de l’article");
        }
        const int c1 = m_dataset.claimIndex(QStringLiteral("c1"));
        const auto r = CitationLocator::locate(m_dataset, corpus, c1, 0);
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.message.isEmpty());
        if (setup == QStringLiteral("empty"))
            QVERIFY(r.message.contains(QStringLiteral("alpha.txt")));
        if (setup == QStringLiteral("changed")) // still shown, with the quote, but flagged
            QVERIFY(r.quote.end > r.quote.start);
    }

    // One rule for "Show in Article" and `dossier check`: a citation the checker fails is never
    // shown as found, and one it passes always is.
    void agreesWithTheChecker_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("as curated")
            << QString() << QString() << int(CitationLocator::Status::Found);
        QTest::newRow("quote elsewhere")
            << QStringLiteral("quote") << QStringLiteral("Une société fictive")
            << int(CitationLocator::Status::QuoteMisplaced);
        QTest::newRow("wrong paragraph") << QStringLiteral("paragraph") << QStringLiteral("2")
                                         << int(CitationLocator::Status::QuoteMisplaced);
        QTest::newRow("paragraph past the end")
            << QStringLiteral("paragraph") << QStringLiteral("40")
            << int(CitationLocator::Status::QuoteMisplaced);
        QTest::newRow("twice, cited where it is the second")
            << QStringLiteral("quote") << QStringLiteral("Jeanne Dupont")
            << int(CitationLocator::Status::QuoteMisplaced);
        QTest::newRow("not in the article")
            << QStringLiteral("quote") << QStringLiteral("fondée en 2016")
            << int(CitationLocator::Status::QuoteNotFound);
    }

    void agreesWithTheChecker()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, status);
        // c5's second citation: alpha.txt, paragraph 3 (Jeanne Dupont is in 2 and 3).
        const int c5 = m_dataset.claimIndex(QStringLiteral("c5"));
        Citation &cit = m_dataset.claims[c5].citations[1];
        if (field == QLatin1String("quote"))
            cit.quote = value;
        else if (field == QLatin1String("paragraph"))
            cit.paragraph = value.toInt();
        const QString corpus = TestSupport::dataPath(QStringLiteral("corpus"));
        const auto located = CitationLocator::locate(m_dataset, corpus, c5, 1);
        QCOMPARE(int(located.status), status);
        const auto checked = CorpusChecker::check(m_dataset, corpus);
        QCOMPARE(checked.failures.isEmpty(), located.status == CitationLocator::Status::Found);
        if (!checked.failures.isEmpty())
            QCOMPARE(checked.failures.size(), 1);
        // The article view says what `dossier check` says.
        if (located.status == CitationLocator::Status::QuoteMisplaced)
            QVERIFY2(located.message.contains(checked.failures.first().message),
                     qPrintable(located.message));
    }

    // A quote that occurs twice is highlighted where the citation says, not where it comes first.
    void highlightsTheOccurrenceInTheCitedParagraph()
    {
        const int c5 = m_dataset.claimIndex(QStringLiteral("c5"));
        m_dataset.claims[c5].citations[1].quote = QStringLiteral("Jeanne Dupont");
        const auto r = CitationLocator::locate(
            m_dataset, TestSupport::dataPath(QStringLiteral("corpus")), c5, 1);
        QCOMPARE(r.paragraph, 3);
        QCOMPARE(r.text.mid(r.quote.start, r.quote.end - r.quote.start),
                 QStringLiteral("Jeanne Dupont"));
        QVERIFY(r.text.lastIndexOf(QStringLiteral("Jeanne Dupont"), r.quote.start - 1) >= 0);
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestCitationLocator)
#include "tst_citationlocator.moc"
