#include "models/filter/ClaimFilter.h"
#include "models/report/ReportBuilder.h"
#include "models/report/ReportWriter.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

class TestReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void validPdf_data();
    void validPdf();
    void emptyFilterGivesOnePage();
    void progressRisesToTheEnd();
    void cancelWhileLayingOut();
    void chartIsVector();
    void unwritablePathLeavesNoFile();
    void cancelKeepsPreviousFile();
    void replacesPreviousFile();
    void emojiAndMarksKeepTheirLine();
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();

private:
    static ReportContent content(const ClaimFilter &filter = {})
    {
        static const Dataset d = TestSupport::miniDataset();
        return ReportBuilder::build(d, filter,
                                    {QString(), QDate(2025, 1, 31), QStringLiteral("00ff")});
    }
    /// Page objects in a PDF (QPdfWriter writes them uncompressed).
    static int pdfPages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
        return int(QString::fromLatin1(pdf).count(page));
    }
    static bool isPdf(const QByteArray &pdf)
    {
        return pdf.startsWith("%PDF-") && pdf.trimmed().endsWith("%%EOF");
    }
    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReportWriter::validPdf_data()
{
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<QString>("mediaBox");
    QTest::newRow("A4") << QPageSize::A4 << QStringLiteral("595 842");
    QTest::newRow("Letter") << QPageSize::Letter << QStringLiteral("612 792");
}

void TestReportWriter::validPdf()
{
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(QString, mediaBox);
    QByteArray pdf;
    const auto result = ReportWriter::renderPdf(content(), {}, QPageSize(size), &pdf);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(isPdf(pdf));
    // Title, overview and chart; chronology; cast, conflicts, sources and notes: a few pages.
    QVERIFY2(result.pages >= 2 && result.pages <= 8, qPrintable(QString::number(result.pages)));
    QCOMPARE(pdfPages(pdf), result.pages);
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)"));
    const auto match = box.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    QCOMPARE(QStringLiteral("%1 %2")
                 .arg(qRound(match.captured(1).toDouble()))
                 .arg(qRound(match.captured(2).toDouble())),
             mediaBox);
    // The fonts are embedded, not left to the reader's machine.
    QVERIFY(pdf.contains("DejaVu"));
}

void TestReportWriter::emptyFilterGivesOnePage()
{
    ClaimFilter none;
    none.fromYear = none.toYear = 1999;
    const QString path = m_dir->filePath(QStringLiteral("empty.pdf"));
    const auto result = ReportWriter::writePdf(content(none), {}, QPageSize(QPageSize::A4), path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(isPdf(pdf));
    QCOMPARE(result.pages, 1);
    QCOMPARE(pdfPages(pdf), 1);
}

void TestReportWriter::progressRisesToTheEnd()
{
    // Laying out, then one step per page, on one scale that only rises and ends full.
    QList<int> done;
    QSet<int> totals;
    QByteArray pdf;
    const auto result =
        ReportWriter::renderPdf(content(), {}, QPageSize(QPageSize::A4), &pdf, [&](int d, int t) {
            done << d;
            totals << t;
            return true;
        });
    QVERIFY(result.ok());
    QCOMPARE(totals, QSet<int>{ReportWriter::ProgressSteps});
    QCOMPARE(done.first(), 0);
    QCOMPARE(done.last(), ReportWriter::ProgressSteps);
    QVERIFY(done.contains(ReportWriter::LayoutSteps)); // the text is laid out, pages follow
    QCOMPARE(done.size() - done.indexOf(ReportWriter::LayoutSteps) - 1, result.pages);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
}

void TestReportWriter::cancelWhileLayingOut()
{
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    int calls = 0;
    const auto result = ReportWriter::writePdf(content(), {}, QPageSize(QPageSize::A4), path,
                                               [&calls](int done, int) {
                                                   ++calls;
                                                   return done < ReportWriter::LayoutSteps;
                                               });
    QCOMPARE(result.status, ReportWriter::Status::Cancelled);
    QCOMPARE(result.pages, 0); // no page painted
    QCOMPARE(calls, 2);
    QVERIFY(!QFile::exists(path));
}

void TestReportWriter::chartIsVector()
{
    // Lines drawn by the chart painter reach the PDF as path operators, not as an image.
    int calls = 0;
    ChartPainter chart = [&](QPainter *p, const QRectF &rect, const QList<int> &) {
        ++calls;
        p->setPen(QPen(Qt::red, 2));
        p->drawLine(rect.topLeft(), rect.bottomRight());
        p->drawText(rect, Qt::AlignCenter, QStringLiteral("Lane Acme"));
    };
    const QString path = m_dir->filePath(QStringLiteral("chart.pdf"));
    const auto result = ReportWriter::writePdf(content(), chart, QPageSize(QPageSize::A4), path);
    QVERIFY(result.ok());
    QCOMPARE(calls, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("/Subtype /Image"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished());
    const QByteArray text = process.readAllStandardOutput();
    QVERIFY2(text.contains("Lane Acme"), text.constData()); // text, not pixels
}

void TestReportWriter::unwritablePathLeavesNoFile()
{
    // A folder that cannot exist (its parent is a file) fails even for root.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = blocker.fileName() + QStringLiteral("/report.pdf");
    int progressCalls = 0;
    const auto result =
        ReportWriter::writePdf(content(), {}, QPageSize(QPageSize::A4), path, [&](int, int) {
            ++progressCalls;
            return true;
        });
    QCOMPARE(result.status, ReportWriter::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("report.pdf")), qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(progressCalls, 0); // failed before the work
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("not-a-folder")});
}

