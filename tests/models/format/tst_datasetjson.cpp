#include "models/data/TextUtil.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/DatasetValidator.h"
#include "models/format/SyntheticDataset.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
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

QJsonObject mutated(const QString &path, const QJsonValue &value)
{
    return setPath(TestSupport::miniObject(), path.split(QLatin1Char('/')), value).toObject();
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
    void characterRules_data();
    void characterRules();
    void charactersAccepted_data();
    void charactersAccepted();
    void lengthLimits_data();
    void lengthLimits();
    void countLimits_data();
    void countLimits();
    void topLevelCounts();
    void charactersOutsideTheBmp();
    void writerKeepsEveryScalarValue();
    void formatOneNamesSourcesByOutlet();
    void fileMentions_data();
    void fileMentions();
    void labelsAndDateBasisRoundTrip();
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
        << "claims/0/id" << QJsonValue("c1\n") << "'c1<U+000A>' is not a valid id";
    QTest::newRow("label missing in format 2")
        << "sources/0/label" << removed << "source alpha, field 'label': must not be empty";
    QTest::newRow("label shared")
        << "sources/1/label" << QJsonValue("courrier du test, MARCH 2024")
        << "source beta, field 'label': 'courrier du test, MARCH 2024' is also the label of "
           "source 'alpha'";
    QTest::newRow("label too long") << "sources/0/label" << QJsonValue(QString(41, u'L'))
                                    << "field 'label': is 41 characters long";
    QTest::newRow("label on two lines")
        << "sources/0/label" << QJsonValue("Courrier\ndu Test") << "source alpha, field 'label'";
    QTest::newRow("notes as number")
        << "sources/0/notes" << QJsonValue(3) << "source alpha, field 'notes': must be a string";
    QTest::newRow("unknown date basis")
        << "claims/0/date_basis" << QJsonValue("guessed")
        << "claim c1, field 'date_basis': must be \"reported\" or \"text\"";
    QTest::newRow("reported at a date no source has")
        << "claims/0/date_basis" << QJsonValue("reported")
        << "claim c1, field 'date_basis': a claim dated by its report carries the publication "
           "date of a source it cites";
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

// The format's character rules (TextRules), on fields of every record and kind: each row puts
// one character the format refuses into one field.
void TestDatasetJson::characterRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *path, const QString &value,
                        const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << QString::fromUtf8(expected);
    };
    row("NUL in a statement", "claims/0/statement", QStringLiteral("a\u0000b"),
        "claim c1, field 'statement': holds U+0000, a control character, at character 2");
    row("escape sequence in a name", "actors/0/name", QStringLiteral("Jeanne\u001b]0;pwned\u0007"),
        "actor jeanne-dupont, field 'name': holds U+001B, a control character, at character 7");
    row("DEL in an outlet", "sources/0/outlet", QStringLiteral("Le\u007f"),
        "source alpha, field 'outlet': holds U+007F, a control character");
    row("C1 control in a date note", "claims/0/date_note", QStringLiteral("a\u0085b"),
        "field 'date_note': holds U+0085, a control character");
    row("CSI in an alias", "actors/1/aliases/0", QStringLiteral("Acme\u009b2J"),
        "actor acme, field 'aliases[0]': holds U+009B, a control character");
    row("carriage return in a description", "actors/0/description", QStringLiteral("a\rb"),
        "field 'description': holds U+000D, a control character");
    row("noncharacter in a quote", "claims/0/citations/0/quote", QStringLiteral("Acme\ufdd0"),
        "field 'citations[0].quote': holds U+FDD0, a Unicode noncharacter");
    row("U+FFFE in a published note", "sources/0/published_note", QStringLiteral("\ufffe"),
        "field 'published_note': holds U+FFFE, a Unicode noncharacter");
    row("last code point in a title", "sources/1/title", QStringLiteral("Acme \U0010FFFF"),
        "source beta, field 'title': holds U+10FFFF, a Unicode noncharacter, at character 6");
    row("tab in a name", "actors/0/name", QStringLiteral("Jeanne\tDupont"),
        "field 'name': holds U+0009 (a tab or line break) at character 7; this field is one line");
    row("line feed in an alias", "actors/0/aliases/1", QStringLiteral("Jean\nne"),
        "field 'aliases[1]': holds U+000A (a tab or line break)");
    row("line separator in a role", "claims/0/actors/0/role", QStringLiteral("foun\u2028der"),
        "field 'actors[0].role': holds U+2028 (a tab or line break)");
    row("paragraph separator in a quote", "claims/0/citations/0/quote",
        QStringLiteral("Acme\u2029"), "field 'citations[0].quote': holds U+2029");
    row("line feed in a suffix", "claims/2/citations/0/suffix", QStringLiteral(" que\nla"),
        "claim c3, field 'citations[0].suffix': holds U+000A");
    row("tab in a file name", "sources/0/file", QStringLiteral("alpha\t.txt"),
        "field 'file': holds U+0009");
    row("override left open in a name", "actors/0/name", QStringLiteral("\u202eRTL-override actor"),
        "field 'name': holds the direction control U+202E at character 1 without its pair");
    row("embedding left open in a prefix", "claims/0/citations/0/prefix", QStringLiteral("x\u202a"),
        "field 'citations[0].prefix': holds the direction control U+202A");
    row("pop without a push in a title", "sources/0/title", QStringLiteral("a\u202cb"),
        "field 'title': holds the direction control U+202C at character 2");
    row("isolate left open in a statement", "claims/1/statement", QStringLiteral("\u2067abc"),
        "claim c2, field 'statement': holds the direction control U+2067");
    row("isolate closed as an embedding", "conflicts/0/about", QStringLiteral("\u2066a\u202cb"),
        "conflict k1, field 'about': holds the direction control U+202C at character 3");
    row("stray isolate close in the dataset's title", "title", QStringLiteral("a\u2069"),
        "field 'title': holds the direction control U+2069");
    row("name of invisible characters", "actors/0/name", QStringLiteral("\u200b\u3164\u200d"),
        "field 'name': shows nothing");
    row("alias of combining marks", "actors/1/aliases/0", QStringLiteral("\u0301\u0308"),
        "actor acme, field 'aliases[0]': shows nothing");
    row("role of a zero width space", "claims/0/actors/0/role", QStringLiteral("\u200b"),
        "field 'actors[0].role': shows nothing");
    row("author of a word joiner", "sources/0/author", QStringLiteral("\u2060"),
        "field 'author': shows nothing");
    row("statement of format characters and spaces", "claims/0/statement",
        QStringLiteral(" \u200e\ufeff "), "field 'statement': shows nothing");
    row("outlet of Hangul fillers", "sources/1/outlet", QStringLiteral("\u115f\u1160"),
        "field 'outlet': shows nothing");
}

