// Text from a hostile file or a tampered database through the real program: the format's
// character rules hold on every reading path, numbers are never cut short, and no message
// carries a control character to the terminal.
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using TestSupport::runDossier;

namespace {

// Bytes a terminal would act on: C0 controls but the line feed, DEL, and C1 controls as UTF-8.
QString firstControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        const bool c1 = c == 0xC2 && i + 1 < bytes.size() &&
                        static_cast<unsigned char>(bytes[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(bytes[i + 1]) <= 0x9F;
        if ((c < 0x20 && c != '\n') || c == 0x7F || c1)
            return QStringLiteral("byte 0x%1 at %2 in: %3")
                .arg(QString::number(c, 16), QString::number(i), QString::fromUtf8(bytes.toHex()));
    }
    return {};
}

bool sqliteExec(const QString &db, const QByteArray &sql)
{
    sqlite3 *handle = nullptr;
    char *error = nullptr;
    const bool ok = sqlite3_open(db.toUtf8().constData(), &handle) == SQLITE_OK &&
                    sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (error)
        qWarning() << error;
    sqlite3_free(error);
    sqlite3_close(handle);
    return ok;
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tamperedDatabaseRefused_data();
    void tamperedDatabaseRefused();
    void messagesHoldNoControlCharacters_data();
    void messagesHoldNoControlCharacters();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestHostileText::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

void TestHostileText::tamperedDatabaseRefused_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("escape sequence in a statement")
        << QByteArray("UPDATE claims SET statement = 'a' || char(27) || ']0;pwned' || char(7) "
                      "WHERE id = 'c1'")
        << "claim c1, field 'statement': holds U+001B, a control character, at character 2";
    QTest::newRow("C1 control in a name")
        << QByteArray("UPDATE actors SET name = 'Acme' || char(155) || '2J' WHERE id = 'acme'")
        << "actor acme, field 'name': holds U+009B, a control character";
    QTest::newRow("line feed in an alias")
        << QByteArray("UPDATE actor_aliases SET alias = 'Du' || char(10) || 'pont' "
                      "WHERE alias = 'Dupont'")
        << "field 'aliases[0]': holds U+000A (a tab or line break)";
    QTest::newRow("override left open in a name")
        << QByteArray("UPDATE actors SET name = char(8238) || 'RTL-override actor' "
                      "WHERE id = 'banque-zeta'")
        << "holds the direction control U+202E at character 1 without its pair";
    QTest::newRow("name of invisible characters")
        << QByteArray("UPDATE actors SET name = char(8203, 12644) WHERE id = 'acme'")
        << "actor acme, field 'name': shows nothing";
    QTest::newRow("5 MB role")
        << QByteArray("UPDATE claim_actors SET role = printf('%.*c', 5000000, 'r') "
                      "WHERE claim_id = 'c1' AND position = 0")
        << "field 'actors[0].role': is 5000000 characters long; this field holds at most 200";
    QTest::newRow("a hundred aliases")
        << QByteArray(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
               "INSERT INTO actor_aliases(actor_id, position, alias) "
               "SELECT 'banque-zeta', i, 'Zeta ' || i FROM n")
        << "actor banque-zeta, field 'aliases': holds 100 items; this list holds at most 50";
    QTest::newRow("paragraph past 32 bits")
        << QByteArray("UPDATE citations SET paragraph = 4294967298 WHERE claim_id = 'c1'")
        << "a row of table citations: column paragraph is not a whole number";
    QTest::newRow("fractional paragraph")
        << QByteArray("UPDATE citations SET paragraph = 2.5 WHERE claim_id = 'c1'")
        << "column paragraph is not a whole number";
    QTest::newRow("paragraph as text")
        << QByteArray("UPDATE citations SET paragraph = '2x' WHERE claim_id = 'c1'")
        << "column paragraph is not a whole number";
    QTest::newRow("statement not UTF-8")
        << QByteArray("UPDATE claims SET statement = CAST(X'41FF42' AS TEXT) WHERE id = 'c2'")
        << "a row of table claims: column statement is not UTF-8 text";
}

// A database changed by other tools after its import: text the format refuses and numbers
// that do not fit are refused on load, with their record and field, and nothing is written;
// before, export wrote them into a file that import then refused (or cut the number short).
void TestHostileText::tamperedDatabaseRefused()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expected);
    // A database of its own for each row: nothing left by another row's tampering.
    const QString db = m_home->filePath(
        QStringLiteral("tampered-%1.sqlite").arg(qHash(QByteArray(QTest::currentDataTag()))));
    const auto imported =
        runDossier({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                    QStringLiteral("--database"), db},
                   m_home->path());
    QVERIFY2(imported.exitCode == 0,
             qPrintable(QStringLiteral("exit %1: %2")
                            .arg(imported.exitCode)
                            .arg(QString::fromUtf8(imported.err.left(3000)))));
    QVERIFY(sqliteExec(db, sql));
    const QString out = m_home->filePath(QStringLiteral("out.json"));
    const auto run = runDossier(
        {QStringLiteral("export"), QStringLiteral("--database"), db, QStringLiteral("-o"), out},
        m_home->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.left(3000).constData());
    QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));
    QVERIFY(!QFileInfo::exists(out));
}

