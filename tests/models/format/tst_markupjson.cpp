#include "models/format/MarkupJson.h"

#include <QTest>

namespace {

// Text a careless writer or reader would change: bidi controls, markup-looking text, quotes,
// backslashes, a line break, an emoji and a C1 control.
const QString Hostile = QStringLiteral("\u202Eevil\u202C <b>bold</b> &amp; \"quoted\" \\n "
                                       "'single'\nline two \U0001F600 \u0085 \u2066x\u2069");

Markup hostileMarkup()
{
    Markup markup;
    markup.set(QStringLiteral("c-1"),
               {.key = true,
                .tags = {QStringLiteral("<i>tag</i>"), QStringLiteral("\"q\"")},
                .note = Hostile});
    markup.set(QStringLiteral("c-2"), {.key = false, .tags = {}, .note = QStringLiteral("  x  ")});
    // A claim the dataset no longer holds keeps its markup.
    markup.set(QStringLiteral("removed-claim"), {.key = true, .tags = {}, .note = {}});
    markup.setColour(QStringLiteral("<i>tag</i>"), QStringLiteral("#a0b1c2"));
    markup.setColour(QStringLiteral("unused"), QStringLiteral("#000000"));
    return markup;
}

} // namespace

class TestMarkupJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverything()
    {
        const Markup markup = hostileMarkup();
        const QByteArray bytes = MarkupJson::write(markup);
        QStringList problems;
        const auto back = MarkupJson::read(bytes, &problems);
        QVERIFY2(back, qPrintable(problems.join(u'\n')));
        QCOMPARE(back->of(QStringLiteral("c-1")).note, Hostile);
        QCOMPARE(back->of(QStringLiteral("c-2")).note, QStringLiteral("  x  "));
        QVERIFY(back->of(QStringLiteral("removed-claim")).key);
        QCOMPARE(back->colourOf(QStringLiteral("<i>tag</i>")), QStringLiteral("#a0b1c2"));
        QVERIFY(*back == markup);
        // The same markup, the same bytes.
        QCOMPARE(MarkupJson::write(*back), bytes);
    }

    void emptyMarkupRoundTrips()
    {
        QStringList problems;
        const auto back = MarkupJson::read(MarkupJson::write(Markup()), &problems);
        QVERIFY(back);
        QVERIFY(back->isEmpty());
    }

    void readRefusesWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no format") << QByteArray(R"({"version": 1, "claims": []})");
        QTest::newRow("wrong version")
            << QByteArray(R"({"format": "dossier-markup", "version": 2, "claims": []})");
        QTest::newRow("unknown field")
            << QByteArray(R"({"format": "dossier-markup", "version": 1, "stars": []})");
        QTest::newRow("claims not a list")
            << QByteArray(R"({"format": "dossier-markup", "version": 1, "claims": {}})");
        QTest::newRow("claim without id") << QByteArray(
            R"({"format": "dossier-markup", "version": 1, "claims": [{"key": true}]})");
        QTest::newRow("key not bool") << QByteArray(
            R"({"format": "dossier-markup", "version": 1, "claims": [{"claim": "c", "key": 1}]})");
        QTest::newRow("tag not text") << QByteArray(
            R"({"format": "dossier-markup", "version": 1, "claims": [{"claim": "c", "tags": [3]}]})");
        QTest::newRow("note not text") << QByteArray(
            R"({"format": "dossier-markup", "version": 1, "claims": [{"claim": "c", "note": []}]})");
        QTest::newRow("claim twice")
            << QByteArray(R"({"format": "dossier-markup", "version": 1, "claims": )"
                          R"([{"claim": "c", "key": true}, {"claim": "c", "key": true}]})");
        QTest::newRow("bad colour")
            << QByteArray(R"({"format": "dossier-markup", "version": 1, "tagColours": )"
                          R"([{"tag": "t", "colour": "red"}]})");
    }

    void readRefusesWrongShapes()
    {
        QFETCH(QByteArray, json);
        QStringList problems;
        QVERIFY(!MarkupJson::read(json, &problems));
        QVERIFY(!problems.isEmpty());
    }

    void pathBeside_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("markup");
        QTest::newRow("json") << "/d/x.json"
                              << "/d/x.markup.json";
        QTest::newRow("double suffix") << "x.dossier.json"
                                       << "x.dossier.markup.json";
        QTest::newRow("no suffix") << "x"
                                   << "x.markup.json";
    }

    void pathBeside()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, markup);
        QCOMPARE(MarkupJson::pathBeside(dataset), markup);
    }
};

QTEST_GUILESS_MAIN(TestMarkupJson)
#include "tst_markupjson.moc"
