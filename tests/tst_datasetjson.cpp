#include "DatasetJsonReader.h"
#include "DatasetJsonWriter.h"
#include "DatasetValidator.h"
#include "JsonArrayParts.h"
#include "PlainClaimParser.h"
#include "ReadFingerprint.h"
#include "Sha256.h"
#include "SyntheticDataset.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

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

QString joined(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

// Parts larger than any test file: the whole document is parsed at once.
constexpr qsizetype WholeDocument = qsizetype(1) << 40;

// The mini dataset's first claim as written there.
const QByteArray MiniClaim =
    R"({"id": "c1", "date": "2015", "date_note": "", "kind": "event", "statement": "Jeanne )"
    R"(Dupont founded Acme.", "actors": [{"actor": "jeanne-dupont", "role": "founder"}, )"
    R"({"actor": "acme", "role": ""}], "claimant": null, "responds_to": null, "citations": )"
    R"([{"source": "alpha", "paragraph": 2, "quote": "Acme, a été fondée en 2015 par Jeanne )"
    R"(Dupont"}]})";

QByteArray changed(QByteArray text, const char *from, const char *to)
{
    const qsizetype at = text.indexOf(from);
    Q_ASSERT(at >= 0);
    return text.replace(at, qsizetype(qstrlen(from)), to);
}

// The mini dataset with its first claim written as `claim`, byte for byte.
QByteArray miniWithFirstClaim(const QByteArray &claim)
{
    QJsonObject root = TestSupport::miniObject();
    QJsonArray claims = root.value(QStringLiteral("claims")).toArray();
    claims[0] = QStringLiteral("@first@");
    root[QStringLiteral("claims")] = claims;
    return TestSupport::toJson(root).replace("\"@first@\"", claim);
}

