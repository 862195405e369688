#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/DatasetValidator.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/stat.h>
#include <thread>

namespace {

// Sets (or removes, with an undefined value) the value at a path such as "claims/0/date".
QJsonValue setPath(QJsonValue node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (path.isEmpty()) {
            if (value.isUndefined())
                array.removeAt(index);
            else
                array[index] = value;
        } else {
            array[index] = setPath(array[index], path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object[key] = value;
    } else {
        object[key] = setPath(object[key], path, value);
    }
    return object;
}

Problems readAndValidate(const QByteArray &bytes)
{
    auto result = DatasetJsonReader::read(bytes, QStringLiteral("test.json"));
    if (!result.ok())
        return result.problems;
    return DatasetValidator::validate(result.dataset, QStringLiteral("test.json"));
}

} // namespace

class TestDatasetJson : public QObject
{
    Q_OBJECT
private slots:
    void miniIsValid();
    void invalidContent_data();
    void invalidContent();
    void invalidBytes_data();
    void invalidBytes();
    void repeatWithinActor();
    void readFileLimit_data();
    void readFileLimit();
    void canonicalRoundTrip();
    void subsetStandsAlone();
    void writerEscapes();
    void largeRoundTrip();
    void largeProblemsInOrder();
    void largeValidationInOrder();
    void idPattern_data();
    void idPattern();
};

void TestDatasetJson::miniIsValid()
{
    const Problems problems = readAndValidate(TestSupport::miniJson());
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
}

void TestDatasetJson::invalidContent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // must appear in one problem's text

