#include "models/dossier/Change.h"
#include "models/dossier/ClaimRemoval.h"
#include "models/filter/ClaimMatcher.h"
#include "models/filter/FilterState.h"
#include "models/filter/FilterWidening.h"
#include "models/markup/Markup.h"
#include "models/report/ReportBuilder.h"
#include "models/store/DatasetStore.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

ClaimMarkup markupOf(bool key, const QStringList &tags, const QString &note)
{
    return {key, tags, note};
}

} // namespace

// Markup on claims (issue 21): the core values, their changes and inverses, and the SQLite
// store's tables for them, kept apart from the evidence.
class TestMarkup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tagKeys_data();
    void tagKeys();
    void refusedTags_data();
    void refusedTags();
    void withTag();
    void colours();
    void claimsDiffering();
    void changeAndInverse();
    void editBuildsOnlyWhatChanges();
    void storeRoundTrip();
    void storeWritesApartFromEvidence();
    void importLeavesMarkup();
    void markupOfRemovedClaimStays();
    void readOnlyStoreRefusesMarkup();
    void upgradeFromSchema6();
    void matcherReadsMarkup_data();
    void matcherReadsMarkup();
    void filterStateFollowsMarkup();
    void filterSavedWithMarkupParts();
    void wideningDropsMarkupParts();
    void reportKeyOnlyListsTags();
    void commandLineKeyOnlyAndTag_data();
    void commandLineKeyOnlyAndTag();

private:
    QString importedStore(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMarkup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMarkup::importedStore(const QString &name)
{
    const QString file = m_dir->filePath(name);
    DatasetStore store;
    QString error;
    if (!store.open(file, DatasetStore::Mode::ReadWrite, &error) ||
        !store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini"),
                             QStringLiteral("1"), &error))
        qWarning("%s", qPrintable(error));
    return file;
}

void TestMarkup::tagKeys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << QStringLiteral("Funding") << QStringLiteral("funding") << true;
    QTest::newRow("spaces") << QStringLiteral("  funding ") << QStringLiteral("funding") << true;
    QTest::newRow("inner spaces") << QStringLiteral("land  deal") << QStringLiteral("Land Deal")
                                  << true;
    QTest::newRow("accented case")
        << QStringLiteral("Évasion") << QStringLiteral("évasion") << true;
    QTest::newRow("other") << QStringLiteral("funding") << QStringLiteral("fund") << false;
}

void TestMarkup::tagKeys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(MarkupTags::key(a) == MarkupTags::key(b), same);
}

void TestMarkup::refusedTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << QStringLiteral("funding") << false;
    QTest::newRow("html stays text") << QStringLiteral("<b>x</b>") << false;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("blank") << QStringLiteral(" \t ") << true;
    QTest::newRow("bidi override") << QStringLiteral("a\u202Eb") << true;
    QTest::newRow("control") << QStringLiteral("a\u0007b") << true;
    QTest::newRow("too long") << QString(101, QLatin1Char('x')) << true;
}

void TestMarkup::refusedTags()
{
    QFETCH(QString, tag);
    QFETCH(bool, refused);
    QCOMPARE(!MarkupTags::whyNotATag(tag).isEmpty(), refused);
    QCOMPARE(ClaimMarkup().withTag(tag, true).tags.isEmpty(), refused);
}

