#include "models/data/TextUtil.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <sys/stat.h>
#include <thread>

namespace {

// What version 6 added to version 5, undone: a store as version 5 left it.
const char *const Version6Additions[] = {"DROP TABLE markup_claim_tags",
                                         "DROP TABLE markup_claims",
                                         "DROP TABLE markup_tags",
                                         "DROP INDEX sources_by_position",
                                         "DROP INDEX actors_by_position",
                                         "DROP INDEX claims_by_position",
                                         "DROP INDEX conflicts_by_position",
                                         "DROP TABLE change_records",
                                         "DROP TABLE changes",
                                         "ALTER TABLE sources DROP COLUMN version",
                                         "ALTER TABLE actors DROP COLUMN version",
                                         "ALTER TABLE claims DROP COLUMN version",
                                         "ALTER TABLE conflicts DROP COLUMN version",
                                         "DELETE FROM meta WHERE key = 'revision'"};

} // namespace

class TestDatasetStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importIsAllOrNothing();
    void loadFollowsPositions();
    void migratesFromVersion1();
    void migratesFromVersion5_data();
    void migratesFromVersion5();
    void loaderKeepsEditedBundledCopy();
    void dropsTheSearchIndex_data();
    void dropsTheSearchIndex();
    void loaderUpgradesOldStore();
    void readOnlyOldStoreBrowses();
    void refusesNonDatabase_data();
    void refusesNonDatabase();
    void readOnlyBrowsingRefusesWrites();
    void refusesNewerSchema();
    void loaderImportsBundledOnce();
    void loaderKeepsUserImport();
    void largeImportRoundTrip();
    void importRefusesBrokenRecords_data();
    void importRefusesBrokenRecords();
    void readOnlyOpenLeavesNoFile();
    void readOnlyOpenSeesAnotherWriter();
    void readOnlyReadsAgainAfterAWrite();
    void readOnlyMediumOpens();
    void refusesEmptyFile_data();
    void refusesEmptyFile();
    void loaderKeepsUserFileNamedBundled();
    void loaderLegacyOrigin_data();
    void loaderLegacyOrigin();
    void loaderRefusesMissingDigest_data();
    void loaderRefusesMissingDigest();
    void loaderRefusesWhatIsNotAFile_data();
    void loaderRefusesWhatIsNotAFile();

private:
    QStringList schemaOf(const QString &file);
    QStringList tablesOf(const QString &file);
    static QStringList listing(const QString &folder);
    static void
    importInto(const QString &file, const Dataset &dataset, const QString &sha,
               DatasetStore::Provenance provenance = DatasetStore::Provenance::UserFile);
    static Dataset asKeptBeforeVersion5(Dataset dataset);
    QString makeOldStore(const char *name, int version, const Dataset &dataset);
    qint64 pragma(const QString &file, const char *name);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
};

void TestDatasetStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Loading reads the claims in the table's order and puts them in place by their position:
// a database whose rows are not in position order loads in position order all the same.
void TestDatasetStore::loadFollowsPositions()
{
    const Dataset mini = TestSupport::miniDataset();
    QString error;
    {
        DatasetStore store;
        QVERIFY(store.open(path("p.sqlite"), DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(mini, QStringLiteral("t"), QStringLiteral("1"), &error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(path("p.sqlite"));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "UPDATE claims SET position = (SELECT count(*) FROM claims) - 1 - position")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p"));
    DatasetStore store;
    QVERIFY(store.open(path("p.sqlite"), DatasetStore::Mode::ReadOnly, &error));
    const auto loaded = store.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->claims.size(), mini.claims.size());
    for (qsizetype i = 0; i < mini.claims.size(); ++i) {
        const Claim &expected = mini.claims[mini.claims.size() - 1 - i];
        QCOMPARE(loaded->claims[i].id, expected.id);
        QCOMPARE(loaded->claims[i].citations.size(), expected.citations.size());
        QCOMPARE(loaded->claimIndex(expected.id), int(i));
    }
}

void TestDatasetStore::importIsAllOrNothing()
{
    DatasetStore store;
    QString error;
    QVERIFY(store.open(path("b.sqlite"), DatasetStore::Mode::ReadWrite, &error));
    QVERIFY(store.importDataset(TestSupport::miniDataset(), QStringLiteral("t"),
                                QStringLiteral("1"), &error));

    Dataset broken = TestSupport::miniDataset();
    broken.claims.append(broken.claims.first()); // duplicate primary key, late in the import
    broken.reindex();
    QVERIFY(!store.importDataset(broken, QStringLiteral("t"), QStringLiteral("2"), &error));
    QVERIFY2(error.contains(QLatin1String("nothing was changed")), qPrintable(error));
    const auto loaded = store.load(&error);
    QVERIFY(loaded);
    QCOMPARE(loaded->claims.size(), TestSupport::miniDataset().claims.size());
    QCOMPARE(store.metaValue(QStringLiteral("dataset_sha256")), QStringLiteral("1"));
}

void TestDatasetStore::migratesFromVersion1()
{
    QString error;
    {
        DatasetStore old;
        QVERIFY2(old.openAtVersion(path("old.sqlite"), 1, &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 1);
        // Version 1 has no search index; fill its tables by hand as an old program would.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path("old.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO actors VALUES ('a', 0, 'A', 'person', '')")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO sources VALUES ('s', 0, 'f.txt', 'O', 'T', NULL, "
                                  "'2024', '', 'fr', '%1')")
                       .arg(QString(64, QLatin1Char('0')))));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO claims VALUES ('c', 0, '2024', 0, 0, '', 'event', "
                                  "'Old statement about zeppelins', NULL, NULL)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO citations VALUES ('c', 0, 's', 1, 'quote', '', '')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('dataset_sha256', 'x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    DatasetStore store;
    QVERIFY2(store.open(path("old.sqlite"), DatasetStore::Mode::ReadWrite, &error),
             qPrintable(error));
    QCOMPARE(store.schemaVersion(), DatasetStore::SchemaVersion);
    const auto loaded = store.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->claims.size(), 1);
    QCOMPARE(loaded->claims.first().statement, QStringLiteral("Old statement about zeppelins"));
}

void TestDatasetStore::migratesFromVersion5_data()
{
    QTest::addColumn<bool>("withDataset");
    QTest::newRow("a store holding a dataset") << true;
    QTest::newRow("an empty store") << false;
}

// A store of version 5 opens at version 6: its records at version 1, its revision 0, nothing
// else changed, and it takes changes; an empty one is still empty.
void TestDatasetStore::migratesFromVersion5()
{
    QFETCH(bool, withDataset);
    const Dataset dataset = SyntheticDataset::generate({500, 40, 20, 5});
    const QString file = path("v5.sqlite");
    QString error;
    {
        DatasetStore store;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        if (withDataset)
            QVERIFY(
                store.importDataset(dataset, QStringLiteral("five"), QStringLiteral("5"), &error));
    }
    const QStringList fresh = tablesOf(file);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("5"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const char *statement : Version6Additions)
            QVERIFY2(QSqlQuery(db).exec(QLatin1String(statement)), statement);
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 5")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("5"));
    QVERIFY(!tablesOf(file).join(QLatin1Char('\n')).contains(QLatin1String("changes")));

    DatasetStore store;
    QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), DatasetStore::SchemaVersion);
    QCOMPARE(tablesOf(file), fresh);
    QCOMPARE(store.revision(), quint64(0));
    if (!withDataset) {
        QCOMPARE(store.content(), DatasetStore::Content::Nothing);
        return;
    }
    QCOMPARE(store.content(), DatasetStore::Content::Dataset);
    RecordVersions versions;
    const auto loaded = store.load(&error, &versions);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(dataset));
    for (const Claim &c : loaded->claims)
        QCOMPARE(versions.of(RecordTable::Claim, c.id), 1);
    Actor actor = loaded->actors.first();
    actor.description = QStringLiteral("Edited after the upgrade.");
    const WriteResult written =
        store.write(Change::edit(loaded->actors.first(), actor, QStringLiteral("Edit"), 1),
                    QStringLiteral("me"));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(store.load(&error)->actors.first(), actor);
}

// A copy of the bundled dataset the user edited is theirs: a newer bundled dataset never
// replaces it, and its digest (of the file it started from) is not given as its own.
void TestDatasetStore::loaderKeepsEditedBundledCopy()
{
    const QString file = path("edited.sqlite");
    QVERIFY(DatasetLoader::open(file).dataset);
    Claim edited;
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.holdsBundledCopy());
        const Dataset d = *store.load(&error);
        edited = d.claims.first();
        edited.statement = QStringLiteral("The user's own wording.");
        QVERIFY(store
                    .write(Change::edit(d.claims.first(), edited, QStringLiteral("Edit"), 1),
                           QStringLiteral("me"))
                    .ok());
        QVERIFY(!store.holdsBundledCopy());
        // As if the bundled dataset had changed since the copy was made.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("UPDATE meta SET value = 'old' WHERE key = 'dataset_sha256'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("e"));
    const auto result = DatasetLoader::open(file);
    QVERIFY2(result.dataset, qPrintable(result.error));
    QVERIFY(result.notices.isEmpty());
    QCOMPARE(result.dataset->claims.first(), edited);
    QVERIFY(result.datasetSha256.isEmpty());
    const auto readOnly = DatasetLoader::open(file, DatasetLoader::Access::ReadOnly);
    QVERIFY(readOnly.dataset);
    QCOMPARE(readOnly.dataset->claims.first(), edited);
}