    const QJsonValue removed(QJsonValue::Undefined);
    const QString longQuote(301, QLatin1Char('x'));
    QTest::newRow("impossible date")
        << "claims/0/date" << QJsonValue("2024-02-30")
        << "claim c1, field 'date': '2024-02-30' is an impossible date";
    QTest::newRow("date in words")
        << "claims/1/date" << QJsonValue("mars 2024") << "claim c2, field 'date'";
    QTest::newRow("date as number")
        << "claims/1/date" << QJsonValue(2024) << "claim c2, field 'date': must be a string";
    QTest::newRow("missing date") << "claims/1/date" << removed
                                  << "claim c2, field 'date': missing";
    QTest::newRow("empty statement") << "claims/0/statement" << QJsonValue("   ")
                                     << "claim c1, field 'statement': must not be empty";
    QTest::newRow("no citations")
        << "claims/0/citations" << QJsonValue(QJsonArray())
        << "claim c1, field 'citations': a claim needs at least one citation";
    QTest::newRow("over-long quote") << "claims/0/citations/0/quote" << QJsonValue(longQuote)
                                     << "field 'citations[0].quote': is 301 characters long";
    QTest::newRow("empty quote") << "claims/0/citations/0/quote" << QJsonValue("")
                                 << "field 'citations[0].quote': must not be empty";
    QTest::newRow("paragraph zero") << "claims/0/citations/0/paragraph" << QJsonValue(0)
                                    << "field 'citations[0].paragraph': must be 1 or more";
    QTest::newRow("paragraph fraction") << "claims/0/citations/0/paragraph" << QJsonValue(1.5)
                                        << "field 'citations[0].paragraph': must be a whole number";
    QTest::newRow("dangling source") << "claims/0/citations/0/source" << QJsonValue("nowhere")
                                     << "field 'citations[0].source': unknown source 'nowhere'";
    QTest::newRow("dangling actor") << "claims/0/actors/0/actor" << QJsonValue("nobody")
                                    << "field 'actors[0].actor': unknown actor 'nobody'";
    QTest::newRow("dangling claimant") << "claims/1/claimant" << QJsonValue("nobody")
                                       << "claim c2, field 'claimant': unknown actor 'nobody'";
    QTest::newRow("dangling response") << "claims/2/responds_to" << QJsonValue("c99")
                                       << "claim c3, field 'responds_to': unknown claim 'c99'";
    QTest::newRow("self response")
        << "claims/2/responds_to" << QJsonValue("c3") << "a claim cannot answer itself";
    QTest::newRow("duplicate claim id")
        << "claims/1/id" << QJsonValue("c1") << "field 'id': duplicate id 'c1'";
    QTest::newRow("duplicate actor id")
        << "actors/1/id" << QJsonValue("jeanne-dupont") << "duplicate id 'jeanne-dupont'";
    QTest::newRow("duplicate source id")
        << "sources/1/id" << QJsonValue("alpha") << "duplicate id 'alpha'";
    QTest::newRow("malformed id") << "claims/0/id" << QJsonValue("C 1; DROP TABLE")
                                  << "is not a valid id";
    QTest::newRow("unknown kind") << "claims/0/kind" << QJsonValue("rumour")
                                  << "claim c1, field 'kind': unknown kind 'rumour'";
    QTest::newRow("unknown actor kind")
        << "actors/0/kind" << QJsonValue("alien") << "actor jeanne-dupont, field 'kind'";
    QTest::newRow("unknown field")
        << "claims/0/statment" << QJsonValue("typo") << "claim c1, field 'statment': unknown field";
    QTest::newRow("conflict of one")
        << "conflicts/0/claims" << QJsonValue(QJsonArray{"c2"}) << "conflict k1, field 'claims'";
    QTest::newRow("conflict dangling")
        << "conflicts/0/claims/1" << QJsonValue("c42") << "unknown claim 'c42'";
    QTest::newRow("bad sha256") << "sources/0/sha256" << QJsonValue("abc")
                                << "source alpha, field 'sha256'";
    QTest::newRow("path in file name")
        << "sources/0/file" << QJsonValue("../../etc/passwd") << "must be a plain file name";
    QTest::newRow("claims not array")
        << "claims" << QJsonValue("none") << "field 'claims': must be an array";
    QTest::newRow("claim not object")
        << "claims/0" << QJsonValue(42) << "claims[0]: must be an object";
    QTest::newRow("NUL in statement")
        << "claims/0/statement" << QJsonValue(QStringLiteral("a\u0000b")) << "control character";
    QTest::newRow("wrong format") << "format" << QJsonValue("something-else")
                                  << "field 'format': must be \"dossier-dataset\"";
    QTest::newRow("future format")
        << "format_version" << QJsonValue(99) << "version 99 is not supported";
    QTest::newRow("format version zero") << "format_version" << QJsonValue(0)
                                         << "field 'format_version': version 0 is not supported";
    QTest::newRow("negative format version")
        << "format_version" << QJsonValue(-1)
        << "field 'format_version': version -1 is not supported";
    QTest::newRow("fractional format version")
        << "format_version" << QJsonValue(1.5) << "field 'format_version': must be a whole number";
    QTest::newRow("format version as string")
        << "format_version" << QJsonValue("1") << "field 'format_version': must be a whole number";
    QTest::newRow("format version null") << "format_version" << QJsonValue(QJsonValue::Null)
                                         << "field 'format_version': must be a whole number";
    QTest::newRow("no format version")
        << "format_version" << removed << "field 'format_version': missing";
    QTest::newRow("id with a final newline")
        << "claims/0/id" << QJsonValue("c1\n") << "'c1\n' is not a valid id";
    QTest::newRow("alias naming another actor")
        << "actors/1/aliases" << QJsonValue(QJsonArray{"Dupont"})
        << "actor acme, field 'aliases[0]': 'Dupont' also names actor 'jeanne-dupont'";
    QTest::newRow("alias folding like another actor's name")
        << "actors/2/aliases" << QJsonValue(QJsonArray{"x", QStringLiteral("ACMÉ")})
        << "actor banque-zeta, field 'aliases[1]': 'ACMÉ' also names actor 'acme'";
    QTest::newRow("name of an earlier actor")
        << "actors/2/name" << QJsonValue("jeanne")
        << "actor banque-zeta, field 'name': 'jeanne' also names actor 'jeanne-dupont'";
    QTest::newRow("alias naming a later actor's id")
        << "actors/0/aliases/1" << QJsonValue(" Banque-Zeta ")
        << "actor jeanne-dupont, field 'aliases[1]': ' Banque-Zeta ' also names actor "
           "'banque-zeta'";
}

