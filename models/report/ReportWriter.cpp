#include "models/report/ReportWriter.h"

#include "models/data/FileKind.h"
#include "models/report/ReportDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

ReportWriter::Result failed(const QString &error)
{
    ReportWriter::Result r;
    r.status = ReportWriter::Status::Failed;
    r.error = error;
    return r;
}

} // namespace

ReportWriter::Result ReportWriter::paint(const ReportContent &content, const ChartPainter &chart,
                                         QPagedPaintDevice *device, const ReportProgress &progress)
{
    const QPageLayout page = device->pageLayout();
    Result result;
    if (progress && !progress(0, ProgressSteps)) {
        result.status = Status::Cancelled;
        return result;
    }
    const ReportDocument doc(content, chart, page, [&progress](qreal laidOut) {
        return !progress || progress(int(laidOut * LayoutSteps), ProgressSteps);
    });
    if (doc.cancelled()) {
        result.status = Status::Cancelled;
        return result;
    }
    result.pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(device))
        return failed(
            QCoreApplication::translate("Report", "cannot start painting on the printer or file"));
    // From the device's pixels to points, with the paper's top-left at the origin.
    const QRectF paintRect = page.paintRect(QPageLayout::Point);
    painter.scale(device->logicalDpiX() / 72.0, device->logicalDpiY() / 72.0);
    painter.translate(-paintRect.topLeft());
    for (int i = 0; i < result.pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return failed(
                QCoreApplication::translate("Report", "the printer or file refused page %1")
                    .arg(i + 1));
        }
        doc.paintPage(&painter, i);
        const int done =
            LayoutSteps + int(qint64(ProgressSteps - LayoutSteps) * (i + 1) / result.pages);
        if (progress && !progress(done, ProgressSteps)) {
            painter.end();
            result.status = Status::Cancelled;
            return result;
        }
    }
    if (!painter.end())
        return failed(
            QCoreApplication::translate("Report", "the printer or file did not accept the report"));
    result.status = Status::Ok;
    return result;
}

ReportWriter::Result ReportWriter::renderPdf(const ReportContent &content,
                                             const ChartPainter &chart, const QPageSize &pageSize,
                                             QByteArray *pdf, const ReportProgress &progress)
{
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    Result result;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Point));
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Dossier %1").arg(QLatin1String(DOSSIER_VERSION)));
        result = paint(content, chart, &writer, progress);
    }
    if (!result.ok())
        pdf->clear();
    return result;
}

ReportWriter::Result ReportWriter::writePdf(const ReportContent &content, const ChartPainter &chart,
                                            const QPageSize &pageSize, const QString &path,
                                            const ReportProgress &progress)
{
    // QSaveFile renames a new file over the target: a device or a pipe would be replaced.
    if (const QString why = FileKind::whyNotWritable(path); !why.isEmpty())
        return failed(QCoreApplication::translate("Report", "cannot write %1: it %2")
                          .arg(QFileInfo(path).absoluteFilePath(), why));
    QSaveFile file(path);
    // Open first: an unwritable folder fails before the work, not after.
    if (!file.open(QIODevice::WriteOnly))
        return failed(QCoreApplication::translate("Report", "cannot write %1: %2")
                          .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    QByteArray pdf;
    Result result = renderPdf(content, chart, pageSize, &pdf, progress);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(QCoreApplication::translate(
                          "Report", "cannot write %1: %2; the file was left as it was")
                          .arg(QFileInfo(path).absoluteFilePath(), why));
    }
    return result;
}

QPageSize ReportWriter::defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}
