// Reading a large dataset in parts: the splitter, the plain claim parser, and the promise that
// reading in parts gives exactly what reading the whole document gives.
#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/JsonArrayParts.h"
#include "models/format/PlainClaimParser.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/ReadFingerprint.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

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
    // QJsonDocument takes these silently, changing them; both ways of reading must refuse them.
    add("repeated id", changed(c, R"("id": "c1", )", R"("id": "c1", "id": "c999", )"), false);
    add("repeated key written escaped",
        changed(c, R"("id": "c1", )", R"("id": "c1", "\u0069d": "c1", )"), false);
    add("repeated key in a citation",
        changed(c, R"("paragraph": 2)", R"("paragraph": 2, "paragraph": 3)"), false);
    add("repeated key in an actor",
        changed(c, R"("role": "founder")", R"("role": "founder", "role": "")"), false);
    add("escaped q", changed(c, "founded", R"(fo\qunded)"), false);
    add("high surrogate before a letter", changed(c, "founded", R"(\ud800x)"), false);
    add("high surrogate before an escaped letter", changed(c, "founded", R"(\ud800\u0041)"), false);
    add("claim as number", "42", false);
    add("claim as null", "null", false);
    add("empty object", "{}", false);
    add("cut short", c.left(c.size() - 3), false);
}

} // namespace

class TestReadInParts : public QObject
{
    Q_OBJECT
private slots:
    void arrayParts_data();
    void arrayParts();
    void plainClaims_data();
    void plainClaims();
    void partsReadAsWhole_data();
    void partsReadAsWhole();
    void largePartsReadAsWhole();
    void strictText_data();
    void strictText();
};

void TestReadInParts::arrayParts_data()
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

void TestReadInParts::arrayParts()
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

void TestReadInParts::plainClaims_data()
{
    addClaimVariants();
}

// The plain parser reads what it accepts exactly as the general reader does.
void TestReadInParts::plainClaims()
{
    QFETCH(QByteArray, claim);
    QFETCH(bool, plain);
    const auto read = PlainClaimParser::parse(claim, 1);
    QCOMPARE(read.has_value(), plain);
    if (!plain)
        return;
    const auto general =
        DatasetJsonReader::read(miniWithFirstClaim(claim), QStringLiteral("t.json"), WholeDocument);
    QVERIFY2(general.ok(), qPrintable(TestSupport::joined(general.problems)));
    QCOMPARE(ReadFingerprint::ofClaim(read->first()),
             ReadFingerprint::ofClaim(general.dataset.claims.first()));
    // Two claims in one stretch, and the count checked.
    QCOMPARE(PlainClaimParser::parse(claim + " ,\n" + claim, 2).value_or(QList<Claim>{}).size(), 2);
    QVERIFY(!PlainClaimParser::parse(claim + "," + claim, 1));
    QVERIFY(!PlainClaimParser::parse(claim, 2));
    QVERIFY(!PlainClaimParser::parse(claim + ",", 1));
}

void TestReadInParts::partsReadAsWhole_data()
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
    document("repeated key before the claims",
             QByteArray(mini).replace("\"title\": \"Test dispute\"",
                                      "\"title\": \"Test dispute\", \"title\": \"x\""));
    document(
        "repeated key in an actor record",
        QByteArray(mini).replace("\"name\": \"Acme\"", "\"name\": \"Acme\", \"name\": \"Acme\""));
    document("escape after the claims", QByteArray(mini).replace("The sources", "The \\source"));
    QJsonObject noClaims = TestSupport::miniObject();
    noClaims[QStringLiteral("claims")] = QJsonArray();
    document("empty claims", TestSupport::toJson(noClaims));
}

// Reading in parts (each claim alone, or a few together) gives what reading the whole document
// gives: the same records, the same problems in the same order, the same syntax errors.
void TestReadInParts::partsReadAsWhole()
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

void TestReadInParts::largePartsReadAsWhole()
{
    const QByteArray written =
        DatasetJsonWriter::write(SyntheticDataset::generate({3000, 200, 50, 9}));
    const auto whole = DatasetJsonReader::read(written, QStringLiteral("l.json"), WholeDocument);
    QVERIFY2(whole.ok(), qPrintable(TestSupport::joined(whole.problems)));
    const auto parts = DatasetJsonReader::read(written, QStringLiteral("l.json"), 4096);
    QCOMPARE(ReadFingerprint::of(parts), ReadFingerprint::of(whole));
    QCOMPARE(parts.dataset.claims.size(), 3000);
}

