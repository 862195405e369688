// `dossier FILE`, as a file manager runs the desktop entry: which files open the window and
// with what, told by their first bytes; and what is refused with a usage error.
#include "app/cli/CommandLine.h"
#include "models/viewmodels/SavedViews.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using CommandLine::FileRole;

Q_DECLARE_METATYPE(CommandLine::FileRole)

namespace {

const QByteArray SqliteHeader("SQLite format 3\0", 16);

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void fileRole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<FileRole>("role");
        QTest::newRow("a SQLite database")
            << "d.sqlite" << SqliteHeader + QByteArray(84, '\0') << FileRole::Database;
        QTest::newRow("a database of any name")
            << "backup" << SqliteHeader + QByteArray(84, '\0') << FileRole::Database;
        QTest::newRow("a dataset")
            << "d.dossier.json" << TestSupport::miniJson() << FileRole::Dataset;
        QTest::newRow("a JSON object after a byte-order mark and blank lines")
            << "d.json" << QByteArray("\xEF\xBB\xBF\r\n\t {\"format\": 1}") << FileRole::Dataset;
        QTest::newRow("a JSON object named otherwise")
            << "d.txt" << QByteArray("{}") << FileRole::Dataset;
        QTest::newRow("a JSON array") << "a.json" << QByteArray("[1, 2]") << FileRole::Other;
        QTest::newRow("an empty file") << "e.json" << QByteArray() << FileRole::Other;
        QTest::newRow("text") << "notes.txt" << QByteArray("notes\n") << FileRole::Other;
        QTest::newRow("half a SQLite header")
            << "h.sqlite" << QByteArray("SQLite format") << FileRole::Other;
    }

    void fileRole()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(FileRole, role);
        const QString path = m_dir.filePath(name);
        QVERIFY(write(path, bytes));
        QCOMPARE(CommandLine::fileRole(path), role);
    }

    // Never opened: a missing file, a folder, and a named pipe (reading it would wait for a
    // writer that never comes).
    void notAFile()
    {
        QCOMPARE(CommandLine::fileRole(m_dir.filePath(QStringLiteral("missing.json"))),
                 FileRole::NotAFile);
        QCOMPARE(CommandLine::fileRole(m_dir.path()), FileRole::NotAFile);
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        QCOMPARE(CommandLine::fileRole(fifo), FileRole::NotAFile);
    }

    // In the arguments, %DIR% stands for a folder holding "d.sqlite" (a database),
    // "d.dossier.json" (a dataset) and "notes.txt" (neither).
    void windowOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("dataset");
        QTest::newRow("no argument") << QStringList{} << true << 0 << ""
                                     << "";
        QTest::newRow("--database")
            << QStringList{"--database", "%DIR%/d.sqlite"} << true << 0 << "%DIR%/d.sqlite"
            << "";
        QTest::newRow("a database")
            << QStringList{"%DIR%/d.sqlite"} << true << 0 << "%DIR%/d.sqlite"
            << "";
        QTest::newRow("a dataset, to import")
            << QStringList{"%DIR%/d.dossier.json"} << true << 0 << ""
            << "%DIR%/d.dossier.json";
        QTest::newRow("a dataset, named from the working folder")
            << QStringList{"./d.dossier.json"} << true << 0 << ""
            << "%DIR%/d.dossier.json";
        QTest::newRow("a dataset and --database")
            << QStringList{"--database", "%DIR%/d.sqlite", "%DIR%/d.dossier.json"} << true << 0
            << "%DIR%/d.sqlite"
            << "%DIR%/d.dossier.json";
        QTest::newRow("a database and --database")
            << QStringList{"--database", "%DIR%/other.sqlite", "%DIR%/d.sqlite"} << false << 2 << ""
            << "";
        QTest::newRow("a word") << QStringList{"nosuchword"} << false << 2 << ""
                                << "";
        QTest::newRow("a missing file")
            << QStringList{"%DIR%/missing.dossier.json"} << false << 2 << ""
            << "";
        QTest::newRow("a folder") << QStringList{"%DIR%/"} << false << 2 << ""
                                  << "";
        QTest::newRow("neither a database nor a dataset")
            << QStringList{"%DIR%/notes.txt"} << false << 2 << ""
            << "";
        QTest::newRow("two files")
            << QStringList{"%DIR%/d.dossier.json", "%DIR%/d.sqlite"} << false << 2 << ""
            << "";
        QTest::newRow("help") << QStringList{"%DIR%/d.sqlite", "--help"} << false << 0 << ""
                              << "";
    }

    void windowOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, opens);
        QFETCH(int, exitCode);
        QFETCH(QString, database);
        QFETCH(QString, dataset);
        QVERIFY(
            write(m_dir.filePath(QStringLiteral("d.sqlite")), SqliteHeader + QByteArray(84, '\0')));
        QVERIFY(write(m_dir.filePath(QStringLiteral("d.dossier.json")), TestSupport::miniJson()));
        QVERIFY(write(m_dir.filePath(QStringLiteral("notes.txt")), "notes\n"));
        const QString dir = m_dir.path();
        for (QString &argument : arguments)
            argument.replace(QLatin1String("%DIR%"), dir);
        database.replace(QLatin1String("%DIR%"), dir);
        dataset.replace(QLatin1String("%DIR%"), dir);
        arguments.prepend(QStringLiteral("dossier"));

        const QString before = QDir::currentPath();
        QDir::setCurrent(dir);
        CommandLine::WindowOptions options;
        int code = -1;
        const bool opened = CommandLine::parseWindowOptions(arguments, &options, &code);
        QDir::setCurrent(before);
        QCOMPARE(opened, opens);
        if (!opens) {
            QCOMPARE(code, exitCode);
            return;
        }
        QCOMPARE(options.database, database);
        QCOMPARE(options.dataset, dataset);
    }

    // `dossier --view NAME` opens the window on a saved view; a name never saved is a usage
    // error that lists the saved ones.
    void viewOption_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("opens");
        QTest::newRow("saved") << "Suit" << true;
        QTest::newRow("saved, another case") << "suit" << true;
        QTest::newRow("never saved") << "nope" << false;
    }

    void viewOption()
    {
        QFETCH(QString, name);
        QFETCH(bool, opens);
        QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
        QCoreApplication::setApplicationName(QStringLiteral("dossier"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        {
            QSettings settings;
            SavedView view;
            view.name = QStringLiteral("Suit");
            SavedViews::store(settings, {view});
        }
        CommandLine::WindowOptions options;
        int code = -1;
        const bool opened = CommandLine::parseWindowOptions(
            {QStringLiteral("dossier"), QStringLiteral("--view"), name}, &options, &code);
        QCOMPARE(opened, opens);
        if (opens)
            QCOMPARE(options.view, name);
        else
            QCOMPARE(code, 2);
    }

private:
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
