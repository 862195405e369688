// Markup on a team dossier (issues 21 and 22): it round-trips through PostgreSQL, and the
// README's roles do what it says: a reviewer marks up but cannot change the evidence, an editor
// does both, a role granted SELECT alone does neither. The roles are made with the README's own
// SQL, so that what the README tells administrators to run is what is tested.
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

// The ```sql blocks of the README's "A team dossier on PostgreSQL" section, in order.
QStringList readmeSql(QString *error)
{
    QFile file(QStringLiteral(DOSSIER_README));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QLatin1String("### A team dossier on PostgreSQL"));
    const qsizetype end = text.indexOf(QLatin1String("\n### "), start + 1);
    if (start < 0 || end < 0) {
        *error = QStringLiteral("no section \"A team dossier on PostgreSQL\" in the README");
        return {};
    }
    static const QRegularExpression block(QStringLiteral("```sql\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (const QRegularExpressionMatch &m : block.globalMatch(text.mid(start, end - start)))
        blocks.append(m.captured(1));
    return blocks;
}

ClaimMarkup marked(bool key, const QStringList &tags, const QString &note)
{
    return {key, tags, note};
}

} // namespace

class TestPgMarkup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markupRoundTrips();
    void markupIsApartFromEvidence();
    void schemaTwoIsUpgradedOnOpen();
    void rolesOfTheReadme_data();
    void rolesOfTheReadme();

private:
    /// A new database holding the mini dataset, granted as the README says; its name.
    QString dossier();
    PgCluster m_cluster;
    QString m_grants;
    int m_databases = 0;
};

void TestPgMarkup::initTestCase()
{
    PG_CLUSTER_START(m_cluster);
    QString error;
    const QStringList sql = readmeSql(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sql.size(), 2); // the group roles, once per server; the grants, per database
    QVERIFY2(m_cluster.exec(sql[0], &error), qPrintable(error));
    m_grants = sql[1];
    QVERIFY2(m_cluster.exec(
                 QStringLiteral("CREATE ROLE editor LOGIN PASSWORD 'ed-pass' IN ROLE "
                                "dossier_editor; CREATE ROLE reviewer LOGIN PASSWORD 'rv-pass' "
                                "IN ROLE dossier_reviewer; CREATE ROLE reader LOGIN PASSWORD "
                                "'rd-pass'"),
                 &error),
             qPrintable(error));
}

QString TestPgMarkup::dossier()
{
    const QString database = QStringLiteral("m%1").arg(++m_databases);
    QString error;
    PgStore store;
    if (!m_cluster.createDatabase(database, &error) ||
        !store.open(m_cluster.uri(database), &error) ||
        !store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini"),
                             QStringLiteral("m"), &error) ||
        !m_cluster.exec(m_grants, &error, database) ||
        !m_cluster.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"),
                        &error, database))
        QTest::qFail(qPrintable(QStringLiteral("cannot make a dossier: ") + error), __FILE__,
                     __LINE__);
    return database;
}

// What one connection writes another reads back: key stars, tags in their order and as spelt,
// notes (plain text, any script), colours; an emptied claim goes; a replace keeps only its own.
void TestPgMarkup::markupRoundTrips()
{
    const QString database = dossier();
    QString error;
    PgStore writer;
    QVERIFY2(writer.open(m_cluster.uri(database), &error), qPrintable(error));
    QCOMPARE(writer.schemaVersion(), 3);
    QVERIFY2(writer.isMarkable(), qPrintable(writer.whyNotMarkable()));
    QVERIFY(writer.loadMarkup(&error)->isEmpty());

    MarkupChange change;
    change.claims = {{QStringLiteral("c1"),
                      {},
                      marked(true, {QStringLiteral("Zeta"), QStringLiteral("alpha")},
                             QStringLiteral("<b>not html</b>\n\u05E9\u05DC\u05D5\u05DD"))},
                     {QStringLiteral("c2"), {}, marked(false, {QStringLiteral("alpha")}, {})},
                     {QStringLiteral("gone"), {}, marked(true, {}, {})}};
    change.colours = {{QStringLiteral("  Zeta "), {}, QStringLiteral("#112233")}};
    QVERIFY2(writer.writeMarkup(change, &error), qPrintable(error));

    Markup expected;
    for (const auto &edit : change.claims)
        expected.set(edit.claimId, edit.after);
    expected.setColour(QStringLiteral("Zeta"), QStringLiteral("#112233"));
    PgStore reader;
    QVERIFY2(reader.open(m_cluster.uri(database), &error), qPrintable(error));
    auto read = reader.loadMarkup(&error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->of(QStringLiteral("c1")).tags,
             QStringList({QStringLiteral("Zeta"), QStringLiteral("alpha")}));
    QCOMPARE(*read, expected);

    // The inverse empties what was written: no row is left behind.
    QVERIFY2(writer.writeMarkup(change.inverse(), &error), qPrintable(error));
    QVERIFY(reader.loadMarkup(&error)->isEmpty());

    Markup replacement;
    replacement.set(QStringLiteral("c3"), marked(false, {QStringLiteral("beta")}, {}));
    replacement.setColour(QStringLiteral("beta"), QStringLiteral("#abcdef"));
    QVERIFY2(writer.writeMarkup(change, &error), qPrintable(error));
    QVERIFY2(writer.replaceMarkup(replacement, &error), qPrintable(error));
    QCOMPARE(*reader.loadMarkup(&error), replacement);
    // The evidence's revision is left alone: markup is not replayed as a change.
    QCOMPARE(reader.revision(), quint64(0));
}