// Claims written in every way the plain parser must read as the general reader does, and in
// the ways it must leave to the general reader.
void addClaimVariants()
{
    QTest::addColumn<QByteArray>("claim");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QByteArray>("document"); // a whole document to read instead, when set
    const QByteArray c = MiniClaim;
    const auto add = [](const char *name, const QByteArray &text, bool plain) {
        QTest::newRow(name) << text << plain << QByteArray();
    };
    add("as written", c, true);
    add("compact", QJsonDocument::fromJson(c).toJson(QJsonDocument::Compact), true);
    add("spread over lines", QByteArray(c).replace(", \"", ",\r\n\t \""), true);
    add("keys in another order",
        changed(changed(c, R"({"id": "c1", )", "{"), R"("citations": )",
                R"("id": "c1", "citations": )"),
        true);
    add("simple escapes", changed(c, "founded", R"(\"f\\o\/u\nn\td\"ed)"), true);
    add("control escapes", changed(c, "founded", R"(f\bo\fu\rnded)"), false);
    add("escaped letters", changed(c, "founded", R"(fond\u00e9 \u00C9 \u20ac)"), true);
    add("surrogate pair", changed(c, "founded", R"(\ud83d\ude00)"), true);
    add("escape in a quote", changed(c, "2015 par", R"(2015\u00a0par)"), true);
    add("empty statement", changed(c, "Jeanne Dupont founded Acme.", ""), true);
    add("no date note", changed(c, R"("date_note": "", )", ""), true);
    add("date note", changed(c, R"("date_note": "")", R"("date_note": "about")"), true);
    add("claimant", changed(c, R"("claimant": null)", R"("claimant": "acme")"), true);
    add("empty claimant", changed(c, R"("claimant": null)", R"("claimant": "")"), true);
    add("no claimant", changed(c, R"("claimant": null, )", ""), true);
    add("no role", changed(c, R"(, "role": "founder")", ""), true);
    add("bare actor id", changed(c, R"({"actor": "acme", "role": ""})", R"("acme")"), true);
    add("bare actor id with NUL", changed(c, R"({"actor": "acme", "role": ""})", R"("ac\u0000me")"),
        true);
    add("no actors",
        changed(c,
                R"([{"actor": "jeanne-dupont", "role": "founder"}, {"actor": )"
                R"("acme", "role": ""}])",
                "[ ]"),
        true);
    add("prefix and suffix",
        changed(c, R"("paragraph": 2, )", R"("paragraph": 2, "prefix": "p", "suffix": "", )"),
        true);
    add("largest paragraph", changed(c, R"("paragraph": 2)", R"("paragraph": 1000000000)"), true);
    add("paragraph zero", changed(c, R"("paragraph": 2)", R"("paragraph": 0)"), true);
    add("month date", changed(c, R"("date": "2015")", R"("date": "2015-03")"), true);

    add("unknown key", changed(c, R"("kind")", R"("knid": 1, "kind")"), false);
    add("repeated key", changed(c, R"("kind": "event")", R"("kind": "event", "kind": "claim")"),
        false);
    add("no citations key", changed(c, R"("citations")", R"("citation")"), false);
    add("no id", changed(c, R"("id": "c1", )", ""), false);
    add("paragraph too large", changed(c, R"("paragraph": 2)", R"("paragraph": 1000000001)"),
        false);
    add("paragraph of eleven digits",
        changed(c, R"("paragraph": 2)", R"("paragraph": 10000000000)"), false);
    add("paragraph minus zero", changed(c, R"("paragraph": 2)", R"("paragraph": -0)"), false);
    add("paragraph with exponent", changed(c, R"("paragraph": 2)", R"("paragraph": 2e0)"), false);
    add("paragraph with fraction", changed(c, R"("paragraph": 2)", R"("paragraph": 2.0)"), false);
    add("paragraph with leading zero", changed(c, R"("paragraph": 2)", R"("paragraph": 02)"),
        false);
    add("paragraph as string", changed(c, R"("paragraph": 2)", R"("paragraph": "2")"), false);
    add("lone high surrogate", changed(c, "founded", R"(\ud83d)"), false);
    add("lone low surrogate", changed(c, "founded", R"(\ude00)"), false);
    add("NUL in statement", changed(c, "founded", R"(\u0000)"), false);
    add("unknown escape", changed(c, "founded", R"(\x)"), false);
    add("upper-case u escape", changed(c, "founded", R"(\U0041)"), false);
    add("short u escape", changed(c, "founded", R"(\u00e)"), false);
    add("raw tab", changed(c, "founded", "\t"), false);
    add("raw DEL", changed(c, "founded", "\x7f"), false);
    add("impossible date", changed(c, R"("date": "2015")", R"("date": "2015-02-30")"), false);
    add("date as number", changed(c, R"("date": "2015")", R"("date": 2015)"), false);
    add("claimant as number", changed(c, R"("claimant": null)", R"("claimant": 5)"), false);
    add("claimant true", changed(c, R"("claimant": null)", R"("claimant": true)"), false);
    add("actors as object", changed(c, R"("actors": [)", R"("actors": {"a": [)"), false);
    add("actor without id", changed(c, R"({"actor": "acme", "role": ""})", R"({"role": ""})"),
        false);
    add("actor with unknown key",
        changed(c, R"({"actor": "acme", "role": ""})", R"({"actor": "acme", "rank": 1})"), false);
    add("citation as string", changed(c, R"([{"source")", R"(["alpha", {"source")"), false);
    add("trailing comma in actors", changed(c, R"("role": ""}])", R"("role": ""},])"), false);
    add("deep nesting in a field",
        changed(c, R"("kind": "event")",
                "\"kind\": " + QByteArray(600, '[') + QByteArray(600, ']')),
        false);
    add("claim as number", "42", false);
    add("claim as null", "null", false);
    add("empty object", "{}", false);
    add("cut short", c.left(c.size() - 3), false);
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
    void canonicalRoundTrip();
    void subsetStandsAlone();
    void writerEscapes();
    void largeRoundTrip();
    void largeProblemsInOrder();
    void largeValidationInOrder();
    void idPattern_data();
    void idPattern();
    void arrayParts_data();
    void arrayParts();
    void plainClaims_data();
    void plainClaims();
    void partsReadAsWhole_data();
    void partsReadAsWhole();
    void largePartsReadAsWhole();
    void digest_data();
    void digest();
};