void TestDatasetJson::invalidContent()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject mutated =
        setPath(TestSupport::miniObject(), path.split(QLatin1Char('/')), value).toObject();
    const Problems problems = readAndValidate(TestSupport::toJson(mutated));
    QVERIFY2(!problems.isEmpty(), "the mutation must be reported");
    const QString text = TestSupport::joined(problems);
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("test.json")), "the message names the file");
}

void TestDatasetJson::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed json")
        << QByteArray("{\n  \"format\": \"dossier-dataset\",\n  oops\n}")
        << "test.json:3:3: malformed JSON";
    QTest::newRow("truncated") << TestSupport::miniJson().left(200) << "malformed JSON";
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"title\": \"caf\xe9\"}") << "test.json:1:15: invalid UTF-8";
    QTest::newRow("overlong utf-8") << QByteArray("{\"a\": \"\xc0\xaf\"}") << "invalid UTF-8";
    QTest::newRow("surrogate in utf-8")
        << QByteArray("{\"a\": \"\xed\xa0\x80\"}") << "invalid UTF-8";
    QTest::newRow("NUL byte") << QByteArray("{\"a\": 1}\0{", 10) << "malformed JSON";
    QTest::newRow("empty file") << QByteArray() << "malformed JSON";
    QTest::newRow("top-level array") << QByteArray("[]") << "top level must be a JSON object";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "malformed JSON";
    QTest::newRow("empty object") << QByteArray("{}") << "field 'format': missing";
}

// A name or alias repeated within one actor finds that actor whichever it is.
void TestDatasetJson::repeatWithinActor()
{
    QJsonObject root = TestSupport::miniObject();
    root = setPath(root, {"actors", "1", "aliases"},
                   QJsonArray{"Acme", QStringLiteral("ACMÉ"), "acme"})
               .toObject();
    const Problems problems = readAndValidate(TestSupport::toJson(root));
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
}

void TestDatasetJson::invalidBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString text = TestSupport::joined(readAndValidate(bytes));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestDatasetJson::canonicalRoundTrip()
{
    const Dataset first = TestSupport::miniDataset();
    const QByteArray written = DatasetJsonWriter::write(first);
    auto reread = DatasetJsonReader::read(written, QStringLiteral("written.json"));
    QVERIFY2(reread.ok(), qPrintable(TestSupport::joined(reread.problems)));
    QCOMPARE(DatasetJsonWriter::write(reread.dataset), written);
    QCOMPARE(reread.dataset.claims.size(), first.claims.size());
    QCOMPARE(reread.dataset.claims[2].citations[0].suffix, QStringLiteral(" que la plainte"));
    QCOMPARE(reread.dataset.claims[1].citations[0].quote, first.claims[1].citations[0].quote);
    QVERIFY(QJsonDocument::fromJson(written).isObject());
}

void TestDatasetJson::subsetStandsAlone()
{
    const Dataset d = TestSupport::miniDataset();
    // c3 answers c2; exporting c3 alone must not leave a dangling reference.
    const QByteArray bytes = DatasetJsonWriter::write(d, {d.claimIndex(QStringLiteral("c3"))});
    const Problems problems = readAndValidate(bytes);
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
    auto subset = DatasetJsonReader::read(bytes, QStringLiteral("subset.json")).dataset;
    QCOMPARE(subset.claims.size(), 1);
    QCOMPARE(subset.actors.size(), 1);
    QCOMPARE(subset.sources.size(), 1);
    QVERIFY(subset.conflicts.isEmpty());
}

void TestDatasetJson::writerEscapes()
{
    Dataset d = TestSupport::miniDataset();
    d.claims[0].statement = QStringLiteral("quote \" backslash \\ tab \t newline \n ctrl \x01 é ش");
    d.reindex();
    const QByteArray bytes = DatasetJsonWriter::write(d);
    auto back = DatasetJsonReader::read(bytes, QStringLiteral("x.json"));
    QCOMPARE(back.dataset.claims[0].statement, d.claims[0].statement);
}