namespace {

// What versions 2 and 3 of the schema added to version 1, as they shipped: a full-text index
// of the claims, filled from the claims already there, and three lookup indexes (2), then a
// larger write buffer for the full-text index (3). Kept here, not in the program, which only
// drops them.
const char *const SearchIndexVersion2[] = {
    "CREATE VIRTUAL TABLE claim_text USING fts5(claim_id UNINDEXED, statement, quotes, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO claim_text (claim_id, statement, quotes) SELECT c.id, c.statement, "
    "coalesce((SELECT group_concat(quote, ' ') FROM citations WHERE claim_id = c.id), '') "
    "FROM claims c",
    "CREATE INDEX claim_actors_by_actor ON claim_actors(actor_id)",
    "CREATE INDEX claims_by_date ON claims(first_day, last_day)",
    "CREATE INDEX citations_by_source ON citations(source_id)"};
const char *const SearchIndexVersion3[] = {
    "INSERT INTO claim_text (claim_text, rank) VALUES ('hashsize', 67108864)"};

} // namespace

// What an older program kept of `dataset`: no labels (its sources are known by outlet and
// year), no notes, no date bases.
Dataset TestDatasetStore::asKeptBeforeVersion5(Dataset dataset)
{
    for (Source &s : dataset.sources) {
        s.label.clear();
        s.notes.clear();
    }
    dataset.labelUnlabelledSources();
    for (Claim &c : dataset.claims)
        c.datedByReport = false;
    dataset.reindex();
    return dataset;
}

// A store as an older program left it: `dataset` imported, the columns of version 5 dropped,
// then the search index of versions 2 and 3 built over it.
QString TestDatasetStore::makeOldStore(const char *name, int version, const Dataset &dataset)
{
    const QString file = path(name);
    QString error;
    {
        DatasetStore store;
        if (!store.open(file, DatasetStore::Mode::ReadWrite, &error) ||
            !store.importDataset(dataset, QStringLiteral("old"), QStringLiteral("o"), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
    }
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery q(db);
        QStringList script;
        for (const char *statement : Version6Additions)
            script << QLatin1String(statement);
        script << QStringList{QStringLiteral("ALTER TABLE sources DROP COLUMN label"),
                              QStringLiteral("ALTER TABLE sources DROP COLUMN notes"),
                              QStringLiteral("ALTER TABLE claims DROP COLUMN date_basis")};
        for (const char *statement : SearchIndexVersion2)
            script << QLatin1String(statement);
        if (version >= 3)
            for (const char *statement : SearchIndexVersion3)
                script << QLatin1String(statement);
        script << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &statement : std::as_const(script))
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok ? file : QString();
}

qint64 TestDatasetStore::pragma(const QString &file, const char *name)
{
    qint64 value = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pragma"));
        db.setDatabaseName(file);
        QSqlQuery q(db);
        if (db.open() && q.exec(QLatin1String("PRAGMA ") + QLatin1String(name)) && q.next())
            value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pragma"));
    return value;
}

void TestDatasetStore::dropsTheSearchIndex_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("version 2") << 2;
    QTest::newRow("version 3") << 3;
}

