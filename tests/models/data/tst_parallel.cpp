#include "models/data/Parallel.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <atomic>
#include <vector>

using TestSupport::PoolSize;

class TestParallel : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void eachRecordOnce_data();
    void eachRecordOnce();
    void reindexOnAnyThreads();
};

void TestParallel::split_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<qsizetype>("threshold");
    QTest::addColumn<int>("ranges");
    QTest::newRow("nothing") << 4 << qsizetype(0) << qsizetype(100) << 0;
    QTest::newRow("below the threshold") << 4 << qsizetype(99) << qsizetype(100) << 1;
    QTest::newRow("at the threshold: two halves") << 4 << qsizetype(100) << qsizetype(100) << 2;
    QTest::newRow("no range under half the threshold")
        << 8 << qsizetype(170) << qsizetype(100) << 3;
    QTest::newRow("one range per thread") << 3 << qsizetype(1000) << qsizetype(100) << 3;
    QTest::newRow("uneven") << 7 << qsizetype(1003) << qsizetype(100) << 7;
    QTest::newRow("one thread") << 1 << qsizetype(1000) << qsizetype(100) << 1;
    QTest::newRow("threshold of one") << 4 << qsizetype(5) << qsizetype(1) << 4;
}

// The ranges cover [0, count) once, in order, as evenly as integers allow.
void TestParallel::split()
{
    QFETCH(int, threads);
    QFETCH(qsizetype, count);
    QFETCH(qsizetype, threshold);
    QFETCH(int, ranges);
    const PoolSize pool(threads);
    const QList<Parallel::Range> cut = Parallel::split(count, threshold);
    QCOMPARE(cut.size(), ranges);
    qsizetype next = 0;
    for (const Parallel::Range &r : cut) {
        QCOMPARE(r.from, next);
        QVERIFY(r.to > r.from);
        QVERIFY(r.to - r.from >= count / ranges);
        QVERIFY(r.to - r.from <= count / ranges + 1);
        next = r.to;
    }
    QCOMPARE(next, count);
}

void TestParallel::eachRecordOnce_data()
{
    QTest::addColumn<int>("threads");
    for (const int threads : {1, 2, 3, 8})
        QTest::addRow("%d threads", threads) << threads;
}

// Every record is worked on exactly once, and mapRanges gives its results in the ranges' order.
void TestParallel::eachRecordOnce()
{
    QFETCH(int, threads);
    const PoolSize pool(threads);
    constexpr qsizetype Count = 100003;
    std::vector<std::atomic<int>> visits(Count);
    Parallel::forEachRange(Count, 1000, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            ++visits[size_t(i)];
    });
    QVERIFY(std::all_of(visits.cbegin(), visits.cend(), [](const auto &v) { return v == 1; }));

    const QList<QList<qsizetype>> parts =
        Parallel::mapRanges(Count, 1000, [](qsizetype from, qsizetype to) {
            QList<qsizetype> records;
            for (qsizetype i = from; i < to; ++i)
                records.append(i);
            return records;
        });
    QCOMPARE(parts.size(), Parallel::split(Count, 1000).size());
    qsizetype next = 0;
    for (const QList<qsizetype> &part : parts)
        for (const qsizetype i : part)
            QCOMPARE(i, next++);
    QCOMPARE(next, Count);
}

// Above its threshold the dataset builds its id index on another thread: the same index.
void TestParallel::reindexOnAnyThreads()
{
    Dataset d = SyntheticDataset::generate({25000, 300, 50, 3});
    std::swap(d.claims[0], d.claims[24999]);
    for (const int threads : {1, 2, 4}) {
        const PoolSize pool(threads);
        d.reindex();
        for (int c = 0; c < d.claims.size(); ++c)
            QCOMPARE(d.claimIndex(d.claims[c].id), c);
        QCOMPARE(d.claimIndex(QStringLiteral("c0")), 24999);
        QVERIFY(!d.actorsOfClaim(24999).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