void TestDatasetJson::miniIsValid()
{
    const Problems problems = readAndValidate(TestSupport::miniJson());
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
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
    const QString text = joined(problems);
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("test.json")), "the message names the file");
}

void TestDatasetJson::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed json")
        << QByteArray("{\n  \"format\": \"dossier-dataset\",\n  oops\n}")
        << "test.json:3:4: malformed JSON";
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

void TestDatasetJson::invalidBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString text = joined(readAndValidate(bytes));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestDatasetJson::canonicalRoundTrip()
{
    const Dataset first = TestSupport::miniDataset();
    const QByteArray written = DatasetJsonWriter::write(first);
    auto reread = DatasetJsonReader::read(written, QStringLiteral("written.json"));
    QVERIFY2(reread.ok(), qPrintable(joined(reread.problems)));
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
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
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

// From 4096 claims the reader converts two halves of the claims at once: nothing may show it.
void TestDatasetJson::largeRoundTrip()
{
    const QByteArray written =
        DatasetJsonWriter::write(SyntheticDataset::generate({6000, 300, 100, 5}));
    auto reread = DatasetJsonReader::read(written, QStringLiteral("large.json"));
    QVERIFY2(reread.ok(), qPrintable(joined(reread.problems)));
    QCOMPARE(DatasetJsonWriter::write(reread.dataset), written);
    QCOMPARE(reread.dataset.claimIndex(QStringLiteral("c5999")), 5999);
    const Problems problems = DatasetValidator::validate(reread.dataset, QStringLiteral("l"));
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
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
    set("claims/2999/kind", QJsonValue(5)); // the last claim of the first half
    set("claims/3000", QJsonValue(7));      // the first of the second half
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

// The validator, too, checks the two halves of a large dataset's claims at once.
void TestDatasetJson::largeValidationInOrder()
{
    Dataset d = SyntheticDataset::generate({6000, 300, 100, 5});
    d.claims[10].statement = QStringLiteral(" ");
    d.claims[2999].kind = QStringLiteral("rumour");
    d.claims[3000].citations[0].source = QStringLiteral("nowhere");
    d.claims[5999].claimant = QStringLiteral("nobody");
    d.conflicts[0].about.clear();
    d.reindex();
    QStringList where;
    for (const Problem &p : DatasetValidator::validate(d, QStringLiteral("l.json")))
        where << p.record + QLatin1Char('/') + p.field;
    QCOMPARE(
        where,
        (QStringList{QStringLiteral("claim c10/statement"), QStringLiteral("claim c2999/kind"),
                     QStringLiteral("claim c3000/citations[0].source"),
                     QStringLiteral("claim c5999/claimant"), QStringLiteral("conflict k0/about")}));
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
}

// isValidId() is written out for speed; the pattern it stands for stays the reference.
void TestDatasetJson::idPattern()
{
    QFETCH(QString, id);
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    QCOMPARE(DatasetValidator::isValidId(id), pattern.match(id).hasMatch());
}

void TestDatasetJson::arrayParts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("partBytes");
    QTest::addColumn<QByteArray>("expected"); // parts joined by " | ", then " # " and the rest
    const auto row = [](const char *name, const char *json, int partBytes, const char *expected) {
        QTest::newRow(name) << QByteArray(json) << partBytes << QByteArray(expected);
    };
    row("one per part", R"({"a":1,"claims":[1,"x",{"y":[2]}],"b":2})", 1,
        R"(1 | "x" | {"y":[2]} # {"a":1,"claims":[],"b":2})");
    row("all in one", R"({"claims":[1,2,3]})", 100, R"(1,2,3 # {"claims":[]})");
    row("two per part", R"({"claims":[10,20,30,40,50]})", 4,
        R"(10,20 | 30,40 | 50 # {"claims":[]})");
    row("delimiters inside strings", R"({"claims":["a,]}","[{\"",",\\"],"z":0})", 1,
        R"("a,]}" | "[{\"" | ",\\" # {"claims":[],"z":0})");
    row("space everywhere", "\xEF\xBB\xBF \r\n{ \"claims\" :\t[ 1 ,\n2 ] } \n", 1,
        "1 | 2 # \xEF\xBB\xBF \r\n{ \"claims\" :\t[] } \n");
    row("empty array", R"({"claims":[ ]})", 1, R"( # {"claims":[]})");
    row("deeper claims key ignored", R"({"x":{"claims":[1]},"claims":[2]})", 1,
        R"(2 # {"x":{"claims":[1]},"claims":[]})");
    row("no claims", R"({"x":[1]})", 1, "none");
    row("claims twice", R"({"claims":[1],"claims":[2]})", 1, "none");
    row("escaped key", R"({"cl\u0061ims":[1]})", 1, "none");
    row("claims not an array", R"({"claims":{"a":1}})", 1, "none");
    row("top-level array", R"([{"claims":[1]}])", 1, "none");
    row("trailing comma", R"({"claims":[1,]})", 1, "none");
    row("missing comma", R"({"claims":[1 2]})", 1, "none");
    row("unterminated string", R"({"claims":["a]})", 1, "none");
    row("cut short", R"({"claims":[1,2)", 1, "none");
    row("unclosed nesting", R"({"claims":[[1,2])", 1, "none");
    row("garbage after", R"({"claims":[1]} x)", 1, "none");
    row("empty text", "", 1, "none");
}