// Opening a store of version 2 or 3 drops its search index and the indexes beside it, keeps
// every record, and gives the freed space back. Done again, the upgrade changes nothing.
void TestDatasetStore::dropsTheSearchIndex()
{
    QFETCH(int, version);
    const Dataset dataset = SyntheticDataset::generate({3000, 200, 100, 5});
    const QString file = makeOldStore("v.sqlite", version, dataset);
    QVERIFY(!file.isEmpty());
    const QString oldSchema = schemaOf(file).join(QLatin1Char('\n'));
    QVERIFY(oldSchema.contains(QLatin1String("claim_text")));
    QVERIFY(oldSchema.contains(QLatin1String("claims_by_date")));
    const qint64 oldSize = QFileInfo(file).size();

    QString error;
    DatasetStore fresh;
    QVERIFY(fresh.open(path("fresh.sqlite"), DatasetStore::Mode::ReadWrite, &error));
    const QStringList freshSchema = schemaOf(path("fresh.sqlite"));
    for (int round = 0; round < 2; ++round) {
        {
            DatasetStore store;
            QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), DatasetStore::SchemaVersion);
            const auto loaded = store.load(&error);
            QVERIFY2(loaded, qPrintable(error));
            QCOMPARE(DatasetJsonWriter::write(*loaded),
                     DatasetJsonWriter::write(asKeptBeforeVersion5(dataset)));
            QCOMPARE(store.metaValue(QStringLiteral("origin")), QStringLiteral("old"));
        }
        // No full-text table, none of its shadow tables, no index but the keys': the tables
        // and columns of a store made by this program.
        QCOMPARE(tablesOf(file), tablesOf(path("fresh.sqlite")));
        QCOMPARE(schemaOf(file).size(), freshSchema.size());
        QCOMPARE(pragma(file, "freelist_count"), 0);
        QVERIFY2(
            QFileInfo(file).size() * 3 < oldSize * 2,
            qPrintable(QStringLiteral("%1 -> %2 bytes").arg(oldSize).arg(QFileInfo(file).size())));
        // As if the upgrade had been interrupted after its drops: it runs again, unharmed.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("again"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const char *drop : Version6Additions)
            QVERIFY(QSqlQuery(db).exec(QLatin1String(drop)));
        for (const char *drop :
             {"ALTER TABLE sources DROP COLUMN label", "ALTER TABLE sources DROP COLUMN notes",
              "ALTER TABLE claims DROP COLUMN date_basis"})
            QVERIFY(QSqlQuery(db).exec(QLatin1String(drop)));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("again"));
    }
}

// Start-up opens a store read-only first; an old one it may write is upgraded all the same.
void TestDatasetStore::loaderUpgradesOldStore()
{
    const Dataset mini = TestSupport::miniDataset();
    const QString file = makeOldStore("loader.sqlite", 3, mini);
    QVERIFY(!file.isEmpty());
    {
        DatasetStore store;
        QString error;
        QVERIFY(!store.open(file, DatasetStore::Mode::ReadOnly, &error));
        QVERIFY2(error.contains(QLatin1String("older schema")), qPrintable(error));
    }
    const auto result = DatasetLoader::open(file);
    QVERIFY2(result.dataset, qPrintable(result.error));
    QCOMPARE(DatasetJsonWriter::write(*result.dataset),
             DatasetJsonWriter::write(asKeptBeforeVersion5(mini)));
    QCOMPARE(result.dataset->sources[0].label, QStringLiteral("Le Courrier du Test, 2024"));
    QCOMPARE(pragma(file, "user_version"), DatasetStore::SchemaVersion);
    QVERIFY(!schemaOf(file).join(QLatin1Char('\n')).contains(QLatin1String("claim_text")));
}

// An old store that cannot be written is read as it is: its records are those of today.
void TestDatasetStore::readOnlyOldStoreBrowses()
{
    const Dataset mini = TestSupport::miniDataset();
    const QString file = makeOldStore("ro-old.sqlite", 3, mini);
    QVERIFY(!file.isEmpty());
    QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup);
    if (QFileInfo(file).isWritable())
        QSKIP("running as a user who can write read-only files (root)");
    const auto result = DatasetLoader::open(file);
    QVERIFY2(result.dataset, qPrintable(result.error));
    QVERIFY(result.readOnly);
    QCOMPARE(DatasetJsonWriter::write(*result.dataset),
             DatasetJsonWriter::write(asKeptBeforeVersion5(mini)));
    QCOMPARE(pragma(file, "user_version"), 3);
}

void TestDatasetStore::refusesNonDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("this is not a database, just some words\n").repeated(200);
    QTest::newRow("garbage") << QByteArray(8192, '\xA5');
    QTest::newRow("truncated header")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\x01');
}