void TestDatasetJson::characterRules()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString text =
        TestSupport::joined(readAndValidate(TestSupport::toJson(mutated(path, value))));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

// What the rules let through: text an article or an editor may well hold.
void TestDatasetJson::charactersAccepted_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    const auto row = [](const char *name, const char *path, const QString &value) {
        QTest::newRow(name) << QString::fromLatin1(path) << value;
    };
    row("lines and tabs in a statement", "claims/0/statement",
        QStringLiteral("Two\nlines,\tand a tab."));
    row("line feed in a description", "actors/0/description", QStringLiteral("a\nb"));
    row("right-to-left name", "actors/0/name", QStringLiteral("\u0645\u062d\u0645\u062f"));
    row("closed embedding in a title", "sources/0/title", QStringLiteral("\u202bشركة\u202c"));
    row("nested isolate and override", "claims/0/statement",
        QStringLiteral("\u2067a\u202eb\u202cc\u2069 d"));
    row("marks that steer direction", "sources/0/outlet", QStringLiteral("A\u200fB\u200e"));
    row("combining accents", "actors/0/name", QStringLiteral("Je\u0301anne"));
    row("emoji and its modifiers", "actors/1/name",
        QStringLiteral("Acme \U0001F680\U0001F44D\U0001F3FD"));
    row("replacement character", "claims/0/date_note", QStringLiteral("\ufffd"));
    row("non-breaking spaces", "claims/0/citations/0/quote", QStringLiteral("Acme,\u00a0a"));
}

