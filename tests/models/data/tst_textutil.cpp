// The text helpers every display and message relies on: isolating text for direction, writing
// controls out of messages, cutting between characters, and the format's character rules.
#include "models/data/Problem.h"
#include "models/data/TextRules.h"
#include "models/data/TextUtil.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

namespace {

const QChar Fsi(0x2068);
const QChar Pdi(0x2069);

} // namespace

class TestTextUtil : public QObject
{
    Q_OBJECT
private slots:
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
    void firstInvalidUtf8IsLongestValidPrefix();
    void sha256Hex_data();
    void sha256Hex();
    void isolated_data();
    void isolated();
    void isolatedIsAlwaysBalanced();
    void printable_data();
    void printable();
    void problemsArePrintable();
    void fromUtf8KeepsALeadingFeff();
    void truncated_data();
    void truncated();
    void visible_data();
    void visible();
};

void TestTextUtil::firstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    const auto row = [](const char *name, QByteArray bytes, qsizetype offset) {
        QTest::newRow(name) << bytes << offset;
    };
    row("empty", {}, -1);
    row("ascii", "plain text\n", -1);
    row("two, three and four bytes", "\xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", -1);
    row("noncharacter U+FFFF", "\xEF\xBF\xBF", -1);
    row("NUL bytes are valid", QByteArray("a\0b\0", 4), -1);
    row("byte order mark", "\xEF\xBB\xBF{}", -1);
    row("latin-1 byte", "caf\xE9", 3);
    row("lone continuation", "ab\x80", 2);
    row("0xFF", "\xFF", 0);
    row("overlong slash", "\xC0\xAF", 0);
    row("overlong three bytes", "x\xE0\x80\xAF", 1);
    row("encoded surrogate", "x\xED\xA0\x80", 1);
    row("past U+10FFFF", "\xF4\x90\x80\x80", 0);
    row("cut short at the end", "abc\xE2\x82", 3);
    row("cut short before ascii", "\xE2\x82x", 0);
    row("after two-byte characters", "\xC3\xA9\xC3\xA9\xFF", 4);
    row("after a four-byte character", "\xF0\x9F\x98\x80\x80", 4);
    row("after a byte order mark",
        "\xEF\xBB\xBF"
        "a\xC0\xAF",
        4);
    row("after NUL bytes", QByteArray("a\0\0b\xFF", 5), 4);
    row("right after a NUL byte", QByteArray("\0\xC3", 2), 1);
    row("after a long ascii run", QByteArray(1000, 'a') + "\xC3(", 1000);
}

void TestTextUtil::firstInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(TextUtil::firstInvalidUtf8(bytes), offset);
}

// On random text, the offset is where the longest valid prefix ends: the bytes before it are
// valid UTF-8, and no character that starts there completes within four bytes.
void TestTextUtil::firstInvalidUtf8IsLongestValidPrefix()
{
    const QByteArray pieces[] = {
        "a",    "\n",   "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", QByteArray(1, '\0'),
        "\x80", "\xC3", "\xE2\x82", "\xED\xA0\x80", "\xC0\xAF",         "\xFF"};
    QRandomGenerator random(7);
    int invalid = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int count = int(random.bounded(40));
        for (int i = 0; i < count; ++i)
            // Mostly valid pieces, so that an invalid one often comes late.
            bytes += pieces[random.bounded(10) < 8 ? random.bounded(6) : random.bounded(12)];
        const qsizetype offset = TextUtil::firstInvalidUtf8(bytes);
        const QByteArrayView view(bytes);
        if (offset < 0) {
            QVERIFY(view.isValidUtf8());
            continue;
        }
        ++invalid;
        QVERIFY2(offset < bytes.size(), bytes.toHex(' ').constData());
        QVERIFY2(view.first(offset).isValidUtf8(), bytes.toHex(' ').constData());
        for (qsizetype k = 1; k <= 4 && offset + k <= bytes.size(); ++k)
            QVERIFY2(!view.first(offset + k).isValidUtf8(), bytes.toHex(' ').constData());
    }
    QVERIFY(invalid > 1000);
}