void TestDatasetStore::refusesNonDatabase()
{
    QFETCH(QByteArray, content);
    const QString file = path("bad.sqlite");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    DatasetStore store;
    QString error;
    QVERIFY(!store.open(file, DatasetStore::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content); // the user's file is left exactly as it was

    const auto result = DatasetLoader::open(file);
    QVERIFY(!result.dataset);
    QVERIFY(!result.error.isEmpty());
}

void TestDatasetStore::readOnlyBrowsingRefusesWrites()
{
    const QString file = path("ro.sqlite");
    QString error;
    {
        DatasetStore store;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(TestSupport::miniDataset(), QStringLiteral("t"),
                                    QStringLiteral("1"), &error));
        QSqlQuery q(QSqlDatabase::database());
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup);
    if (QFileInfo(file).isWritable())
        QSKIP("running as a user who can write read-only files (root); covered by Mode::ReadOnly "
              "below");
    DatasetStore store;
    QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(store.isReadOnly());
    QVERIFY(store.load(&error));
    QVERIFY(!store.importDataset(TestSupport::miniDataset(), QStringLiteral("t"),
                                 QStringLiteral("2"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
}

void TestDatasetStore::refusesNewerSchema()
{
    const QString file = path("new.sqlite");
    QString error;
    {
        DatasetStore store;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    DatasetStore store;
    QVERIFY(!store.open(file, DatasetStore::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestDatasetStore::loaderImportsBundledOnce()
{
    const QString file = path("default.sqlite");
    const auto first = DatasetLoader::open(file);
    QVERIFY2(first.dataset, qPrintable(first.error));
    const auto second = DatasetLoader::open(file);
    QVERIFY2(second.dataset, qPrintable(second.error));
    QVERIFY(second.notices.isEmpty());
    QCOMPARE(second.datasetSha256, first.datasetSha256);
    QCOMPARE(DatasetJsonWriter::write(*second.dataset), DatasetJsonWriter::write(*first.dataset));
    QCOMPARE(DatasetJsonWriter::write(*second.dataset), DatasetLoader::bundledJson());
    // The digest computed at build time is the embedded file's.
    QCOMPARE(second.datasetSha256, TextUtil::sha256Hex(DatasetLoader::bundledJson()));

    // A database holding an older bundled dataset is refreshed.
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(
            TestSupport::miniDataset(), QLatin1String(DatasetLoader::BundledOrigin),
            QStringLiteral("old"), &error, DatasetStore::Provenance::Bundled));
    }
    const auto third = DatasetLoader::open(file);
    QVERIFY(third.dataset);
    QCOMPARE(third.notices.size(), 1);
    QCOMPARE(DatasetJsonWriter::write(*third.dataset), DatasetLoader::bundledJson());
}

void TestDatasetStore::loaderKeepsUserImport()
{
    const QString file = path("user.sqlite");
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(TestSupport::miniDataset(),
                                    QStringLiteral("/home/me/mine.json"), QStringLiteral("mine"),
                                    &error));
    }
    const auto result = DatasetLoader::open(file);
    QVERIFY(result.dataset);
    QCOMPARE(result.dataset->info.title, QStringLiteral("Test dispute"));
}

// The rows `queries` give on a database file, each row's columns joined by '|'.
static QStringList rowsOf(const QString &file, const QStringList &queries)
{
    QStringList rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
        db.setDatabaseName(file);
        if (db.open())
            for (const QString &query : queries) {
                QSqlQuery q(query, db);
                while (q.next()) {
                    QStringList columns;
                    for (int c = 0; c < q.record().count(); ++c)
                        columns << q.value(c).toString();
                    rows << columns.join(QLatin1Char('|'));
                }
            }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    return rows;
}

// Each table and index with its columns, in order ("sources: id position … label notes"):
// what a schema holds, whatever text created it.
QStringList TestDatasetStore::tablesOf(const QString &file)
{
    return rowsOf(file, {QStringLiteral("SELECT m.name || ': ' || group_concat(p.name, ' ') FROM "
                                        "sqlite_master m, pragma_table_info(m.name) p WHERE "
                                        "m.type = 'table' GROUP BY m.name ORDER BY m.name"),
                         QStringLiteral("SELECT type || ' ' || name FROM sqlite_master WHERE "
                                        "type <> 'table' ORDER BY name")});
}

// The definitions in sqlite_master, sorted: an import must leave them as it found them.
QStringList TestDatasetStore::schemaOf(const QString &file)
{
    return rowsOf(file, {QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                        "ORDER BY name")});
}

// Thousands of claims: many full batches of rows and a partial one in every table.
void TestDatasetStore::largeImportRoundTrip()
{
    const Dataset large = SyntheticDataset::generate({3000, 200, 100, 9});
    const QString file = path("large.sqlite");
    DatasetStore store;
    QString error;
    QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
    const QStringList schema = schemaOf(file);
    for (int round = 0; round < 2; ++round) {
        QVERIFY2(store.importDataset(large, QStringLiteral("large"), QStringLiteral("l"), &error),
                 qPrintable(error));
        QCOMPARE(schemaOf(file), schema);
        const auto loaded = store.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(large));
    }
}

void TestDatasetStore::importRefusesBrokenRecords_data()
{
    QTest::addColumn<bool>("large");
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("expected");
    for (const bool large : {false, true}) {
        const char *size = large ? "large" : "small";
        for (const auto &[broken, expected] :
             {std::pair{"duplicate claim", "UNIQUE constraint failed: claims.id"},
              {"unknown source", "FOREIGN KEY constraint failed"},
              {"unknown claimant", "FOREIGN KEY constraint failed"},
              {"unknown response", "FOREIGN KEY constraint failed"},
              {"unknown conflict claim", "FOREIGN KEY constraint failed"}})
            QTest::addRow("%s, %s", size, broken)
                << large << QString::fromLatin1(broken) << QString::fromLatin1(expected);
    }
}

// The validator stops such datasets first; the store refuses them on its own all the same,
// with SQLite's words, whether the broken record is in the first batch or the last, and keeps
// what it had.
void TestDatasetStore::importRefusesBrokenRecords()
{
    QFETCH(bool, large);
    QFETCH(QString, broken);
    QFETCH(QString, expected);
    DatasetStore store;
    QString error;
    QVERIFY(store.open(path("refuse.sqlite"), DatasetStore::Mode::ReadWrite, &error));
    QVERIFY(store.importDataset(TestSupport::miniDataset(), QStringLiteral("t"),
                                QStringLiteral("1"), &error));

    Dataset d =
        large ? SyntheticDataset::generate({3000, 200, 100, 4}) : TestSupport::miniDataset();
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
    QVERIFY(!store.importDataset(d, QStringLiteral("t"), QStringLiteral("2"), &error));
    QVERIFY2(error.contains(QLatin1String("nothing was changed")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    const auto loaded = store.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*loaded),
             DatasetJsonWriter::write(TestSupport::miniDataset()));
    QCOMPARE(store.metaValue(QStringLiteral("dataset_sha256")), QStringLiteral("1"));
    // Foreign keys are enforced again for whatever writes next on this connection.
    const QStringList connections =
        QSqlDatabase::connectionNames().filter(QRegularExpression(QStringLiteral("^dossier-")));
    QCOMPARE(connections.size(), 1);
    QSqlQuery q(QSqlDatabase::database(connections.first()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// The entries of a folder with their sizes and modification times: what opening a database
// read-only must leave exactly as it was.
QStringList TestDatasetStore::listing(const QString &folder)
{
    QStringList lines;
    for (const QFileInfo &info : QDir(folder).entryInfoList(
             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name))
        lines << QStringLiteral("%1 %2 %3")
                     .arg(info.fileName(), QString::number(info.size()),
                          QString::number(info.lastModified().toMSecsSinceEpoch()));
    return lines;
}

void TestDatasetStore::importInto(const QString &file, const Dataset &dataset, const QString &sha,
                                  DatasetStore::Provenance provenance)
{
    DatasetStore store;
    QString error;
    QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY2(store.importDataset(dataset, QStringLiteral("test.json"), sha, &error, provenance),
             qPrintable(error));
}

// SQLite reads a WAL database through a -shm file it creates, with an empty -wal, even for a
// read-only connection, and leaves both behind. Read-only opens leave the folder as it was.
void TestDatasetStore::readOnlyOpenLeavesNoFile()
{
    const QString file = path("ro.sqlite");
    importInto(file, TestSupport::miniDataset(), QStringLiteral("m"));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    const QStringList before = listing(m_dir->path());
    {
        DatasetStore store;
        QString error;
        QVERIFY2(store.open(file, DatasetStore::Mode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(store.content(), DatasetStore::Content::Dataset);
        const auto loaded = store.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->claims.size(), TestSupport::miniDataset().claims.size());
        QCOMPARE(listing(m_dir->path()), before);
    }
    QCOMPARE(listing(m_dir->path()), before);
    for (const auto access : {DatasetLoader::Access::ReadOnly, DatasetLoader::Access::MayUpdate}) {
        const auto result = DatasetLoader::open(file, access);
        QVERIFY2(result.dataset, qPrintable(result.error));
        QCOMPARE(listing(m_dir->path()), before);
    }
}

// While another connection writes (its -wal and -shm exist), a read-only open reads through
// them, with locks, and sees what it committed.
void TestDatasetStore::readOnlyOpenSeesAnotherWriter()
{
    const QString file = path("live.sqlite");
    importInto(file, TestSupport::miniDataset(), QStringLiteral("m"));
    DatasetStore writer;
    QString error;
    QVERIFY(writer.open(file, DatasetStore::Mode::ReadWrite, &error));
    const Dataset other = SyntheticDataset::generate({40, 10, 5, 3});
    QVERIFY2(writer.importDataset(other, QStringLiteral("s"), QStringLiteral("s"), &error),
             qPrintable(error));
    QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
    DatasetStore reader;
    QVERIFY2(reader.open(file, DatasetStore::Mode::ReadOnly, &error), qPrintable(error));
    const auto loaded = reader.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->claims.size(), other.claims.size());
    QCOMPARE(reader.metaValue(QStringLiteral("dataset_sha256")), QStringLiteral("s"));
}

// Opened without locks, then written by another program before it is read: load() notices
// the file changed and reads the new dataset whole, with its meta values.
void TestDatasetStore::readOnlyReadsAgainAfterAWrite()
{
    const QString file = path("changing.sqlite");
    importInto(file, TestSupport::miniDataset(), QStringLiteral("m"));
    DatasetStore reader;
    QString error;
    QVERIFY2(reader.open(file, DatasetStore::Mode::ReadOnly, &error), qPrintable(error));
    const Dataset other = SyntheticDataset::generate({3000, 50, 20, 5});
    importInto(file, other, QStringLiteral("other"));
    const auto loaded = reader.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DatasetJsonWriter::write(*loaded), DatasetJsonWriter::write(other));
    QCOMPARE(reader.metaValue(QStringLiteral("dataset_sha256")), QStringLiteral("other"));
}

// A read-only medium: the folder cannot take a -shm file. Opening without locks needs none;
// an empty -wal copied along without its -shm is no obstacle either.
void TestDatasetStore::readOnlyMediumOpens()
{
    const QString folder = path("medium");
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/db.sqlite");
    importInto(file, TestSupport::miniDataset(), QStringLiteral("m"));
    {
        QFile wal(file + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly)); // empty, as a clean close leaves it
    }
    // Permissions stop only other users than root; an immutable folder stops root too.
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    bool immutable = false;
    if (QFile probe(folder + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        immutable =
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) == 0;
        if (!immutable) {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("cannot make a folder read-only here (root without chattr); tst_cli covers "
                  "a read-only mount");
        }
    }
    const QStringList before = listing(folder);
    QString error;
    DatasetStore store;
    const bool opened = store.open(file, DatasetStore::Mode::ReadOnly, &error);
    const auto loaded = opened ? store.load(&error) : std::nullopt;
    store.close();
    const auto viaLoader = DatasetLoader::open(file);
    if (immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(opened && loaded, qPrintable(error));
    QCOMPARE(loaded->claims.size(), TestSupport::miniDataset().claims.size());
    QVERIFY2(viaLoader.dataset, qPrintable(viaLoader.error));
    QCOMPARE(listing(folder), before);
}

void TestDatasetStore::refusesEmptyFile_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("read-write") << int(DatasetStore::Mode::ReadWrite);
    QTest::newRow("read-only") << int(DatasetStore::Mode::ReadOnly);
}

// SQLite takes an empty file for an empty database: opening notes.txt just created made a
// Dossier database of it.
void TestDatasetStore::refusesEmptyFile()
{
    QFETCH(int, mode);
    const QString file = path("notes.txt");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QStringList before = listing(m_dir->path());
    DatasetStore store;
    QString error;
    QVERIFY(!store.open(file, DatasetStore::Mode(mode), &error));
    QVERIFY2(error.contains(QLatin1String("is an empty file")), qPrintable(error));
    store.close();
    QCOMPARE(listing(m_dir->path()), before);
}

// Whether a store holds the bundled dataset (and may be refreshed) is its provenance, which
// only the loader's own import of the bundled dataset records: a user's file named "bundled"
// is the user's dataset.
void TestDatasetStore::loaderKeepsUserFileNamedBundled()
{
    const QString file = path("named.sqlite");
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(TestSupport::miniDataset(),
                                    QLatin1String(DatasetLoader::BundledOrigin),
                                    QStringLiteral("mine"), &error));
        QVERIFY(!store.holdsBundledCopy());
    }
    for (const auto access : {DatasetLoader::Access::ReadOnly, DatasetLoader::Access::MayUpdate}) {
        const auto result = DatasetLoader::open(file, access);
        QVERIFY2(result.dataset, qPrintable(result.error));
        QCOMPARE(result.dataset->info.title, TestSupport::miniDataset().info.title);
        QVERIFY(result.notices.isEmpty());
    }
}