void TestDatasetJson::charactersAccepted()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    const Problems problems = readAndValidate(TestSupport::toJson(mutated(path, value)));
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
}

// Every text field has a limit: the longest value passes, one character more is refused.
void TestDatasetJson::lengthLimits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field"); // as the message names it
    QTest::addColumn<QString>("unit");  // one character (or byte) of the value
    QTest::addColumn<int>("limit");
    const DatasetValidator::Limits l;
    const auto row = [&](const char *path, const char *field, int limit,
                         const QString &unit = QStringLiteral("a")) {
        QTest::addRow("%s", path) << QString::fromLatin1(path) << QString::fromLatin1(field) << unit
                                  << limit;
    };
    row("version", "version", l.name);
    row("title", "title", l.title);
    row("description", "description", l.text);
    row("sources/0/file", "file", l.fileBytes); // bytes: see below
    row("sources/0/outlet", "outlet", l.name);
    row("sources/0/title", "title", l.title);
    row("sources/0/author", "author", l.name);
    row("sources/0/published_note", "published_note", l.text);
    row("sources/0/language", "language", l.language);
    row("actors/0/name", "name", l.name);
    row("actors/0/aliases/0", "aliases[0]", l.name);
    row("actors/0/description", "description", l.text);
    row("claims/0/statement", "statement", l.text);
    row("claims/0/date_note", "date_note", l.text);
    row("claims/0/actors/0/role", "actors[0].role", l.name);
    row("claims/0/citations/0/quote", "citations[0].quote", l.quote);
    row("claims/0/citations/0/prefix", "citations[0].prefix", l.quote);
    row("claims/2/citations/0/suffix", "citations[0].suffix", l.quote);
    row("conflicts/0/about", "about", l.text);
    // Characters, not UTF-16 units: an emoji counts one.
    QTest::newRow("name of emoji") << "actors/1/name"
                                   << "name" << QStringLiteral("\U0001F600") << l.name;
}

void TestDatasetJson::lengthLimits()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QString, unit);
    QFETCH(int, limit);
    const QString longest = unit.repeated(limit);
    const Problems atLimit = readAndValidate(TestSupport::toJson(mutated(path, longest)));
    QVERIFY2(atLimit.isEmpty(), qPrintable(TestSupport::joined(atLimit)));
    const Problems over = readAndValidate(TestSupport::toJson(mutated(path, longest + unit)));
    const QString text = TestSupport::joined(over);
    // A file name counts its bytes, as the file system does.
    const QString message =
        field == QLatin1String("file")
            ? QStringLiteral(
                  "field 'file': is %1 bytes long in UTF-8; a file name holds at most %2")
                  .arg(QString::number(limit + 1), QString::number(limit))
            : QStringLiteral("field '%1': is %2 characters long; this field holds at most %3")
                  .arg(field, QString::number(limit + 1), QString::number(limit));
    QVERIFY2(text.contains(message), qPrintable(text + QLatin1String(" / ") + message));
}

// Every list within a record has a limit too.
void TestDatasetJson::countLimits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("item"); // %1 in a string item: the item's index
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("record");
    const DatasetValidator::Limits l;
    QTest::newRow("aliases") << "actors/1/aliases" << QJsonValue("Acme %1") << l.aliases
                             << "actor acme, field 'aliases'";
    QTest::newRow("actors of a claim")
        << "claims/0/actors" << QJsonValue(QJsonObject{{"actor", "acme"}, {"role", ""}})
        << l.claimActors << "claim c1, field 'actors'";
    QTest::newRow("citations of a claim")
        << "claims/0/citations"
        << QJsonValue(QJsonObject{{"source", "alpha"}, {"paragraph", 2}, {"quote", "Acme"}})
        << l.citations << "claim c1, field 'citations'";
    QTest::newRow("claims of a conflict") << "conflicts/0/claims" << QJsonValue("c%1")
                                          << l.conflictClaims << "conflict k1, field 'claims'";
}

