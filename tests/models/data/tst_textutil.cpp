#include "models/data/TextUtil.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

class TestTextUtil : public QObject
{
    Q_OBJECT
private slots:
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
    void firstInvalidUtf8IsLongestValidPrefix();
    void sha256Hex_data();
    void sha256Hex();
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

QTEST_GUILESS_MAIN(TestTextUtil)
#include "tst_textutil.moc"