void TestDatasetStore::loaderLegacyOrigin_data()
{
    QTest::addColumn<QString>("sha");
    QTest::addColumn<bool>("refreshed");
    QTest::newRow("digest of an earlier bundled dataset")
        << "9afe41b20d04b6372364c6199448206c6d509ff9ff4d17faf33af9d23b3ddcbb" << true;
    QTest::newRow("digest of a user's file") << "0123" << false;
}

// Databases written before the provenance row have only their origin: "bundled" with the
// digest of a dataset this program bundled is a bundled copy; with any other digest it is a
// user's file that happened to be named so.
void TestDatasetStore::loaderLegacyOrigin()
{
    QFETCH(QString, sha);
    QFETCH(bool, refreshed);
    const QString file = path("legacy.sqlite");
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY(store.importDataset(TestSupport::miniDataset(),
                                    QLatin1String(DatasetLoader::BundledOrigin), sha, &error,
                                    DatasetStore::Provenance::Bundled));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "legacy");
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM meta WHERE key = 'provenance'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    const auto result = DatasetLoader::open(file);
    QVERIFY2(result.dataset, qPrintable(result.error));
    QCOMPARE(result.dataset->claims.size() != TestSupport::miniDataset().claims.size(), refreshed);
    QCOMPARE(result.notices.size(), refreshed ? 1 : 0);
}