void TestDatasetJson::countLimits()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, item);
    QFETCH(int, limit);
    QFETCH(QString, record);
    const auto list = [&](int count) {
        QJsonArray items;
        for (int i = 0; i < count; ++i)
            items.append(item.isString() ? QJsonValue(item.toString().arg(1 + i % 3)) : item);
        return items;
    };
    const Problems atLimit = readAndValidate(TestSupport::toJson(mutated(path, list(limit))));
    QVERIFY2(!TestSupport::joined(atLimit).contains(record),
             qPrintable(TestSupport::joined(atLimit)));
    const QString over =
        TestSupport::joined(readAndValidate(TestSupport::toJson(mutated(path, list(limit + 1)))));
    const QString message = QStringLiteral("%1: holds %2 items; this list holds at most %3")
                                .arg(record)
                                .arg(limit + 1)
                                .arg(limit);
    QVERIFY2(over.contains(message), qPrintable(over));
}

// The top-level lists have limits too (millions, beyond a test's reach: smaller ones here).
void TestDatasetJson::topLevelCounts()
{
    DatasetValidator::Limits limits;
    limits.sources = 1;
    limits.actors = 2;
    limits.claims = 4;
    limits.conflicts = 0;
    const QString text = TestSupport::joined(
        DatasetValidator::validate(TestSupport::miniDataset(), QStringLiteral("t.json"), limits));
    for (const char *expected :
         {"t.json: field 'sources': holds 2 items; this list holds at most 1",
          "field 'actors': holds 3 items; this list holds at most 2",
          "field 'claims': holds 5 items; this list holds at most 4",
          "field 'conflicts': holds 1 items; this list holds at most 0"})
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
}

// Emoji, mathematical letters and CJK extension ideographs are one character each, two UTF-16
// units: the export writes each as its four UTF-8 bytes, and the import gives them back.
void TestDatasetJson::charactersOutsideTheBmp()
{
    Dataset d = TestSupport::miniDataset();
    d.claims[0].statement = QStringLiteral("Musk posted \U0001F680, \U0001D54F and \U0002070E");
    d.claims[0].citations[0].quote = QStringLiteral("\U0001F600").repeated(300);
    d.reindex();
    const QByteArray bytes = DatasetJsonWriter::write(d);
    QVERIFY(bytes.contains("Musk posted \xF0\x9F\x9A\x80, \xF0\x9D\x95\x8F and \xF0\xA0\x9C\x8E"));
    QVERIFY(!bytes.contains('?'));
    auto back = DatasetJsonReader::read(bytes, QStringLiteral("x.json"));
    QVERIFY2(back.ok(), qPrintable(TestSupport::joined(back.problems)));
    QVERIFY(back.dataset.sameRecords(d));
    // A quote of 300 emoji is 300 characters: still valid once exported and imported.
    const Problems problems = DatasetValidator::validate(back.dataset, QStringLiteral("x.json"));
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
}

namespace {

// A random Unicode scalar value: from every plane, with what a writer gets wrong (controls,
// quotes, backslashes, separators, surrogate pairs) drawn often.
char32_t randomScalar(QRandomGenerator &random)
{
    static const char32_t tricky[] = {u'"',   u'\\',  u'/',   0x7F,    0x80,    0x85,
                                      0x9F,   0xA0,   0x2028, 0x2029,  0x202E,  0x2069,
                                      0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x1F680, 0x10FFFF};
    switch (random.bounded(8)) {
    case 0:
        return random.bounded(0x20u);
    case 1:
        return tricky[random.bounded(int(std::size(tricky)))];
    case 2:
        return 0x20 + random.bounded(0x5Fu);
    case 3:
        return 0x80 + random.bounded(0x780u);
    case 4: {
        const char32_t c = random.bounded(0x10000u);
        return c >= 0xD800 && c <= 0xDFFF ? c - 0x800 : c;
    }
    case 5:
        return 0x1F300 + random.bounded(0x400u);
    default:
        return 0x10000 + random.bounded(0x100000u);
    }
}

} // namespace

