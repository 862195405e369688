// What every store promises through DossierStore, whichever backend it is: an import is given
// back exactly (text byte for byte), replaces everything before it in one transaction, and a
// refused import leaves the store as it was. Each test runs on a SQLite file and on a
// PostgreSQL database (tests/support/StoreBackends); backend-specific behaviour (SQLite's
// schema upgrades, read-only files; the server's roles) stays in tst_datasetstore and
// tests/pg.
#include "models/dossier/Change.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/ChangeLog.h"
#include "models/store/DossierStore.h"
#include "tests/support/StoreBackends.h"
#include "tests/support/TestSupport.h"

#include <QTest>

namespace {

/// Text a store must keep as it is: bidi controls, right-to-left script, combining marks,
/// characters outside the BMP, markup and SQL that must stay text, quotes, backslashes,
/// tabs and line breaks, a byte-order mark inside.
const QString Hostile[] = {
    QStringLiteral("\u202Eevil\u202C and \u2067\u05E9\u05DC\u05D5\u05DD\u2069 end"),
    QStringLiteral("e\u0301te\u0301 \U0001F469\u200D\u2696\uFE0F \U0001D400"),
    QStringLiteral("<b>bold</b> &amp; <script>alert(1)</script>"),
    QStringLiteral("'; DROP TABLE claims; -- \\\\ \\' \" \\N"),
    QStringLiteral("tab\there\r\nline\nnext \uFEFF inside"),
    QStringLiteral("%s %n {0} $1 \\x00"),
};

Dataset withHostileText(Dataset d)
{
    int next = 0;
    const auto text = [&next] { return Hostile[next++ % std::size(Hostile)]; };
    for (Claim &c : d.claims) {
        c.statement = text();
        c.dateNote = text();
        for (Citation &citation : c.citations)
            citation.quote = text();
    }
    for (Actor &a : d.actors) {
        a.name += u' ' + text();
        a.description = text();
        a.aliases << text();
    }
    for (Source &s : d.sources) {
        s.title = text();
        s.notes = text();
    }
    for (Conflict &k : d.conflicts)
        k.about = text();
    d.reindex();
    return d;
}

} // namespace

class TestStoreContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { StoreBackends::addColumn(); }
    void init();
    void importLoadRoundTrip_data();
    void importLoadRoundTrip();
    void reimportReplacesEverything();
    void refusedImportKeepsWhatWasThere_data();
    void refusedImportKeepsWhatWasThere();

private:
    StoreBackends m_backends;
};

void TestStoreContract::init()
{
    QFETCH_GLOBAL(QString, backend);
    bool skip = false;
    if (const QString why = m_backends.begin(backend, &skip); !why.isEmpty()) {
        if (skip)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
}

void TestStoreContract::importLoadRoundTrip_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::newRow("mini") << TestSupport::miniDataset();
    QTest::newRow("hostile text") << withHostileText(TestSupport::miniDataset());
    QTest::newRow("3,000 claims") << SyntheticDataset::generate({3000, 200, 100, 9});
}

void TestStoreContract::importLoadRoundTrip()
{
    QFETCH(Dataset, dataset);
    QString error;
    auto store = m_backends.createdEmpty(QStringLiteral("round"), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(
        store->importDataset(dataset, QStringLiteral("origin"), QStringLiteral("digest"), &error),
        qPrintable(error));
    QVERIFY2(store->isWritable(), qPrintable(store->whyNotWritable()));
    QCOMPARE(store->datasetSha256(), QStringLiteral("digest"));
    QCOMPARE(store->revision(), quint64(0));

    // Another connection, as another window has, reads the same.
    const auto other = m_backends.opened(QStringLiteral("round"));
    QVERIFY(other);
    for (DossierStore *reader : {store.get(), other.get()}) {
        RecordVersions versions;
        quint64 revision = 99;
        const auto loaded = reader->load(&error, &versions, &revision);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(dataset));
        // Field by field too: JSON escaping must not be what makes them equal.
        QCOMPARE(loaded->claims, dataset.claims);
        QCOMPARE(loaded->actors, dataset.actors);
        QCOMPARE(revision, quint64(0));
        QCOMPARE(versions.count(RecordTable::Claim), dataset.claims.size());
        QCOMPARE(versions.count(RecordTable::Actor), dataset.actors.size());
        for (const Claim &c : dataset.claims)
            QCOMPARE(versions.of(RecordTable::Claim, c.id), 1);
        const auto since = reader->changesSince(0, &error);
        QVERIFY2(since, qPrintable(error));
        QVERIFY(since->isEmpty());
    }
}

