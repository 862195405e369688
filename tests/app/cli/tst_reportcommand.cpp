#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runDossier;

/// `dossier report` end to end: the program, headless, on a database of the mini dataset;
/// the PDF read back with pdftotext (poppler-utils).
class TestReportCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void filteredReport();
    void fullReport();
    void sameTextTwice();
    void emptyResultIsOnePage();
    void usageErrors_data();
    void usageErrors();
    void unwritableOutput();

private:
    TestSupport::Run report(const QStringList &arguments);
    /// The PDF's text, with runs of white space (line and column breaks) made one space.
    QString text(const QString &pdf);
    static QRegularExpression mediaBox(int width, int height)
    {
        return QRegularExpression(
            QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+%1(\\.0+)?\\s+%2(\\.0+)?\\s*\\]")
                .arg(width)
                .arg(height));
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_database;
    QString m_pdftotext;
};

void TestReportCommand::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

void TestReportCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_database = m_home->filePath(QStringLiteral("mini.sqlite"));
    const auto run =
        runDossier({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("mini.json")),
                    QStringLiteral("--database"), m_database},
                   m_home->path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

TestSupport::Run TestReportCommand::report(const QStringList &arguments)
{
    return runDossier(
        QStringList{QStringLiteral("report"), QStringLiteral("--database"), m_database} + arguments,
        m_home->path());
}

QString TestReportCommand::text(const QString &pdf)
{
    if (m_pdftotext.isEmpty())
        return QString();
    QProcess process;
    process.start(m_pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return QString();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput()).replace(space, QStringLiteral(" "));
}

void TestReportCommand::filteredReport()
{
    const QString pdf = m_home->filePath(QStringLiteral("dupont-2024.pdf"));
    const auto run =
        report({QStringLiteral("--actor"), QStringLiteral("Jeanne Dupont"),
                QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty() || !run.err.contains("Writing page")); // stderr is no terminal
    QVERIFY(read(pdf).startsWith("%PDF-"));
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text(pdf);
    QVERIFY2(t.contains(QStringLiteral("Actors: Jeanne Dupont · Years: 2024")), qPrintable(t));
    // In: c2 and c5, Dupont's suit.
    for (const char *in : {"Dupont sued Acme", "suit was filed in February 2024"})
        QVERIFY2(t.contains(QLatin1String(in)), in);
    // Out: c1 (2015), c3 (Acme's answer: Acme alone) and c4 (Banque Zeta's funding),
    // statements and quotes alike.
    for (const char *out : {"founded Acme", "fondée en 2015", "groundless", "Acme répond",
                            "13 billion euros", "milliards"})
        QVERIFY2(!t.contains(QString::fromUtf8(out)), out);
    // Actors and French quotes, with their guillemets and apostrophes.
    QVERIFY(t.contains(QStringLiteral("Jeanne Dupont")));
    QVERIFY(t.contains(QStringLiteral("Acme")));
    QVERIFY2(t.contains(QStringLiteral("« trahi sa mission »")), qPrintable(t));
    QVERIFY(t.contains(QStringLiteral("l’accusant d’avoir")));
    QVERIFY(
        t.contains(QStringLiteral("La plainte de Jeanne Dupont a été déposée en février 2024.")));
    QVERIFY(t.contains(QStringLiteral("Le Courrier du Test")));
    // Page numbers and the running header.
    QVERIFY(t.contains(QStringLiteral("Page 1 of ")));
}

void TestReportCommand::fullReport()
{
    const QString pdf = m_home->filePath(QStringLiteral("all.pdf"));
    const auto run =
        report({QStringLiteral("-o"), pdf, QStringLiteral("--title"), QStringLiteral("Acme file"),
                QStringLiteral("--page-size"), QStringLiteral("Letter")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("5 claims"));
    const QByteArray bytes = read(pdf);
    QVERIFY(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(QString::fromLatin1(bytes).contains(mediaBox(612, 792)));
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text(pdf);
    QVERIFY(t.contains(QStringLiteral("Acme file")));
    for (const char *in : {"founded Acme", "13 billion euros", "Banque Zeta", "Gazette Exemple",
                           "Points of conflict", "The sources disagree on the month",
                           "e83c7622dcfabe941ad7b5fdf7358f6e39ccb2b4cf799f9a1f9e98238d1c85a5"})
        QVERIFY2(t.contains(QLatin1String(in)), in);
}

void TestReportCommand::sameTextTwice()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString first = m_home->filePath(QStringLiteral("1.pdf"));
    const QString second = m_home->filePath(QStringLiteral("2.pdf"));
    QCOMPARE(
        report({QStringLiteral("--kind"), QStringLiteral("event"), QStringLiteral("-o"), first})
            .exitCode,
        0);
    QCOMPARE(
        report({QStringLiteral("--kind"), QStringLiteral("event"), QStringLiteral("-o"), second})
            .exitCode,
        0);
    const QString t = text(first);
    QVERIFY(!t.isEmpty());
    QCOMPARE(text(second), t);

    // The generation date can be pinned, for documents regenerated on another day.
    QCOMPARE(report({QStringLiteral("--date"), QStringLiteral("2020-02-29"), QStringLiteral("-o"),
                     first})
                 .exitCode,
             0);
    QVERIFY(text(first).contains(QStringLiteral("2020-02-29")));
}

void TestReportCommand::emptyResultIsOnePage()
{
    const QString pdf = m_home->filePath(QStringLiteral("none.pdf"));
    const auto run =
        report({QStringLiteral("--year"), QStringLiteral("1999"), QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("1 pages") || run.out.contains("(1 page"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    QCOMPARE(int(QString::fromLatin1(read(pdf)).count(page)), 1);
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text(pdf).contains(QStringLiteral("No claim")));
}

void TestReportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no output") << QStringList{};
    QTest::newRow("bad page size") << QStringList{"--page-size", "A3", "-o", "x.pdf"};
    QTest::newRow("unknown actor") << QStringList{"--actor", "Nobody", "-o", "x.pdf"};
    QTest::newRow("bad year") << QStringList{"--year", "24", "-o", "x.pdf"};
    QTest::newRow("bad date") << QStringList{"--date", "yesterday", "-o", "x.pdf"};
    QTest::newRow("stray argument") << QStringList{"file.pdf"};
}

void TestReportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const auto run = report(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("dossier: "), run.err.constData());
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("x.pdf"))));
}

void TestReportCommand::unwritableOutput()
{
    QFile blocker(m_home->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString pdf = blocker.fileName() + QStringLiteral("/report.pdf");
    const auto run = report({QStringLiteral("-o"), pdf});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot write") && run.err.contains(pdf.toUtf8()),
             run.err.constData());
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