// Property: whatever text a field holds, exporting and importing gives it back unchanged. The
// written bytes are valid UTF-8 holding no raw control or separator, and QJsonDocument, a
// reader of its own, reads the same text.
// Format 1 had no labels: its sources are known by outlet and year, or by id where two would
// share that.
void TestDatasetJson::formatOneNamesSourcesByOutlet()
{
    QJsonObject o = TestSupport::miniObject();
    o[QStringLiteral("format_version")] = 1;
    QJsonArray sources = o[QStringLiteral("sources")].toArray();
    QJsonArray claims = o[QStringLiteral("claims")].toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QJsonObject s = sources[i].toObject();
        s.remove(QStringLiteral("label"));
        s.remove(QStringLiteral("notes"));
        s[QStringLiteral("outlet")] = QStringLiteral("Même Journal");
        sources[i] = s;
    }
    for (qsizetype i = 0; i < claims.size(); ++i) {
        QJsonObject c = claims[i].toObject();
        c.remove(QStringLiteral("date_basis"));
        claims[i] = c;
    }
    o[QStringLiteral("sources")] = sources;
    o[QStringLiteral("claims")] = claims;
    auto read = DatasetJsonReader::read(TestSupport::toJson(o), QStringLiteral("old.json"));
    QVERIFY2(read.ok(), qPrintable(TestSupport::joined(read.problems)));
    QCOMPARE(read.dataset.sources[0].label, QStringLiteral("Même Journal, 2024"));
    QCOMPARE(read.dataset.sources[1].label, QStringLiteral("beta"));
    const Problems problems = DatasetValidator::validate(read.dataset, QStringLiteral("old.json"));
    QVERIFY2(problems.isEmpty(), qPrintable(TestSupport::joined(problems)));
    // What it is written back as is format 2, with the labels it was given.
    const QByteArray written = DatasetJsonWriter::write(read.dataset);
    QVERIFY(written.contains("\"format_version\": 2"));
    QVERIFY(written.contains("\"label\": \"Même Journal, 2024\""));
}

void TestDatasetJson::fileMentions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("named"); // the mention reported, or empty for none

    QTest::newRow("number as a word") << "003_e8ee.txt"
                                      << "As 003 says, Acme grew."
                                      << "003";
    QTest::newRow("number in brackets") << "003_e8ee.txt"
                                        << "Acme grew (003)."
                                        << "003";
    QTest::newRow("number in a range") << "003_e8ee.txt"
                                       << "See 003-004."
                                       << "003";
    QTest::newRow("possessive") << "003_e8ee.txt"
                                << "003's view."
                                << "003";
    QTest::newRow("file name") << "003_e8ee.txt"
                               << "Read 003_e8ee.txt first."
                               << "003_e8ee.txt";
    QTest::newRow("stem, any case") << "003_e8ee.txt"
                                    << "Read 003_E8EE."
                                    << "003_E8EE";
    QTest::newRow("a year holding the number") << "003_e8ee.txt"
                                               << "In 2003 Acme grew."
                                               << "";
    QTest::newRow("a sum holding the number") << "003_e8ee.txt"
                                              << "It raised 1,003 euros."
                                              << "";
    QTest::newRow("a French sum") << "000_e8ee.txt"
                                  << "Il a levé 97 000 000 euros."
                                  << "";
    QTest::newRow("a decimal") << "003_e8ee.txt"
                               << "Up 1.003 points."
                               << "";
    QTest::newRow("a year as a file number") << "2023_report.txt"
                                             << "In 2023 Acme grew."
                                             << "";
    QTest::newRow("a plain-word stem") << "musk.txt"
                                       << "Musk sued Acme."
                                       << "";
    QTest::newRow("a plain-word file name") << "musk.txt"
                                            << "As musk.txt says."
                                            << "musk.txt";
    QTest::newRow("a short number") << "12-notes.txt"
                                    << "Item 12 of the list."
                                    << "12";
    QTest::newRow("a stem with a digit") << "a1.txt"
                                         << "Source a1 says so."
                                         << "a1";
}