// A large file reads back as it was written.
void TestDatasetJson::largeRoundTrip()
{
    const QByteArray written =
        DatasetJsonWriter::write(SyntheticDataset::generate({6000, 300, 100, 5}));
    auto reread = DatasetJsonReader::read(written, QStringLiteral("large.json"));
    QVERIFY2(reread.ok(), qPrintable(TestSupport::joined(reread.problems)));
    QCOMPARE(DatasetJsonWriter::write(reread.dataset), written);
    QCOMPARE(reread.dataset.claimIndex(QStringLiteral("c5999")), 5999);
    const Problems problems = DatasetValidator::validate(reread.dataset, QStringLiteral("l"));
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
}

void TestDatasetJson::largeProblemsInOrder()
{
    QJsonValue root = QJsonDocument::fromJson(
                          DatasetJsonWriter::write(SyntheticDataset::generate({6000, 300, 100, 5})))
                          .object();
    const auto set = [&](const char *where, const QJsonValue &value) {
        root = setPath(root, QString::fromLatin1(where).split(QLatin1Char('/')), value);
    };
    set("claims/10/date", QJsonValue("2024-13"));
    // Spread over the file: the problems come out in the order of the records, each record's in
    // the order of its fields.
    set("claims/2999/kind", QJsonValue(5));
    set("claims/3000", QJsonValue(7));
    set("claims/3001/id", QJsonValue(5));
    set("claims/4000/extra", QJsonValue(true));
    set("claims/5999/citations/0/paragraph", QJsonValue(1.5));
    set("claims/5999/actors", QJsonArray{false});
    set("conflicts/0/extra", QJsonValue(true));
    set("extra", QJsonValue(true));
    const auto result =
        DatasetJsonReader::read(TestSupport::toJson(root.toObject()), QStringLiteral("l.json"));
    QStringList where;
    for (const Problem &p : result.problems)
        where << p.record + QLatin1Char('/') + p.field;
    QCOMPARE(
        where,
        (QStringList{QStringLiteral("claim c10/date"), QStringLiteral("claim c2999/kind"),
                     QStringLiteral("claims[3000]/"), QStringLiteral("claims[3001]/id"),
                     QStringLiteral("claim c4000/extra"), QStringLiteral("claim c5999/actors[0]"),
                     QStringLiteral("claim c5999/citations[0].paragraph"),
                     QStringLiteral("conflict k0/extra"), QStringLiteral("/extra")}));
}

// The validator, too, checks ranges of a large dataset's claims at once, one per thread; its
// problems come in the same order however many threads there are.
void TestDatasetJson::largeValidationInOrder()
{
    Dataset d = SyntheticDataset::generate({20000, 300, 100, 5});
    d.actors[3].kind = QStringLiteral("robot");
    d.claims[10].statement = QStringLiteral(" ");
    d.claims[2499].kind = QStringLiteral("rumour");
    d.claims[2500].citations[0].source = QStringLiteral("nowhere");
    d.claims[6666].claimant = QStringLiteral("nobody");
    d.claims[6667].claimant = QStringLiteral("nobody");
    d.claims[13333].kind = QStringLiteral("rumour");
    d.claims[19999].claimant = QStringLiteral("nobody");
    d.conflicts[0].about.clear();
    d.reindex();
    const QStringList expected{
        QStringLiteral("actor a3/kind"),        QStringLiteral("claim c10/statement"),
        QStringLiteral("claim c2499/kind"),     QStringLiteral("claim c2500/citations[0].source"),
        QStringLiteral("claim c6666/claimant"), QStringLiteral("claim c6667/claimant"),
        QStringLiteral("claim c13333/kind"),    QStringLiteral("claim c19999/claimant"),
        QStringLiteral("conflict k0/about")};
    for (const int threads : {1, 2, 3, 8}) {
        const TestSupport::PoolSize pool(threads);
        QStringList where;
        for (const Problem &p : DatasetValidator::validate(d, QStringLiteral("l.json")))
            where << p.record + QLatin1Char('/') + p.field;
        QCOMPARE(where, expected);
    }
}

