#include "models/corpus/CorpusChecker.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetValidator.h"
#include "models/store/DatasetLoader.h"
#include "tests/support/TestSupport.h"

#include <QTest>

class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void miniCorpusLocatesEveryQuote();
    void tampering_data();
    void tampering();
    void bundledDatasetAgainstRealCorpus();
};

void TestCorpus::miniCorpusLocatesEveryQuote()
{
    const Dataset d = TestSupport::miniDataset();
    const auto report = CorpusChecker::check(d, TestSupport::dataPath(QStringLiteral("corpus")));
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(report.sourcesChecked, 2);
    QCOMPARE(report.quotesChecked, 6);
    QCOMPARE(report.located.size(), 6);
    // c3's quote "Acme répond" occurs twice; its suffix picks the first.
    for (const auto &loc : report.located)
        if (loc.claim == QLatin1String("c3"))
            QCOMPARE(loc.span.end - loc.span.start,
                     qsizetype(QStringLiteral("Acme répond").size()));
}

void TestCorpus::tampering_data()
{
    QTest::addColumn<int>("claim");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quote not in article") << 0 << "quote"
                                          << "fondée en 2016"
                                          << "not found verbatim";
    QTest::newRow("straight apostrophe") << 3 << "quote"
                                         << "13 milliards d'euros"
                                         << "not found verbatim";
    QTest::newRow("wrong paragraph") << 0 << "paragraph"
                                     << "3"
                                     << "stands in paragraph 2, not 3";
    QTest::newRow("paragraph past the end") << 0 << "paragraph"
                                            << "40"
                                            << "does not exist";
    QTest::newRow("ambiguous") << 2 << "suffix"
                               << ""
                               << "occurs 2 times";
    QTest::newRow("missing file") << -1 << "file"
                                  << "gone.txt"
                                  << "missing from the corpus folder";
    QTest::newRow("changed file") << -1 << "sha256" << QString(64, QLatin1Char('0')) << "SHA-256";
}

void TestCorpus::tampering()
{
    QFETCH(int, claim);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Dataset d = TestSupport::miniDataset();
    if (claim < 0) {
        Source &s = d.sources[0];
        (field == QLatin1String("file") ? s.file : s.sha256) = value;
    } else {
        Citation &c = d.claims[claim].citations[0];
        if (field == QLatin1String("quote"))
            c.quote = value;
        else if (field == QLatin1String("paragraph"))
            c.paragraph = value.toInt();
        else
            c.suffix = value;
    }
    d.reindex();
    const auto report = CorpusChecker::check(d, TestSupport::dataPath(QStringLiteral("corpus")));
    QVERIFY(!report.failures.isEmpty());
    QStringList lines;
    for (const Problem &p : report.failures)
        lines << p.toString();
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(expected),
             qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestCorpus::bundledDatasetAgainstRealCorpus()
{
    const QString corpus = TestSupport::corpusFolder();
    if (corpus.isEmpty())
        QSKIP("DOSSIER_CORPUS is not set to the articles' folder; the full-text check needs it");
    auto read = DatasetJsonReader::read(DatasetLoader::bundledJson(), QStringLiteral("bundled"));
    QVERIFY(read.ok());
    QVERIFY(DatasetValidator::validate(read.dataset, QStringLiteral("bundled")).isEmpty());
    const auto report = CorpusChecker::check(read.dataset, corpus);
    QStringList lines;
    for (const Problem &p : report.failures)
        lines << p.toString();
    QVERIFY2(report.failures.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(report.sourcesChecked, read.dataset.sources.size());
    int citations = 0;
    for (const Claim &c : read.dataset.claims)
        citations += int(c.citations.size());
    QCOMPARE(report.located.size(), citations);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
