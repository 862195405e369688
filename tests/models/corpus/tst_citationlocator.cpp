// Finding a citation's quote in its article, and saying plainly why not.
#include "models/corpus/CitationLocator.h"
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

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestCitationLocator)
#include "tst_citationlocator.moc"