void TestDatasetJson::idPattern_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"c1", "0", "a.b_c-d", "", "-a", ".a", "_a", "A1", "c 1", "c1;", "c/1"})
        QTest::addRow("'%s'", id) << QString::fromLatin1(id);
    QTest::newRow("accented") << QStringLiteral("caf\u00e9");
    QTest::newRow("final newline") << QStringLiteral("c1\n");
    QTest::newRow("two final newlines") << QStringLiteral("c1\n\n");
    QTest::newRow("newline alone") << QStringLiteral("\n");
    QTest::newRow("inner newline") << QStringLiteral("c\n1");
    QTest::newRow("final return") << QStringLiteral("c1\r");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a'));
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a'));
    QTest::newRow("64 and a newline") << QString(64, QLatin1Char('a')) + QLatin1Char('\n');
    QTest::newRow("final space") << QStringLiteral("c1 ");
    QTest::newRow("first newline") << QStringLiteral("\nc1");
    QTest::newRow("final newline after a dash") << QStringLiteral("c-\n");
}

// isValidId() is written out for speed; the pattern it stands for stays the reference.
void TestDatasetJson::idPattern()
{
    QFETCH(QString, id);
    // Anchored at the very end: a PCRE '$' also matches before a final newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._-]{0,63}")));
    QCOMPARE(DatasetValidator::isValidId(id), pattern.match(id).hasMatch());
}

void TestDatasetJson::readFileLimit_data()
{
    QTest::addColumn<QString>("kind"); // "pipe", "file" or a device's path
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("expected"); // empty: read without a problem
    const QByteArray mini = TestSupport::miniJson();
    const QString tooLarge = QStringLiteral("larger than the 0 MB this program reads");
    QTest::newRow("pipe") << "pipe" << mini << DatasetJsonReader::MaxFileSize << QString();
    QTest::newRow("pipe at the limit") << "pipe" << mini << qint64(mini.size()) << QString();
    QTest::newRow("pipe over the limit")
        << "pipe" << mini << qint64(mini.size() - 1) << "is " + tooLarge;
    QTest::newRow("pipe far over the limit")
        << "pipe" << QByteArray(5 << 20, ' ') << qint64(1000) << "is " + tooLarge;
    QTest::newRow("file at the limit") << "file" << mini << qint64(mini.size()) << QString();
    QTest::newRow("file over the limit")
        << "file" << mini << qint64(mini.size() - 1) << "is 0 MB, " + tooLarge;
    if (QFileInfo::exists(QStringLiteral("/dev/zero")))
        QTest::newRow("endless device")
            << "/dev/zero" << QByteArray() << qint64(3 << 20) << "is larger than the 3 MB";
}

// A pipe or a device reports no size: the read itself must stop at the limit.
void TestDatasetJson::readFileLimit()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, limit);
    QFETCH(QString, expected);
    // The reader stops early on a pipe that holds too much: the writer must then fail, not die.
    std::signal(SIGPIPE, SIG_IGN);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path =
        kind.startsWith(QLatin1Char('/')) ? kind : dir.filePath(QStringLiteral("d.json"));
    std::thread writer;
    if (kind == QLatin1String("pipe")) {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        writer = std::thread([path, bytes] {
            QFile fifo(path);
            if (fifo.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                fifo.write(bytes);
        });
    } else if (kind == QLatin1String("file")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto result = DatasetJsonReader::readFile(path, limit);
    if (writer.joinable())
        writer.join();
    const QString text = TestSupport::joined(result.problems);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(text));
        QCOMPARE(result.dataset.claims.size(), TestSupport::miniDataset().claims.size());
    } else {
        QVERIFY2(text.contains(expected), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestDatasetJson)
#include "tst_datasetjson.moc"