// Markup is no evidence: writing it leaves the records, the revision and the history alone, and
// an import of the evidence (which empties the evidence tables) leaves the markup.
void TestPgMarkup::markupIsApartFromEvidence()
{
    const QString database = dossier();
    QString error;
    PgStore store;
    QVERIFY2(store.open(m_cluster.uri(database), &error), qPrintable(error));
    const Dataset before = *store.load(&error);
    MarkupChange change;
    change.claims.append(
        {before.claims.first().id, {}, marked(true, {QStringLiteral("t")}, QStringLiteral("n"))});
    change.colours.append({QStringLiteral("t"), {}, QStringLiteral("#abcdef")});
    QVERIFY2(store.writeMarkup(change, &error), qPrintable(error));
    QVERIFY(store.load(&error)->sameRecords(before));
    QCOMPARE(store.revision(), quint64(0));
    QVERIFY(store.changesSince(0, &error)->isEmpty());

    QVERIFY2(store.importDataset(TestSupport::miniDataset(), QStringLiteral("again"),
                                 QStringLiteral("m2"), &error),
             qPrintable(error));
    Markup expected;
    change.applyTo(expected);
    QCOMPARE(*store.loadMarkup(&error), expected);
}

// A team dossier prepared before markup (schema 2) is upgraded when a client opens it, its
// evidence kept, and then takes markup.
void TestPgMarkup::schemaTwoIsUpgradedOnOpen()
{
    const QString database = dossier();
    QString error;
    QVERIFY2(m_cluster.exec(QStringLiteral("DROP TABLE markup_claim_tags, markup_claims, "
                                           "markup_tags; UPDATE meta SET value = '2' WHERE key = "
                                           "'schema_version'"),
                            &error, database),
             qPrintable(error));
    PgStore store;
    QVERIFY2(store.open(m_cluster.uri(database), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), 3);
    QVERIFY(store.load(&error)->sameRecords(TestSupport::miniDataset()));
    MarkupChange change;
    change.claims.append({QStringLiteral("c1"), {}, marked(true, {}, {})});
    QVERIFY2(store.writeMarkup(change, &error), qPrintable(error));
    QVERIFY(store.loadMarkup(&error)->of(QStringLiteral("c1")).key);
}

void TestPgMarkup::rolesOfTheReadme_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("writable");
    QTest::addColumn<bool>("markable");
    QTest::newRow("editor") << "editor"
                            << "ed-pass" << true << true;
    QTest::newRow("reviewer") << "reviewer"
                              << "rv-pass" << false << true;
    QTest::newRow("select only") << "reader"
                                 << "rd-pass" << false << false;
}

// The test, "a reviewer role cannot change evidence", for each role of the README: what
// the store says the role may do is what the server lets it do, and a refusal names the role.
void TestPgMarkup::rolesOfTheReadme()
{
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(bool, writable);
    QFETCH(bool, markable);
    const QString database = dossier();
    QString error;
    PgStore store;
    QVERIFY2(store.open(m_cluster.uri(database, role, password), &error), qPrintable(error));
    QCOMPARE(store.whyNotWritable().isEmpty(), writable);
    QCOMPARE(store.whyNotMarkable().isEmpty(), markable);
    if (!writable)
        QVERIFY2(store.whyNotWritable().contains(role), qPrintable(store.whyNotWritable()));
    if (!markable)
        QVERIFY2(store.whyNotMarkable().contains(role), qPrintable(store.whyNotMarkable()));

    const Dataset before = *store.load(&error);
    Claim after = before.claims.first();
    after.statement = QStringLiteral("Changed.");
    const WriteResult result =
        store.write(Change::edit(before.claims.first(), after, QStringLiteral("e"), 1), {});
    QCOMPARE(result.ok(), writable);
    if (!writable) {
        QVERIFY(result.error.contains(role));
        QVERIFY(store.load(&error)->sameRecords(before));
        QCOMPARE(store.revision(), quint64(0));
    }

    const MarkupChange change = MarkupChange::edit(
        Markup(), {after.id},
        [](ClaimMarkup m) { return m.withTag(QStringLiteral("check"), true); },
        QStringLiteral("Tag"));
    QCOMPARE(store.writeMarkup(change, &error), markable);
    if (!markable)
        QVERIFY2(error.contains(role), qPrintable(error));

    // The server agrees with what the store said: the superuser reads what was written.
    PgStore owner;
    QVERIFY2(owner.open(m_cluster.uri(database), &error), qPrintable(error));
    QCOMPARE(owner.loadMarkup(&error)->of(after.id).hasTag(QStringLiteral("check")), markable);
    QCOMPARE(owner.revision(), quint64(writable ? 1 : 0));
}

QTEST_GUILESS_MAIN(TestPgMarkup)
#include "tst_pgmarkup.moc"