void TestReadInParts::strictText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("at");    // the text the message must point at (first one)
    QTest::addColumn<QString>("expected"); // after "t.json:line:column: malformed JSON: "
    const QByteArray c = MiniClaim;
    const QByteArray mini = TestSupport::miniJson();
    const auto row = [](const char *name, const QByteArray &bytes, const QByteArray &at,
                        const char *expected) {
        QTest::newRow(name) << bytes << at << QString::fromUtf8(expected);
    };
    row("repeated id",
        miniWithFirstClaim(changed(c, R"("id": "c1", )", R"("id": "c1", "id": "c999", )")),
        R"("id": "c999")", R"(key "id" is repeated in its object)");
    row("repeated key written escaped",
        miniWithFirstClaim(changed(c, R"("kind": "event")", R"("kind": "event", "\u006bind": 1)")),
        R"("\u006bind")", R"(key "\u006bind" is repeated in its object)");
    row("unknown escape", miniWithFirstClaim(changed(c, "founded", R"(fo\qunded)")), R"(\q)",
        R"(invalid escape \q)");
    row("lone high surrogate", miniWithFirstClaim(changed(c, "founded", R"(\ud800)")), R"(\ud800)",
        R"(\ud800 is half a UTF-16 surrogate pair)");
    row("lone low surrogate", miniWithFirstClaim(changed(c, "founded", R"(x\udc00\ud800)")),
        R"(\udc00)", R"(\udc00 is half a UTF-16 surrogate pair)");
    row("high surrogate before an escaped letter",
        miniWithFirstClaim(changed(c, "founded", R"(\ud800\u0041)")), R"(\ud800)",
        R"(\ud800 is half)");
    row("repeated key in a later claim",
        QByteArray(mini).replace(R"("id": "c3",)", R"("id": "c3", "id": "c3",)"), R"("id": "c3")",
        R"(key "id" is repeated)");
    row("repeated top-level key",
        QByteArray(mini).replace(R"("title": "Test dispute")", R"("title": "x", "title": "x")"),
        R"("title": "x")", R"(key "title" is repeated)");
    // Spread over the claims' parts and the rest: the first in the text is told.
    row("escape after a repeated claim key",
        QByteArray(mini)
            .replace(R"("id": "c3",)", R"("id": "c3", "id": "c3",)")
            .replace("The sources", R"(The \sources)"),
        R"("id": "c3")", R"(key "id" is repeated)");
    row("repeated top-level key before a bad claim",
        QByteArray(mini)
            .replace(R"("title": "Test dispute")", R"("title": "x", "title": "x")")
            .replace(R"("id": "c3",)", R"("id": "c\3",)"),
        R"("title": "x")", R"(key "title" is repeated)");
    row("escape after the claims", QByteArray(mini).replace("The sources", R"(The \sources)"),
        R"(\s)", R"(invalid escape \s)");
    row("repeated key in an actor record",
        QByteArray(mini).replace(R"("name": "Acme")", R"("name": "Acme", "name": "Acme")"),
        R"("name": "Acme")", R"(key "name" is repeated)");
}

// What QJsonDocument would take and change silently is refused, at the same place whether the
// claims are read in parts or whole.
void TestReadInParts::strictText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, at);
    QFETCH(QString, expected);
    // A repeated key is told where it repeats: the marker's last occurrence.
    const qsizetype offset = bytes.lastIndexOf(at);
    QVERIFY(offset >= 0);
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset) + 1;
    const QString where = QStringLiteral("t.json:%1:%2: malformed JSON: ")
                              .arg(bytes.left(offset).count('\n') + 1)
                              .arg(offset - lineStart + 1);
    for (const qsizetype partBytes :
         {WholeDocument, qsizetype(1), qsizetype(150), qsizetype(400)}) {
        const auto result = DatasetJsonReader::read(bytes, QStringLiteral("t.json"), partBytes);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(
            result.problems[0].toString().startsWith(where + expected),
            qPrintable(result.problems[0].toString() + QLatin1String(" / ") + where + expected));
    }
}

QTEST_GUILESS_MAIN(TestReadInParts)
#include "tst_readinparts.moc"