void TestTextUtil::sha256Hex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    // Lengths around the 64-byte block and the 56 bytes after which the length needs a block
    // of its own, checked against Qt's implementation.
    QRandomGenerator random(11);
    for (const int size : {1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 100003}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        QTest::addRow("%d random bytes", size)
            << bytes
            << QString::fromLatin1(
                   QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
}

void TestTextUtil::sha256Hex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::sha256Hex(bytes), expected);
}

void TestTextUtil::isolated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto wrapped = [](const QString &inner) { return Fsi + inner + Pdi; };
    QTest::newRow("left to right: as it is") << "Elon Musk"
                                             << "Elon Musk";
    QTest::newRow("accents: as they are") << "Élodie Dupré"
                                          << "Élodie Dupré";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("Arabic") << "\u0645\u062d\u0645\u062f" << wrapped("\u0645\u062d\u0645\u062f");
    QTest::newRow("Hebrew in a Latin name") << "Acme \u05d0" << wrapped("Acme \u05d0");
    QTest::newRow("Arabic-Indic digits") << "\u0661\u0662" << wrapped("\u0661\u0662");
    QTest::newRow("override left open: closed")
        << "\u202eRTL-override actor" << wrapped("\u202eRTL-override actor\u202c");
    QTest::newRow("left-to-right override left open") << "a\u202db" << wrapped("a\u202db\u202c");
    QTest::newRow("embedding left open: closed") << "\u202bx" << wrapped("\u202bx\u202c");
    QTest::newRow("balanced: kept") << "\u202bx\u202c" << wrapped("\u202bx\u202c");
    QTest::newRow("isolate left open: closed") << "\u2067x" << wrapped("\u2067x\u2069");
    QTest::newRow("stray isolate close: dropped") << "x\u2069\u202ey" << wrapped("x\u202ey\u202c");
    QTest::newRow("stray embedding close: dropped") << "x\u202cy" << wrapped("xy");
    QTest::newRow("isolate close inside an embedding")
        << "\u2066a\u202bb\u2069c" << wrapped("\u2066a\u202bb\u202c\u2069c");
    QTest::newRow("embedding close inside an isolate: dropped")
        << "\u202aa\u2066b\u202cc" << wrapped("\u202aa\u2066bc\u2069\u202c");
    QTest::newRow("emoji: as it is") << "\U0001F680 launch"
                                     << "\U0001F680 launch";
}

void TestTextUtil::isolated()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::isolated(text), expected);
}

// Property: whatever the text, what isolated() gives opens nothing it does not close and
// closes nothing it did not open, so it cannot act on the text around it.
void TestTextUtil::isolatedIsAlwaysBalanced()
{
    static const char16_t pieces[] = {u'a',   u' ',   u'1',   0x05D0, 0x0661, 0x202A,
                                      0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                                      0x2068, 0x2069, 0x200E, 0x200F};
    QRandomGenerator random(17);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        for (int i = random.bounded(12); i > 0; --i)
            text += QChar(pieces[random.bounded(int(std::size(pieces)))]);
        const QString out = TextUtil::isolated(text);
        QVERIFY2(TextRules::check(out, TextRules::Lines::One).issue == TextRules::Issue::None,
                 qPrintable(QString::fromLatin1(out.toUtf8().toHex())));
        if (out != text)
            QVERIFY(out.startsWith(Fsi) && out.endsWith(Pdi));
    }
}

