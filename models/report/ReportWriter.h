#pragma once

#include "models/report/ReportContent.h"
#include "models/viewmodels/ChartPainter.h"

#include <QPageSize>
#include <QString>
#include <functional>

class QPagedPaintDevice;

/// Called as a report job advances, `done` out of `total` steps (laying the text out, then
/// painting the pages); returning false cancels.
using ReportProgress = std::function<bool(int done, int total)>;

/// Paints a report onto paged devices (a QPdfWriter, a QPrinter, a print preview's
/// printer), one page at a time with its running header and page number, and writes PDF
/// files atomically.
class ReportWriter final
{
public:
    enum class Status
    {
        Ok,
        Cancelled,
        Failed
    };
    struct Result
    {
        Status status = Status::Failed;
        QString error; ///< why, when Failed
        int pages = 0;
        bool ok() const { return status == Status::Ok; }
    };

    /// Lays the report out for the device's page layout and paints every page on it.
    /// The device's page size, orientation and margins are the caller's (a print dialog's).
    static Result paint(const ReportContent &content, const ChartPainter &chart,
                        QPagedPaintDevice *device, const ReportProgress &progress = {});

    /// The report as PDF bytes, on pages of `pageSize`.
    static Result renderPdf(const ReportContent &content, const ChartPainter &chart,
                            const QPageSize &pageSize, QByteArray *pdf,
                            const ReportProgress &progress = {});

    /// Renders, then replaces `path` in one step: on any failure or a cancel, the file is
    /// left as it was (absent or the previous version) and no partial file remains.
    static Result writePdf(const ReportContent &content, const ChartPainter &chart,
                           const QPageSize &pageSize, const QString &path,
                           const ReportProgress &progress = {});

    /// The steps a job's progress counts, and those that laying the text out takes.
    static constexpr int ProgressSteps = 1000;
    static constexpr int LayoutSteps = 400;

    /// A4, or Letter where the locale measures in inches (the US).
    static QPageSize defaultPageSize();
};