void TestDatasetStore::loaderRefusesMissingDigest_data()
{
    QTest::addColumn<int>("access");
    QTest::newRow("read-only") << int(DatasetLoader::Access::ReadOnly);
    QTest::newRow("may update") << int(DatasetLoader::Access::MayUpdate);
}

// Without its dataset_sha256 row the store was taken for an empty one and the bundled dataset
// imported over the user's. It is refused with that as its first problem, untouched.
void TestDatasetStore::loaderRefusesMissingDigest()
{
    QFETCH(int, access);
    const QString file = path("nodigest.sqlite");
    importInto(file, TestSupport::miniDataset(), QStringLiteral("m"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "digest");
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(
            QSqlQuery(db).exec(QStringLiteral("DELETE FROM meta WHERE key = 'dataset_sha256'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("digest"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const auto result = DatasetLoader::open(file, DatasetLoader::Access(access));
    QVERIFY(!result.dataset);
    QVERIFY2(result.error.contains(QLatin1String("no longer valid")) &&
                 result.error.contains(QLatin1String("dataset_sha256")),
             qPrintable(result.error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestDatasetStore::loaderRefusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("access");
    for (const char *kind : {"fifo", "link to fifo", "folder"}) {
        QTest::addRow("%s, the window", kind) << kind << int(DatasetLoader::Access::MayUpdate);
        QTest::addRow("%s, reading", kind) << kind << int(DatasetLoader::Access::ReadOnly);
    }
}

// A named pipe as the database blocked the window (and export, report) forever in SQLite's
// open(), waiting for a writer. Refused at once now, and nothing created beside it.
void TestDatasetStore::loaderRefusesWhatIsNotAFile()
{
    QFETCH(QString, kind);
    QFETCH(int, access);
    const QString fifo = path("pipe");
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    QString file = fifo;
    if (kind == QLatin1String("link to fifo")) {
        file = path("link.sqlite");
        QVERIFY(QFile::link(fifo, file));
    } else if (kind == QLatin1String("folder")) {
        file = path("folder.sqlite");
        QVERIFY(QDir().mkdir(file));
    }
    const QStringList before = listing(m_dir->path());
    // On a thread left behind should it block: the test fails instead of hanging.
    auto done = std::make_shared<std::promise<DatasetLoader::Result>>();
    auto result = done->get_future();
    std::thread([done, file, access] {
        done->set_value(DatasetLoader::open(file, DatasetLoader::Access(access)));
    }).detach();
    QCOMPARE(result.wait_for(std::chrono::seconds(20)), std::future_status::ready);
    const auto loaded = result.get();
    QVERIFY(!loaded.dataset);
    QVERIFY2(loaded.error.contains(QLatin1String("not a")) ||
                 loaded.error.contains(QLatin1String("is a folder")),
             qPrintable(loaded.error));
    QCOMPARE(listing(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"