void TestTextUtil::printable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "claim c1, field 'date'"
                           << "claim c1, field 'date'";
    QTest::newRow("French and emoji") << "d’OpenAI é \U0001F680"
                                      << "d’OpenAI é \U0001F680";
    QTest::newRow("terminal title") << "\u001b]0;pwned\u0007"
                                    << "<U+001B>]0;pwned<U+0007>";
    QTest::newRow("line feed and tab") << "a\nb\tc"
                                       << "a<U+000A>b<U+0009>c";
    QTest::newRow("DEL and C1") << "\u007f\u0085\u009b"
                                << "<U+007F><U+0085><U+009B>";
    QTest::newRow("direction controls") << "\u202eabc\u2066\u200f"
                                        << "<U+202E>abc<U+2066><U+200F>";
    QTest::newRow("separators") << "a\u2028b\u2029"
                                << "a<U+2028>b<U+2029>";
    QTest::newRow("noncharacters") << "\ufdd0\U0010FFFF"
                                   << "<U+FDD0><U+10FFFF>";
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u'x' << "<U+D800>x";
}

void TestTextUtil::printable()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::printable(text), expected);
}

// A problem quotes its input (a file name, a key, a value): its message never carries a
// control character.
void TestTextUtil::problemsArePrintable()
{
    const Problem p{QStringLiteral("d\u001b[2J.json"),
                    QStringLiteral("claims[0]"),
                    QStringLiteral("\u001b]0;x\u0007"),
                    QStringLiteral("unknown field"),
                    3,
                    4};
    QCOMPARE(p.toString(), QStringLiteral("d<U+001B>[2J.json:3:4: claims[0], field "
                                          "'<U+001B>]0;x<U+0007>': unknown field"));
}

// Inside a JSON string or a database value, U+FEFF is text: QString::fromUtf8 would drop it.
void TestTextUtil::fromUtf8KeepsALeadingFeff()
{
    const QByteArray bom = "\xEF\xBB\xBF";
    QCOMPARE(TextUtil::fromUtf8Exact(bom.constData(), bom.size()), QString(QChar(0xFEFF)));
    const QByteArray text = bom + "a" + bom;
    QCOMPARE(TextUtil::fromUtf8Exact(text.constData(), text.size()),
             QString(QChar(0xFEFF)) + QLatin1Char('a') + QChar(0xFEFF));
    QCOMPARE(TextUtil::fromUtf8Exact("caf\xC3\xA9", 5), QStringLiteral("café"));
    QCOMPARE(TextUtil::fromUtf8Exact("", 0), QString());
}

void TestTextUtil::truncated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << "Acme" << 10 << "Acme";
    QTest::newRow("exactly") << "Acme" << 4 << "Acme";
    QTest::newRow("cut") << "Banque Zeta" << 7 << "Banque…";
    QTest::newRow("not inside a surrogate pair") << "ab\U0001F680cd" << 4 << "ab…";
    QTest::newRow("not between a letter and its accent") << "abe\u0301cd" << 4 << "ab…";
    QTest::newRow("after the accent") << "abe\u0301cd" << 5 << "abe\u0301…";
}

void TestTextUtil::truncated()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::truncated(text, length), expected);
}

void TestTextUtil::visible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("visible");
    QTest::newRow("letters") << "Acme" << true;
    QTest::newRow("a digit among spaces") << "  1 " << true;
    QTest::newRow("an emoji") << "\U0001F680" << true;
    QTest::newRow("Arabic") << "\u0645" << true;
    QTest::newRow("punctuation") << "…" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces of every kind") << " \u00a0\u2003\u3000" << false;
    QTest::newRow("zero width characters") << "\u200b\u200c\u200d\u2060\ufeff" << false;
    QTest::newRow("direction marks and controls") << "\u200e\u200f\u202e\u202c" << false;
    QTest::newRow("combining marks alone") << "\u0301\u0308\u20dd" << false;
    QTest::newRow("Hangul fillers") << "\u115f\u1160\u3164\uffa0" << false;
    QTest::newRow("braille blank") << "\u2800" << false;
    QTest::newRow("variation selector") << "\ufe0f" << false;
}

void TestTextUtil::visible()
{
    QFETCH(QString, text);
    QFETCH(bool, visible);
    QCOMPARE(TextRules::hasVisibleCharacter(text), visible);
}

QTEST_GUILESS_MAIN(TestTextUtil)
#include "tst_textutil.moc"
