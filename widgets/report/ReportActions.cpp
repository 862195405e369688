#include "widgets/report/ReportActions.h"

#include "models/data/Dataset.h"
#include "models/report/ReportBuilder.h"
#include "models/viewmodels/PlainText.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPainter>
#include <QPicture>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace {

ReportProgress progressDialog(QWidget *parent, const QString &label)
{
    auto dialog = std::make_shared<QPointer<QProgressDialog>>(
        new QProgressDialog(label, ReportActions::tr("Cancel"), 0, 1, parent));
    (*dialog)->setWindowModality(Qt::WindowModal);
    (*dialog)->setMinimumDuration(400);
    (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
    return [dialog](int done, int total) {
        QProgressDialog *d = *dialog;
        if (!d)
            return false;
        d->setMaximum(total);
        d->setValue(done); // processes events while shown, so Cancel works
        const bool go = !d->wasCanceled();
        if (done >= total || !go)
            d->close();
        return go;
    };
}

/// Runs `call` on the GUI thread and waits for it: the worker writing a PDF needs the chart
/// (a QCustomPlot widget) and the progress dialog, which live there.
template <typename Call> void onGuiThread(Call call)
{
    if (QThread::currentThread() == qApp->thread())
        call();
    else
        QMetaObject::invokeMethod(qApp, call, Qt::BlockingQueuedConnection);
}

/// The chart drawn on the GUI thread into a picture the worker replays: vectors still, so the
/// PDF's chart stays sharp. The picture is recorded at the picture's own resolution, at the
/// target's size in it, so the chart lays itself out as it would on the PDF's painter.
ChartPainter chartFromGuiThread(ChartPainter chart)
{
    return [chart](QPainter *painter, const QRectF &target, const QList<int> &claims) {
        if (QThread::currentThread() == qApp->thread()) {
            chart(painter, target, claims);
            return;
        }
        QPicture picture;
        const double deviceDpi = painter->device() ? painter->device()->logicalDpiX() : 96.0;
        const double scale = deviceDpi / picture.logicalDpiX();
        const QRectF recorded(QPointF(), target.size() / scale);
        onGuiThread([&] {
            QPainter recorder(&picture);
            chart(&recorder, recorded, claims);
        });
        painter->save();
        painter->translate(target.topLeft());
        painter->scale(scale, scale);
        painter->drawPicture(QPointF(), picture);
        painter->restore();
    };
}

} // namespace

ReportActions::Dialogs ReportActions::systemDialogs()
{
    Dialogs d;
    d.pdfFileName = [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Export Report as PDF"), suggested,
                                            tr("PDF documents (*.pdf)"));
    };
    d.printSetup = [](QWidget *parent, QPrinter *printer) {
        QPrintDialog dialog(printer, parent);
        dialog.setWindowTitle(tr("Print Report"));
        return dialog.exec() == QDialog::Accepted;
    };
    d.preview = [](QWidget *parent, QPrinter *printer,
                   const std::function<void(QPrinter *)> &paint) {
        QPrintPreviewDialog dialog(printer, parent);
        dialog.setWindowTitle(tr("Print Preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
        dialog.exec();
    };
    d.progress = progressDialog;
    d.error = [](QWidget *parent, const QString &title, const QString &message) {
        QMessageBox::warning(parent, title, PlainText::forAutoText(message));
    };
    return d;
}

ReportActions::ReportActions(std::function<ClaimFilter()> currentFilter, ChartPainter chart,
                             QWidget *window)
    : QObject(window), m_currentFilter(std::move(currentFilter)), m_chart(std::move(chart)),
      m_window(window), m_pageSize(ReportWriter::defaultPageSize()), m_dialogs(systemDialogs())
{
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the summary report of the claims the filter shows"));
    m_preview = new QAction(tr("Print Pre&view…"), this);
    m_preview->setStatusTip(tr("Preview the summary report page by page"));
    m_exportPdf = new QAction(tr("&Export Report as PDF…"), this);
    m_exportPdf->setStatusTip(tr("Save the summary report as a PDF file"));
    connect(m_print, &QAction::triggered, this, qOverload<>(&ReportActions::print));
    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_exportPdf, &QAction::triggered, this, qOverload<>(&ReportActions::exportPdf));
    setDataset(nullptr, QString());
}