void TestReportWriter::cancelKeepsPreviousFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous report");
    previous.close();
    const auto result = ReportWriter::writePdf(content(), {}, QPageSize(QPageSize::A4), path,
                                               [](int done, int) { return done < 1; });
    QCOMPARE(result.status, ReportWriter::Status::Cancelled);
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("previous report"));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("report.pdf")});
}

void TestReportWriter::replacesPreviousFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous report");
    previous.close();
    const auto result = ReportWriter::writePdf(content(), {}, QPageSize(QPageSize::A4), path);
    QVERIFY(result.ok());
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QVERIFY(isPdf(previous.readAll()));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("report.pdf")});
}

// Emoji, symbols and enclosing marks are drawn from Symbola (fonts-symbola), which embeds as
// outlines: they no longer print as boxes, and the text around them stays in the PDF's text
// (pdftotext used to lose the rest of the line after the first emoji).
void TestReportWriter::emojiAndMarksKeepTheirLine()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Dataset d = TestSupport::miniDataset();
    d.claims[0].statement =
        QStringLiteral("Musk posted \U0001F680, \U0001D54F and \u2728 then cafe\u0301 and "
                       "a\u20dd, all done.");
    d.actors[0].name = QStringLiteral("Jeanne \U0001F600 Dupont");
    d.reindex();
    const ReportContent report =
        ReportBuilder::build(d, {}, {QString(), QDate(2025, 1, 31), QStringLiteral("00ff")});
    const QString path = m_dir->filePath(QStringLiteral("emoji.pdf"));
    QVERIFY(ReportWriter::writePdf(report, {}, QPageSize(QPageSize::A4), path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll().contains("Symbola"), "the symbols come from Symbola");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished());
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_C)
                             .simplified();
    // Qt maps only Basic Multilingual Plane glyphs back to text: the emoji themselves are
    // drawn but not copied. What stands around them must be.
    for (const QString &expected :
         {QStringLiteral("Musk posted"), QStringLiteral("\u2728 then café and a\u20dd, all done."),
          QStringLiteral("Parties: Acme, Jeanne"), QStringLiteral("Dupont, Banque Zeta")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" / ") + text));
}

void TestReportWriter::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("named pipe") << "fifo";
    QTest::newRow("link to a named pipe") << "link";
    QTest::newRow("folder") << "folder";
}

// The window's Export Report as PDF, like the command, writes only regular files: a pipe (or
// a device) chosen in the dialog was replaced by the renamed new file.
void TestReportWriter::refusesWhatIsNotAFile()
{
    QFETCH(QString, kind);
    const QString fifo = m_dir->filePath(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    QString path = fifo;
    if (kind == QLatin1String("link")) {
        path = m_dir->filePath(QStringLiteral("report.pdf"));
        QVERIFY(QFile::link(fifo, path));
    } else if (kind == QLatin1String("folder")) {
        path = m_dir->filePath(QStringLiteral("folder.pdf"));
        QVERIFY(QDir().mkdir(path));
    }
    // A reader, so that a writer opening the pipe would not block, and its bytes would show.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const QStringList before =
        QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    const auto result = ReportWriter::writePdf(content(), {}, QPageSize(QPageSize::A4), path);
    char byte = 0;
    const ssize_t got = ::read(reader, &byte, 1);
    ::close(reader);
    QCOMPARE(result.status, ReportWriter::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("not a")), qPrintable(result.error));
    QVERIFY(got <= 0);
    struct stat st = {};
    QVERIFY(::lstat(QFile::encodeName(fifo).constData(), &st) == 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    QCOMPARE(QDir(m_dir->path())
                 .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
             before);
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