void TestDatasetJson::arrayParts()
{
    QFETCH(QByteArray, json);
    QFETCH(int, partBytes);
    QFETCH(QByteArray, expected);
    const auto parts = JsonArrayParts::find(json, "claims", partBytes);
    if (!parts) {
        QCOMPARE(QByteArray("none"), expected);
        return;
    }
    QByteArrayList texts;
    qsizetype index = 0;
    for (qsizetype k = 0; k < parts->parts().size(); ++k) {
        const JsonArrayParts::Part &p = parts->parts()[k];
        QCOMPARE(p.firstIndex, index);
        index += p.elements;
        texts << json.mid(p.begin, p.end - p.begin);
        // A part stands alone as a document holding as many elements as the splitter counted.
        const QJsonDocument alone = QJsonDocument::fromJson(parts->partDocument(json, k));
        QCOMPARE(alone.object().value(QStringLiteral("claims")).toArray().size(), p.elements);
    }
    QCOMPARE(parts->elements(), index);
    QCOMPARE(texts.join(" | ") + " # " + parts->rest(json), expected);
}

void TestDatasetJson::plainClaims_data()
{
    addClaimVariants();
}

// The plain parser reads what it accepts exactly as the general reader does.
void TestDatasetJson::plainClaims()
{
    QFETCH(QByteArray, claim);
    QFETCH(bool, plain);
    const auto read = PlainClaimParser::parse(claim, 1);
    QCOMPARE(read.has_value(), plain);
    if (!plain)
        return;
    const auto general =
        DatasetJsonReader::read(miniWithFirstClaim(claim), QStringLiteral("t.json"), WholeDocument);
    QVERIFY2(general.ok(), qPrintable(joined(general.problems)));
    QCOMPARE(ReadFingerprint::ofClaim(read->first()),
             ReadFingerprint::ofClaim(general.dataset.claims.first()));
    // Two claims in one stretch, and the count checked.
    QCOMPARE(PlainClaimParser::parse(claim + " ,\n" + claim, 2).value_or(QList<Claim>{}).size(), 2);
    QVERIFY(!PlainClaimParser::parse(claim + "," + claim, 1));
    QVERIFY(!PlainClaimParser::parse(claim, 2));
    QVERIFY(!PlainClaimParser::parse(claim + ",", 1));
}