void TestMarkup::withTag()
{
    ClaimMarkup m;
    m = m.withTag(QStringLiteral("  Funding "), true);
    QCOMPARE(m.tags, QStringList{QStringLiteral("Funding")});
    m = m.withTag(QStringLiteral("funding"), true);
    QCOMPARE(m.tags, QStringList{QStringLiteral("Funding")});
    QVERIFY(m.hasTag(QStringLiteral("FUNDING")));
    m = m.withTag(QStringLiteral("land"), true);
    QCOMPARE(m.tags, (QStringList{QStringLiteral("Funding"), QStringLiteral("land")}));
    m = m.withTag(QStringLiteral("fUnDiNg"), false);
    QCOMPARE(m.tags, QStringList{QStringLiteral("land")});
    QCOMPARE(MarkupTags::normaliseAll(
                 {QStringLiteral("a"), QStringLiteral(" A"), QString(), QStringLiteral("b")}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestMarkup::colours()
{
    Markup markup;
    markup.setColour(QStringLiteral("Funding"), QStringLiteral("#ff0000"));
    QCOMPARE(markup.colourOf(QStringLiteral(" funding")), QStringLiteral("#ff0000"));
    markup.set(QStringLiteral("c1"), markupOf(false, {QStringLiteral("land")}, {}));
    QCOMPARE(markup.tags(), (QStringList{QStringLiteral("Funding"), QStringLiteral("land")}));
    markup.setColour(QStringLiteral("FUNDING"), QString());
    QVERIFY(markup.colourOf(QStringLiteral("Funding")).isEmpty());
    QCOMPARE(markup.tags(), QStringList{QStringLiteral("land")});
}

// What another window's writes changed: each claim whose markup differs, either way, and the
// claims carrying a tag recoloured; nothing for markup equal but for its order of writing.
void TestMarkup::claimsDiffering()
{
    Markup mine;
    mine.set(QStringLiteral("c1"), markupOf(true, {}, {}));
    mine.set(QStringLiteral("c2"), markupOf(false, {QStringLiteral("land")}, {}));
    mine.set(QStringLiteral("c3"), markupOf(false, {QStringLiteral("Funding")}, {}));
    Markup theirs;
    theirs.set(QStringLiteral("c3"), markupOf(false, {QStringLiteral("Funding")}, {}));
    theirs.set(QStringLiteral("c2"), markupOf(false, {QStringLiteral("land")}, {}));
    theirs.set(QStringLiteral("c1"), markupOf(true, {}, {}));
    QVERIFY(mine.claimsDifferingFrom(theirs).isEmpty());

    theirs.set(QStringLiteral("c1"), {});                                         // unstarred
    theirs.set(QStringLiteral("c4"), markupOf(false, {}, QStringLiteral("ask"))); // noted
    theirs.set(QStringLiteral("c2"), markupOf(false, {QStringLiteral("land")}, QString()));
    QCOMPARE(mine.claimsDifferingFrom(theirs), (QStringList{"c1", "c4"}));
    QCOMPARE(theirs.claimsDifferingFrom(mine), (QStringList{"c1", "c4"}));

    theirs.setColour(QStringLiteral("funding"), QStringLiteral("#112233"));
    QCOMPARE(mine.claimsDifferingFrom(theirs), (QStringList{"c1", "c3", "c4"}));
    mine.setColour(QStringLiteral("funding"), QStringLiteral("#112233"));
    QCOMPARE(mine.claimsDifferingFrom(theirs), (QStringList{"c1", "c4"}));
}

void TestMarkup::changeAndInverse()
{
    Markup markup;
    markup.set(QStringLiteral("c1"), markupOf(true, {}, {}));
    const Markup before = markup;
    MarkupChange change;
    change.description = QStringLiteral("Tag");
    change.claims.append({QStringLiteral("c1"), markupOf(true, {}, {}),
                          markupOf(true, {QStringLiteral("funding")}, QStringLiteral("n"))});
    change.claims.append({QStringLiteral("c2"), {}, markupOf(false, {QStringLiteral("x")}, {})});
    change.colours.append({QStringLiteral("funding"), {}, QStringLiteral("#00ff00")});
    change.applyTo(markup);
    QCOMPARE(markup.of(QStringLiteral("c1")).tags, QStringList{QStringLiteral("funding")});
    QCOMPARE(markup.of(QStringLiteral("c2")).tags, QStringList{QStringLiteral("x")});
    QCOMPARE(markup.colourOf(QStringLiteral("Funding")), QStringLiteral("#00ff00"));
    const Markup after = markup;
    change.inverse().applyTo(markup);
    QCOMPARE(markup, before);
    QVERIFY(!markup.claims().contains(QStringLiteral("c2"))); // empty markup leaves no entry
    change.inverse().inverse().applyTo(markup);
    QCOMPARE(markup, after);
}

void TestMarkup::editBuildsOnlyWhatChanges()
{
    Markup markup;
    markup.set(QStringLiteral("c1"), markupOf(true, {}, {}));
    const MarkupChange change = MarkupChange::edit(
        markup, {QStringLiteral("c1"), QStringLiteral("c2")},
        [](ClaimMarkup m) {
            m.key = true;
            return m;
        },
        QStringLiteral("Star"));
    QCOMPARE(change.claims.size(), 1);
    QCOMPARE(change.claims[0].claimId, QStringLiteral("c2"));
    QVERIFY(change.claims[0].after.key);
}

void TestMarkup::storeRoundTrip()
{
    const QString file = importedStore(QStringLiteral("a.sqlite"));
    QString error;
    Markup expected;
    {
        DatasetStore store;
        QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(store.isMarkable());
        QCOMPARE(*store.loadMarkup(&error), Markup());
        MarkupChange change;
        change.claims.append({QStringLiteral("c1"),
                              {},
                              markupOf(true, {QStringLiteral("zeta"), QStringLiteral("Alpha")},
                                       QStringLiteral("line one\nline <two> & \u05D0"))});
        change.claims.append(
            {QStringLiteral("gone"), {}, markupOf(false, {}, QStringLiteral("n"))});
        change.colours.append({QStringLiteral("Alpha"), {}, QStringLiteral("#123456")});
        QVERIFY2(store.writeMarkup(change, &error), qPrintable(error));
        change.applyTo(expected);
        const MarkupChange second = MarkupChange::edit(
            expected, {QStringLiteral("gone")}, [](const ClaimMarkup &) { return ClaimMarkup(); },
            QStringLiteral("clear"));
        QVERIFY2(store.writeMarkup(second, &error), qPrintable(error));
        second.applyTo(expected);
        QCOMPARE(store.revision(), quint64(0)); // the evidence's history is left alone
    }
    DatasetStore store;
    QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
    const auto loaded = store.loadMarkup(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, expected);
    // The tags keep their order, not the alphabet's.
    QCOMPARE(loaded->of(QStringLiteral("c1")).tags,
             (QStringList{QStringLiteral("zeta"), QStringLiteral("Alpha")}));
    QVERIFY(!loaded->claims().contains(QStringLiteral("gone")));
}

void TestMarkup::storeWritesApartFromEvidence()
{
    const QString file = importedStore(QStringLiteral("b.sqlite"));
    QString error;
    DatasetStore store;
    QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
    const auto before = store.load(&error);
    QVERIFY(before);
    MarkupChange change;
    change.claims.append({before->claims.first().id, {}, markupOf(true, {}, {})});
    QVERIFY2(store.writeMarkup(change, &error), qPrintable(error));
    const auto after = store.load(&error);
    QVERIFY(after);
    QCOMPARE(after->claims, before->claims);
    QVERIFY(store.changesSince(0, &error)->isEmpty());
}

void TestMarkup::importLeavesMarkup()
{
    const QString file = importedStore(QStringLiteral("c.sqlite"));
    QString error;
    DatasetStore store;
    QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
    MarkupChange change;
    change.claims.append({QStringLiteral("c1"), {}, markupOf(true, {QStringLiteral("t")}, {})});
    change.colours.append({QStringLiteral("t"), {}, QStringLiteral("#abcdef")});
    QVERIFY(store.writeMarkup(change, &error));
    QVERIFY(store.importDataset(TestSupport::miniDataset(), QStringLiteral("again"),
                                QStringLiteral("2"), &error));
    Markup expected;
    change.applyTo(expected);
    QCOMPARE(*store.loadMarkup(&error), expected);
    // Asked for, an import replaces it.
    QVERIFY2(store.replaceMarkup(Markup(), &error), qPrintable(error));
    QCOMPARE(*store.loadMarkup(&error), Markup());
    QVERIFY2(store.replaceMarkup(expected, &error), qPrintable(error));
    QCOMPARE(*store.loadMarkup(&error), expected);
}

void TestMarkup::markupOfRemovedClaimStays()
{
    const QString file = importedStore(QStringLiteral("d.sqlite"));
    QString error;
    DatasetStore store;
    QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
    RecordVersions versions;
    const auto dataset = store.load(&error, &versions);
    QVERIFY(dataset);
    // A claim nothing else refers to: its removal is a change of one operation.
    const Claim *loose = nullptr;
    for (const Claim &c : dataset->claims) {
        if (ClaimRemoval::of(*dataset, dataset->claimIndex(c.id)).references.isEmpty()) {
            loose = &c;
            break;
        }
    }
    QVERIFY(loose);
    MarkupChange star;
    star.claims.append({loose->id, {}, markupOf(true, {}, QStringLiteral("keep"))});
    QVERIFY(store.writeMarkup(star, &error));
    const WriteResult removed =
        store.write(Change::remove(*loose, QStringLiteral("Delete"),
                                   versions.of(RecordTable::Claim, loose->id)),
                    QStringLiteral("me"));
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(store.loadMarkup(&error)->of(loose->id).note, QStringLiteral("keep"));
}

void TestMarkup::readOnlyStoreRefusesMarkup()
{
    const QString file = importedStore(QStringLiteral("e.sqlite"));
    QString error;
    DatasetStore store;
    QVERIFY(store.open(file, DatasetStore::Mode::ReadOnly, &error));
    QVERIFY(!store.isMarkable());
    MarkupChange change;
    change.claims.append({QStringLiteral("c1"), {}, markupOf(true, {}, {})});
    QVERIFY(!store.writeMarkup(change, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(*store.loadMarkup(&error), Markup());
}

void TestMarkup::upgradeFromSchema6()
{
    const QString file = importedStore(QStringLiteral("f.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("6"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const char *statement : {"DROP TABLE markup_claim_tags", "DROP TABLE markup_claims",
                                      "DROP TABLE markup_tags", "PRAGMA user_version = 6"})
            QVERIFY2(QSqlQuery(db).exec(QLatin1String(statement)), statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("6"));
    QString error;
    DatasetStore store;
    QVERIFY2(store.open(file, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), 7);
    MarkupChange change;
    change.claims.append({QStringLiteral("c1"), {}, markupOf(true, {}, {})});
    QVERIFY2(store.writeMarkup(change, &error), qPrintable(error));
    QVERIFY(store.loadMarkup(&error)->of(QStringLiteral("c1")).key);
}

namespace {

// c1 key and tagged "Funding", c2 tagged "land", c3 key.
Markup sampleMarkup()
{
    Markup markup;
    markup.set(QStringLiteral("c1"), markupOf(true, {QStringLiteral("Funding")}, {}));
    markup.set(QStringLiteral("c2"), markupOf(false, {QStringLiteral("land")}, {}));
    markup.set(QStringLiteral("c3"), markupOf(true, {}, QStringLiteral("note")));
    return markup;
}

QStringList matchingIds(const Dataset &d, const ClaimFilter &f, const Markup *markup)
{
    QStringList ids;
    for (int claim : ClaimMatcher(d, f, nullptr, nullptr, markup).matchingClaims())
        ids.append(d.claims[claim].id);
    return ids;
}

} // namespace

void TestMarkup::matcherReadsMarkup_data()
{
    QTest::addColumn<bool>("keyOnly");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("key") << true << QStringList() << QStringList{"c1", "c3"};
    QTest::newRow("tag, other case") << false << QStringList{"funding"} << QStringList{"c1"};
    QTest::newRow("any of two tags")
        << false << QStringList{"FUNDING", " land"} << QStringList{"c1", "c2"};
    QTest::newRow("key and tag") << true << QStringList{"land"} << QStringList();
    QTest::newRow("unknown tag") << false << QStringList{"nope"} << QStringList();
}

void TestMarkup::matcherReadsMarkup()
{
    QFETCH(bool, keyOnly);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, expected);
    const Dataset d = TestSupport::miniDataset();
    const Markup markup = sampleMarkup();
    ClaimFilter f;
    f.keyOnly = keyOnly;
    f.tags = tags;
    QVERIFY(!f.isEmpty());
    QCOMPARE(matchingIds(d, f, &markup), expected);
    // Without the markup, no claim is key or tagged.
    QVERIFY(matchingIds(d, f, nullptr).isEmpty());
}

void TestMarkup::filterStateFollowsMarkup()
{
    const Dataset d = TestSupport::miniDataset();
    Markup markup = sampleMarkup();
    FilterState state(d);
    QSignalSpy changed(&state, &FilterState::changed);
    state.setMarkup(&markup);
    QCOMPARE(changed.count(), 0); // the filter does not read it yet
    state.setTags({QStringLiteral("land")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state.matchCount(), 1);
    QVERIFY(state.summary().contains(QStringLiteral("tagged")));
    markup.set(QStringLiteral("c4"), markupOf(false, {QStringLiteral("Land")}, {}));
    state.markupChanged();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(state.matchCount(), 2);
    state.setKeyOnly(true);
    QCOMPARE(state.matchCount(), 0);
    state.clear();
    QCOMPARE(state.matchCount(), int(d.claims.size()));
    const int before = int(changed.count());
    state.markupChanged();
    QCOMPARE(changed.count(), before);
}

void TestMarkup::filterSavedWithMarkupParts()
{
    const Dataset d = TestSupport::miniDataset();
    ClaimFilter f;
    f.keyOnly = true;
    f.tags = {QStringLiteral("Funding"), QStringLiteral(" funding"), QStringLiteral("land")};
    const ClaimFilter back = FilterState::fromVariantMap(FilterState::toVariantMap(f), d);
    QVERIFY(back.keyOnly);
    QCOMPARE(back.tags, (QStringList{QStringLiteral("Funding"), QStringLiteral("land")}));
}

void TestMarkup::wideningDropsMarkupParts()
{
    const Dataset d = TestSupport::miniDataset();
    const Markup markup = sampleMarkup();
    ClaimFilter f;
    f.keyOnly = true;
    f.tags = {QStringLiteral("funding")};
    const int c2 = d.claimIndex(QStringLiteral("c2"));
    const ClaimFilter widened = FilterWidening::toShow(f, d, c2, &markup);
    QVERIFY(!widened.keyOnly);
    QVERIFY(widened.tags.isEmpty());
    QVERIFY(ClaimMatcher(d, widened, nullptr, nullptr, &markup).matches(c2));
    // c1 passes both: they stay.
    QCOMPARE(FilterWidening::toShow(f, d, d.claimIndex(QStringLiteral("c1")), &markup), f);
}

void TestMarkup::reportKeyOnlyListsTags()
{
    const Dataset d = TestSupport::miniDataset();
    const Markup markup = sampleMarkup();
    ClaimFilter f;
    f.keyOnly = true;
    ReportOptions options;
    options.markup = &markup;
    const ReportContent r = ReportBuilder::build(d, f, options);
    QStringList ids;
    for (int claim : r.claims)
        ids << d.claims[claim].id;
    QCOMPARE(ids, (QStringList{QStringLiteral("c1"), QStringLiteral("c3")}));
    QVERIFY(r.filterText.contains(QStringLiteral("key claims")));
    const auto c1 = std::find_if(r.chronology.cbegin(), r.chronology.cend(), [&](const auto &row) {
        return d.claims[row.claim].id == QLatin1String("c1");
    });
    QVERIFY(c1 != r.chronology.cend());
    QVERIFY(c1->key);
    QCOMPARE(c1->tags, QStringList{QStringLiteral("Funding")});
    // Without markup nothing is key: an empty report, never the whole dataset.
    QVERIFY(ReportBuilder::build(d, f, {}).claims.isEmpty());
}

void TestMarkup::commandLineKeyOnlyAndTag_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("key-only") << QStringList{"--key-only"} << QStringList{"c1", "c3"};
    QTest::newRow("tag") << QStringList{"--tag", "FUNDING"} << QStringList{"c1"};
    QTest::newRow("two tags") << QStringList{"--tag", "funding", "--tag", "land"}
                              << QStringList{"c1", "c2"};
}

void TestMarkup::commandLineKeyOnlyAndTag()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const QString file = importedStore(QStringLiteral("cli.sqlite"));
    {
        DatasetStore store;
        QString error;
        QVERIFY(store.open(file, DatasetStore::Mode::ReadWrite, &error));
        QVERIFY2(store.replaceMarkup(sampleMarkup(), &error), qPrintable(error));
    }
    const TestSupport::Run run = TestSupport::runDossier(
        QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--database"), file} +
            options,
        m_dir->filePath(QStringLiteral("home")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList ids;
    for (const QJsonValue &claim :
         QJsonDocument::fromJson(run.out).object().value(QStringLiteral("claims")).toArray())
        ids << claim.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