void TestStoreContract::reimportReplacesEverything()
{
    const Dataset mini = TestSupport::miniDataset();
    auto store = m_backends.created(QStringLiteral("again"), mini);
    QVERIFY(store);
    Claim edited = mini.claims.first();
    edited.statement = QStringLiteral("Edited before the import.");
    QVERIFY(store
                ->write(Change::edit(mini.claims.first(), edited, QStringLiteral("edit"), 1),
                        QStringLiteral("tester"))
                .ok());
    QCOMPARE(store->revision(), quint64(1));

    const Dataset other = SyntheticDataset::generate({500, 40, 30, 3});
    QString error;
    QVERIFY2(store->importDataset(other, QStringLiteral("other"), QStringLiteral("o"), &error),
             qPrintable(error));
    QCOMPARE(store->revision(), quint64(0));
    QCOMPARE(store->datasetSha256(), QStringLiteral("o"));
    const auto history = store->history(RecordTable::Claim, edited.id, &error);
    QVERIFY2(history, qPrintable(error));
    QVERIFY(history->isEmpty());
    auto loaded = store->load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(other));

    QVERIFY2(store->importDataset(mini, QStringLiteral("mini"), QStringLiteral("m"), &error),
             qPrintable(error));
    loaded = store->load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(mini));
}

void TestStoreContract::refusedImportKeepsWhatWasThere_data()
{
    QTest::addColumn<bool>("large");
    QTest::addColumn<QString>("broken");
    for (const bool large : {false, true})
        for (const char *broken : {"duplicate claim", "unknown source", "unknown claimant",
                                   "unknown response", "unknown conflict claim"})
            QTest::addRow("%s, %s", large ? "large" : "small", broken)
                << large << QString::fromLatin1(broken);
}

// The validator stops such datasets first; each store refuses them on its own all the same,
// whether the broken record comes first or last, and keeps what it had.
void TestStoreContract::refusedImportKeepsWhatWasThere()
{
    QFETCH(bool, large);
    QFETCH(QString, broken);
    const Dataset mini = TestSupport::miniDataset();
    auto store = m_backends.created(QStringLiteral("refuse"), mini);
    QVERIFY(store);

    Dataset d = large ? SyntheticDataset::generate({3000, 200, 100, 4}) : mini;
    Claim &last = d.claims.last();
    if (broken == QLatin1String("duplicate claim"))
        d.claims.append(d.claims.first());
    else if (broken == QLatin1String("unknown source"))
        last.citations.last().source = QStringLiteral("nowhere");
    else if (broken == QLatin1String("unknown claimant"))
        last.claimant = QStringLiteral("nobody");
    else if (broken == QLatin1String("unknown response"))
        last.respondsTo = QStringLiteral("c-none");
    else
        d.conflicts.append({QStringLiteral("k-new"),
                            {d.claims.first().id, QStringLiteral("c-none")},
                            QStringLiteral("about")});
    d.reindex();
    QString error;
    QVERIFY(!store->importDataset(d, QStringLiteral("t"), QStringLiteral("2"), &error));
    QVERIFY(!error.isEmpty());

    const auto other = m_backends.opened(QStringLiteral("refuse"));
    QVERIFY(other);
    for (DossierStore *reader : {store.get(), other.get()}) {
        const auto loaded = reader->load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(mini));
        QCOMPARE(reader->datasetSha256(), QStringLiteral("m"));
    }
}

QTEST_GUILESS_MAIN(TestStoreContract)
#include "tst_storecontract.moc"