void TestDatasetJson::partsReadAsWhole_data()
{
    addClaimVariants(); // each read as the first claim of the mini dataset

    const QByteArray mini = TestSupport::miniJson();
    const auto document = [](const char *name, const QByteArray &bytes) {
        QTest::newRow(name) << QByteArray() << false << bytes;
    };
    document("byte-order mark", "\xEF\xBB\xBF" + mini);
    document("escaped claims key", QByteArray(mini).replace("\"claims\"", "\"cl\\u0061ims\""));
    document("claims key twice",
             QByteArray(mini).replace("\"conflicts\"", "\"claims\": [42], \"conflicts\""));
    document("trailing comma in claims",
             QByteArray(mini).replace("}\n  ],\n  \"conflicts\"", "},\n  ],\n  \"conflicts\""));
    document("garbage after", mini + "x");
    document("cut in the claims", mini.left(mini.indexOf("\"c3\"")));
    document("syntax error before the claims",
             QByteArray(mini).replace("\"actors\":", "\"actors\""));
    document("syntax error after the claims",
             QByteArray(mini).replace("\"conflicts\":", "\"conflicts\" "));
    document("invalid UTF-8 in a claim", QByteArray(mini).replace("founded", "f\xC0\xAFounded"));
    document("no claims", QByteArray(mini).replace("\"claims\"", "\"claimz\""));
    QJsonObject noClaims = TestSupport::miniObject();
    noClaims[QStringLiteral("claims")] = QJsonArray();
    document("empty claims", TestSupport::toJson(noClaims));
}

// Reading in parts (each claim alone, or a few together) gives what reading the whole document
// gives: the same records, the same problems in the same order, the same syntax errors.
void TestDatasetJson::partsReadAsWhole()
{
    QFETCH(QByteArray, claim);
    QFETCH(QByteArray, document);
    QVERIFY(document != TestSupport::miniJson()); // every row changes something
    const QByteArray bytes = document.isEmpty() ? miniWithFirstClaim(claim) : document;
    const auto whole = DatasetJsonReader::read(bytes, QStringLiteral("t.json"), WholeDocument);
    for (const qsizetype partBytes : {1, 150, 400}) {
        const auto parts = DatasetJsonReader::read(bytes, QStringLiteral("t.json"), partBytes);
        QCOMPARE(ReadFingerprint::of(parts), ReadFingerprint::of(whole));
    }
}

void TestDatasetJson::largePartsReadAsWhole()
{
    const QByteArray written =
        DatasetJsonWriter::write(SyntheticDataset::generate({3000, 200, 50, 9}));
    const auto whole = DatasetJsonReader::read(written, QStringLiteral("l.json"), WholeDocument);
    QVERIFY2(whole.ok(), qPrintable(joined(whole.problems)));
    const auto parts = DatasetJsonReader::read(written, QStringLiteral("l.json"), 4096);
    QCOMPARE(ReadFingerprint::of(parts), ReadFingerprint::of(whole));
    QCOMPARE(parts.dataset.claims.size(), 3000);
}

void TestDatasetJson::digest_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Lengths around the 64-byte block and the 56 bytes after which the length needs a block
    QRandomGenerator random(11);
    for (const int size : {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 100003}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        QTest::addRow("%d random bytes", size) << bytes;
    }
    QTest::newRow("mini dataset") << TestSupport::miniJson();
}

// The dataset's digest is SHA-256 whether the processor's instructions compute it or Qt does.
void TestDatasetJson::digest()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(Sha256::hash(bytes).toHex(), Sha256::portableHash(bytes).toHex());
    QCOMPARE(Sha256::hash("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    if (QTest::currentDataTag() == QLatin1String("mini dataset"))
        qInfo("SHA instructions %s", Sha256::usesShaInstructions() ? "used" : "not available");
}

QTEST_GUILESS_MAIN(TestDatasetJson)
#include "tst_datasetjson.moc"
