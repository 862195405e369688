#include "tests/support/TestSupport.h"
#include "widgets/report/ReportActions.h"

#include <QAction>
#include <QFile>
#include <QPaintDevice>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWidget>

/// Drives the print/preview/export controller through its dialog seams: no modal windows.
class TestReportActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void actionsNeedADataset();
    void exportFollowsTheFilter();
    void exportAddsTheSuffix();
    void cancelledFileDialogWritesNothing();
    void unwritablePathShowsAnError();
    void cancelledProgressKeepsNoFile();
    void exportWritesOnTheThreadPool();
    void printPaintsOnTheChosenPrinter();
    void previewPaintsTheSameReport();

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int pdfPages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
        return int(QString::fromLatin1(pdf).count(page));
    }

    Dataset m_dataset;
    ClaimFilter m_filter;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    ReportActions *m_actions = nullptr;
    QStringList m_errors;
    QString m_chosenPath;
    int m_chartCalls = 0;
};

void TestReportActions::init()
{
    m_dataset = TestSupport::miniDataset();
    m_filter = {};
    m_errors.clear();
    m_chartCalls = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<QWidget>();
    m_actions = new ReportActions(
        [this] { return m_filter; },
        [this](QPainter *, const QRectF &, const QList<int> &) { ++m_chartCalls; }, m_window.get());
    ReportActions::Dialogs dialogs;
    dialogs.pdfFileName = [this](QWidget *, const QString &) { return m_chosenPath; };
    dialogs.error = [this](QWidget *, const QString &, const QString &message) {
        m_errors << message;
    };
    m_actions->setDialogs(dialogs);
    m_actions->setDataset(&m_dataset, QStringLiteral("feedface"));
    m_chosenPath = m_dir->filePath(QStringLiteral("report.pdf"));
}

void TestReportActions::cleanup()
{
    m_window.reset(); // deletes m_actions
    m_actions = nullptr;
}

void TestReportActions::actionsNeedADataset()
{
    QCOMPARE(m_actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(m_actions->printAction()->isEnabled());
    m_actions->setDataset(nullptr, QString());
    for (QAction *a :
         {m_actions->printAction(), m_actions->previewAction(), m_actions->exportPdfAction()})
        QVERIFY(!a->isEnabled());
    m_actions->exportPdfAction()->trigger();
    QVERIFY(!QFile::exists(m_chosenPath));
}

void TestReportActions::exportFollowsTheFilter()
{
    QSignalSpy written(m_actions, &ReportActions::pdfWritten);
    m_actions->exportPdfAction()->trigger();
    QCOMPARE(written.size(), 1);
    const int allPages = written.at(0).at(1).toInt();
    QVERIFY(read(m_chosenPath).startsWith("%PDF-"));
    QCOMPARE(m_chartCalls, 1);
    QVERIFY(m_errors.isEmpty());

    // The filter is read at each export: a filter matching nothing gives one page.
    m_filter.fromYear = m_filter.toYear = 1999;
    QCOMPARE(m_actions->currentContent().claims.size(), 0);
    m_actions->exportPdfAction()->trigger();
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.at(1).at(1).toInt(), 1);
    QVERIFY(allPages > 1);
    QCOMPARE(m_actions->currentContent().datasetSha256, QStringLiteral("feedface"));
}

void TestReportActions::exportAddsTheSuffix()
{
    m_chosenPath = m_dir->filePath(QStringLiteral("summary"));
    m_actions->exportPdfAction()->trigger();
    QVERIFY(read(m_dir->filePath(QStringLiteral("summary.pdf"))).startsWith("%PDF-"));
}

void TestReportActions::cancelledFileDialogWritesNothing()
{
    m_chosenPath.clear();
    QSignalSpy written(m_actions, &ReportActions::pdfWritten);
    m_actions->exportPdfAction()->trigger();
    QCOMPARE(written.size(), 0);
    QVERIFY(m_errors.isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestReportActions::unwritablePathShowsAnError()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_chosenPath = blocker.fileName() + QStringLiteral("/report.pdf");
    m_actions->exportPdfAction()->trigger();
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(m_chosenPath), qPrintable(m_errors.first()));
    QVERIFY(!QFile::exists(m_chosenPath));
}