void TestDatasetJson::fileMentions()
{
    QFETCH(QString, file);
    QFETCH(QString, statement);
    QFETCH(QString, named);
    Dataset d = TestSupport::miniDataset();
    d.sources[0].file = file;
    d.claims[3].statement = statement;
    d.reindex();
    const QString text =
        TestSupport::joined(DatasetValidator::validate(d, QStringLiteral("t.json")));
    if (named.isEmpty()) {
        QVERIFY2(text.isEmpty(), qPrintable(text));
    } else {
        QVERIFY2(text.contains(QStringLiteral("claim c4, field 'statement': names the corpus file "
                                              "'%1'")
                                   .arg(named)),
                 qPrintable(text));
    }
    // Every reader-facing field is held to it, not the statement alone.
    if (!named.isEmpty()) {
        Dataset other = TestSupport::miniDataset();
        other.sources[0].file = file;
        other.conflicts[0].about = statement;
        other.sources[1].notes = statement;
        other.actors[0].description = statement;
        other.reindex();
        const QString found =
            TestSupport::joined(DatasetValidator::validate(other, QStringLiteral("t.json")));
        QVERIFY2(found.contains(QStringLiteral("field 'about': names the corpus file")),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("field 'notes': names the corpus file")),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("field 'description': names the corpus file")),
                 qPrintable(found));
    }
}

void TestDatasetJson::labelsAndDateBasisRoundTrip()
{
    Dataset d = TestSupport::miniDataset();
    QCOMPARE(d.sources[0].label, QStringLiteral("Courrier du Test, March 2024"));
    QVERIFY(d.claims[2].datedByReport);
    QVERIFY(!d.claims[0].datedByReport);
    d.sources[1].notes = QStringLiteral("Line one\nline two « » ’");
    d.reindex();
    const QByteArray written = DatasetJsonWriter::write(d);
    auto back = DatasetJsonReader::read(written, QStringLiteral("back.json"));
    QVERIFY2(back.ok(), qPrintable(TestSupport::joined(back.problems)));
    QVERIFY(back.dataset.sameRecords(d));
    // Only a claim dated by its report says so.
    QCOMPARE(written.count("\"date_basis\""), 1);
}

void TestDatasetJson::writerKeepsEveryScalarValue()
{
    QRandomGenerator random(20261124);
    const Dataset mini = TestSupport::miniDataset();
    for (int round = 0; round < 3000; ++round) {
        QList<char32_t> scalars(random.bounded(40));
        for (char32_t &c : scalars)
            c = randomScalar(random);
        const QString text = QString::fromUcs4(scalars.constData(), scalars.size());
        Dataset d = mini;
        d.claims[1].statement = text;
        d.actors[2].aliases = {text};
        d.sources[1].publishedNote = text;
        d.reindex();
        const QByteArray bytes = DatasetJsonWriter::write(d);
        QCOMPARE(TextUtil::firstInvalidUtf8(bytes), qsizetype(-1));
        for (const char c : bytes)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', qPrintable(text));
        QVERIFY(!bytes.contains("\xC2\x85") && !bytes.contains("\xE2\x80\xA8") &&
                !bytes.contains("\xE2\x80\xA9"));
        const QJsonObject oracle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(oracle[QLatin1String("claims")][1][QLatin1String("statement")].toString(), text);
        auto back = DatasetJsonReader::read(bytes, QStringLiteral("r.json"));
        QVERIFY2(back.ok(), qPrintable(TestSupport::joined(back.problems)));
        QCOMPARE(back.dataset.claims[1].statement, text);
        QVERIFY2(back.dataset.sameRecords(d), qPrintable(QString::number(round)));
        QCOMPARE(DatasetJsonWriter::write(back.dataset), bytes);
    }
}

QTEST_GUILESS_MAIN(TestDatasetJson)
#include "tst_datasetjson.moc"