void TestHostileText::messagesHoldNoControlCharacters_data()
{
    QTest::addColumn<QString>("path");  // in the mini dataset
    QTest::addColumn<QString>("value"); // set there; %1 a control sequence
    QTest::addColumn<QString>("fileName");
    const QString title = QStringLiteral("\u001b]0;pwned\u0007\u001b[2J\u009b2K\u007f");
    QTest::newRow("unknown key") << "claims/0/@" << title << "d.json";
    QTest::newRow("unknown kind") << "claims/0/kind" << title << "d.json";
    QTest::newRow("invalid id") << "actors/0/id" << title << "d.json";
    QTest::newRow("dangling reference") << "claims/0/actors/0/actor" << title << "d.json";
    QTest::newRow("impossible date")
        << "claims/0/date" << QStringLiteral("2024-\u001b[2J") << "d.json";
    QTest::newRow("file name") << "claims/0/kind" << QStringLiteral("rumour")
                               << QStringLiteral("\u001b]0;pwned\u0007.json");
}

// Messages quote the input: a key, a value, the file's own name. Whatever they quote, what
// reaches the terminal holds no control character (they are written "<U+001B>").
void TestHostileText::messagesHoldNoControlCharacters()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, fileName);
    QJsonObject root = TestSupport::miniObject();
    QStringList parts = path.split(QLatin1Char('/'));
    // Enough of a path setter for these rows: record lists, one index, a key (and one more).
    QJsonArray list = root[parts[0]].toArray();
    QJsonObject record = list[parts[1].toInt()].toObject();
    if (parts.size() == 3) {
        record[parts[2] == QLatin1String("@") ? value : parts[2]] = value;
    } else {
        QJsonArray inner = record[parts[2]].toArray();
        QJsonObject item = inner[parts[3].toInt()].toObject();
        item[parts[4]] = value;
        inner[parts[3].toInt()] = item;
        record[parts[2]] = inner;
    }
    list[parts[1].toInt()] = record;
    root[parts[0]] = list;
    const QString file = m_home->filePath(fileName);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestSupport::toJson(root));
    }
    const QString db = m_home->filePath(QStringLiteral("d.sqlite"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("check"), file},
          QStringList{QStringLiteral("import"), file, QStringLiteral("--database"), db}}) {
        const auto run = runDossier(arguments, m_home->path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("<U+001B>") || run.err.contains("<U+001B>"),
                 (run.out + run.err).constData());
        QVERIFY2(firstControl(run.out).isEmpty(), qPrintable(firstControl(run.out)));
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));
    }
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