void TestReportActions::cancelledProgressKeepsNoFile()
{
    ReportActions::Dialogs dialogs;
    dialogs.error = [this](QWidget *, const QString &, const QString &m) { m_errors << m; };
    int calls = 0;
    dialogs.progress = [&calls](QWidget *, const QString &) {
        return [&calls](int done, int) {
            ++calls;
            return done < 1; // the user presses Cancel after the first page
        };
    };
    m_actions->setDialogs(dialogs);
    QCOMPARE(m_actions->exportPdf(m_chosenPath), ReportWriter::Status::Cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(m_errors.isEmpty()); // a cancel is not an error
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

// The PDF is laid out and painted on the thread pool; the chart (a widget) is drawn on the GUI
// thread into a picture the worker replays, and the progress dialog is asked on the GUI thread.
void TestReportActions::exportWritesOnTheThreadPool()
{
    QList<int> chartDevices;
    QList<bool> chartOnGuiThread;
    m_actions->setChartPainter([&](QPainter *painter, const QRectF &target, const QList<int> &) {
        chartDevices << painter->device()->devType();
        chartOnGuiThread << (QThread::currentThread() == qApp->thread());
        painter->drawText(target, Qt::AlignCenter, QStringLiteral("Chart drawn here"));
    });
    QList<bool> progressOnGuiThread;
    ReportActions::Dialogs dialogs;
    dialogs.error = [this](QWidget *, const QString &, const QString &m) { m_errors << m; };
    dialogs.progress = [&](QWidget *, const QString &) {
        return [&](int, int) {
            progressOnGuiThread << (QThread::currentThread() == qApp->thread());
            return true;
        };
    };
    m_actions->setDialogs(dialogs);
    QCOMPARE(m_actions->exportPdf(m_chosenPath), ReportWriter::Status::Ok);
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(chartDevices, QList<int>{QInternal::Picture}); // recorded, not on the PDF itself
    QCOMPARE(chartOnGuiThread, QList<bool>{true});
    QVERIFY(!progressOnGuiThread.isEmpty());
    QVERIFY(!progressOnGuiThread.contains(false));
    // The recorded chart is in the PDF, as text a reader can find.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed to read the PDF back");
    QProcess text;
    text.start(pdftotext, {m_chosenPath, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QVERIFY2(text.readAllStandardOutput().contains("Chart drawn here"), "the chart is missing");
}

void TestReportActions::printPaintsOnTheChosenPrinter()
{
    const QString out = m_dir->filePath(QStringLiteral("printed.pdf"));
    ReportActions::Dialogs dialogs;
    dialogs.printSetup = [&](QWidget *, QPrinter *printer) {
        // What the user picks in the print dialog: here a PDF printer on Letter paper.
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(out);
        printer->setPageSize(QPageSize(QPageSize::Letter));
        return true;
    };
    m_actions->setDialogs(dialogs);
    QSignalSpy printed(m_actions, &ReportActions::printed);
    m_actions->printAction()->trigger();
    QCOMPARE(printed.size(), 1);
    const QByteArray pdf = read(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    static const QRegularExpression letter(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+612(\\.0+)?\\s+792(\\.0+)?\\s*\\]"));
    QVERIFY(QString::fromLatin1(pdf).contains(letter)); // Letter, as chosen

    // A cancelled print dialog prints nothing.
    dialogs.printSetup = [](QWidget *, QPrinter *) { return false; };
    m_actions->setDialogs(dialogs);
    m_actions->printAction()->trigger();
    QCOMPARE(printed.size(), 1);
}

void TestReportActions::previewPaintsTheSameReport()
{
    const QString out = m_dir->filePath(QStringLiteral("preview.pdf"));
    int paints = 0;
    ReportActions::Dialogs dialogs;
    dialogs.preview = [&](QWidget *, QPrinter *printer,
                          const std::function<void(QPrinter *)> &paint) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(out);
        paint(printer);
        ++paints;
    };
    m_actions->setDialogs(dialogs);
    m_actions->previewAction()->trigger();
    QCOMPARE(paints, 1);
    QCOMPARE(m_chartCalls, 1);
    const QByteArray preview = read(out);
    QVERIFY(preview.startsWith("%PDF-"));

    const QString exported = m_dir->filePath(QStringLiteral("exported.pdf"));
    QCOMPARE(m_actions->exportPdf(exported), ReportWriter::Status::Ok);
    QCOMPARE(pdfPages(preview), pdfPages(read(exported)));
    QVERIFY(pdfPages(preview) > 1);
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
