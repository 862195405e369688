#pragma once

#include "models/filter/ClaimFilter.h"
#include "models/report/ReportContent.h"
#include "models/report/ReportWriter.h"
#include "models/viewmodels/ChartPainter.h"

#include <QObject>
#include <QPageSize>
#include <functional>

class Dataset;
class Markup;
class QAction;
class QPrinter;
class QWidget;

/// File ▸ Print…, Print Preview… and Export Report as PDF…: the dispute summary report of
/// the current filter, sent to the system's print dialog, a preview or a PDF file, with a
/// progress dialog that can cancel. The window only adds the actions to its menu.
///
/// Every dialog goes through a seam (Dialogs) so tests can drive the controller without
/// modal windows.
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    struct Dialogs
    {
        /// The PDF's path, or empty when the user cancels.
        std::function<QString(QWidget *parent, const QString &suggestedPath)> pdfFileName;
        /// Lets the user set up the printer; false when they cancel.
        std::function<bool(QWidget *parent, QPrinter *printer)> printSetup;
        /// Shows a preview of what `paint` paints on the printer, until the user closes it.
        std::function<void(QWidget *parent, QPrinter *printer,
                           const std::function<void(QPrinter *)> &paint)>
            preview;
        /// The progress of a long job: returns the callback the writer calls per page.
        std::function<ReportProgress(QWidget *parent, const QString &label)> progress;
        std::function<void(QWidget *parent, const QString &title, const QString &message)> error;
    };
    /// The system's dialogs: QFileDialog, QPrintDialog, QPrintPreviewDialog, QProgressDialog,
    /// QMessageBox.
    static Dialogs systemDialogs();

    /// `currentFilter` is asked at each print, so the report follows the dashboard's filter.
    ReportActions(std::function<ClaimFilter()> currentFilter, ChartPainter chart, QWidget *window);
    ~ReportActions() override;

    /// The dataset to report on (it must outlive its use here) and the sha256 of its JSON;
    /// nullptr disables the actions.
    void setDataset(const Dataset *dataset, const QString &datasetSha256);
    void setChartPainter(ChartPainter chart) { m_chart = std::move(chart); }
    /// The user's markup the filter's key and tag parts read and the report lists (null: none;
    /// it must outlive its use here).
    void setMarkup(const Markup *markup) { m_markup = markup; }
    /// The page size the next print, preview or PDF starts from (Preferences).
    void setPageSize(const QPageSize &size) { m_pageSize = size; }
    void setDialogs(Dialogs dialogs) { m_dialogs = std::move(dialogs); }

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportPdfAction() const { return m_exportPdf; }

    /// The report as it would print now.
    ReportContent currentContent() const;

    /// Writes the report to `path` without asking; errors go to Dialogs::error.
    ReportWriter::Status exportPdf(const QString &path);

public slots:
    void print();
    void preview();
    void exportPdf();

signals:
    void pdfWritten(const QString &path, int pages);
    void printed(int pages);

private:
    ReportWriter::Status paintOn(QPrinter *printer, const ReportContent &content);
    void showError(const QString &message);

    std::function<ClaimFilter()> m_currentFilter;
    ChartPainter m_chart;
    QWidget *m_window;
    const Dataset *m_dataset = nullptr;
    const Markup *m_markup = nullptr;
    QString m_datasetSha256;
    QPageSize m_pageSize;
    QString m_lastPdf;
    Dialogs m_dialogs;
    QAction *m_print;
    QAction *m_preview;
    QAction *m_exportPdf;
};