ReportActions::~ReportActions() = default;

void ReportActions::setDataset(const Dataset *dataset, const QString &datasetSha256)
{
    m_dataset = dataset;
    m_datasetSha256 = datasetSha256;
    for (QAction *a : {m_print, m_preview, m_exportPdf})
        a->setEnabled(dataset != nullptr);
}

ReportContent ReportActions::currentContent() const
{
    if (!m_dataset)
        return {};
    const ClaimFilter filter = m_currentFilter ? m_currentFilter() : ClaimFilter();
    return ReportBuilder::build(*m_dataset, filter,
                                {QString(), QDate(), m_datasetSha256, m_markup});
}

void ReportActions::showError(const QString &message)
{
    if (m_dialogs.error)
        m_dialogs.error(m_window, tr("Report"), message);
}

ReportWriter::Status ReportActions::paintOn(QPrinter *printer, const ReportContent &content)
{
    const ReportProgress progress = m_dialogs.progress
                                        ? m_dialogs.progress(m_window, tr("Laying out the report…"))
                                        : ReportProgress();
    const auto result = ReportWriter::paint(content, m_chart, printer, progress);
    if (result.status == ReportWriter::Status::Failed)
        showError(tr("The report could not be printed: %1").arg(result.error));
    else if (result.ok())
        emit printed(result.pages);
    return result.status;
}

void ReportActions::print()
{
    if (!m_dataset)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(m_pageSize);
    printer.setDocName(tr("Dispute summary report"));
    if (m_dialogs.printSetup && !m_dialogs.printSetup(m_window, &printer))
        return;
    m_pageSize = printer.pageLayout().pageSize();
    paintOn(&printer, currentContent());
}

void ReportActions::preview()
{
    if (!m_dataset || !m_dialogs.preview)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(m_pageSize);
    printer.setDocName(tr("Dispute summary report"));
    const ReportContent content = currentContent();
    // The preview repaints whenever its page setup changes: no progress dialog there.
    m_dialogs.preview(m_window, &printer,
                      [this, &content](QPrinter *p) { ReportWriter::paint(content, m_chart, p); });
    m_pageSize = printer.pageLayout().pageSize();
}

void ReportActions::exportPdf()
{
    if (!m_dataset || !m_dialogs.pdfFileName)
        return;
    const QString folder = m_lastPdf.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_lastPdf).absolutePath();
    QString path = m_dialogs.pdfFileName(m_window, QDir(folder).filePath(tr("dispute-report.pdf")));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportPdf(path);
}

ReportWriter::Status ReportActions::exportPdf(const QString &path)
{
    if (!m_dataset)
        return ReportWriter::Status::Failed;
    const ReportProgress progress = m_dialogs.progress
                                        ? m_dialogs.progress(m_window, tr("Writing %1…").arg(path))
                                        : ReportProgress();
    // Laid out and painted on the thread pool, so the window keeps painting; each step of
    // progress is handed to the dialog on this thread, whose answer (Cancel) goes back.
    const ReportProgress forwarded = [progress](int done, int total) {
        bool go = true;
        if (progress)
            onGuiThread([&] { go = progress(done, total); });
        return go;
    };
    QFutureWatcher<ReportWriter::Result> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(
        [content = currentContent(), chart = chartFromGuiThread(m_chart), size = m_pageSize, path,
         forwarded] { return ReportWriter::writePdf(content, chart, size, path, forwarded); }));
    if (!watcher.isFinished())
        loop.exec();
    const ReportWriter::Result result = watcher.result();
    if (result.status == ReportWriter::Status::Failed)
        showError(tr("The report was not saved. %1").arg(result.error));
    if (result.ok()) {
        m_lastPdf = path;
        emit pdfWritten(path, result.pages);
    }
    return result.status;
}
