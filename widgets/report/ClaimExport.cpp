#include "widgets/report/ClaimExport.h"

#include "models/data/Dataset.h"
#include "models/format/CsvExport.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/format/TimelineJsExport.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/shell/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr ClaimExport::Format AllFormats[] = {ClaimExport::Format::CsvWithBom,
                                              ClaimExport::Format::Csv, ClaimExport::Format::Json,
                                              ClaimExport::Format::TimelineJs};

} // namespace

QString ClaimExport::nameFilter(Format format)
{
    switch (format) {
    case Format::Json:
        return tr("Dossier dataset JSON (*.json)");
    case Format::Csv:
        return tr("CSV, plain UTF-8 (*.csv)");
    case Format::CsvWithBom:
        return tr("CSV for spreadsheets, UTF-8 with byte-order mark (*.csv)");
    case Format::TimelineJs:
        return tr("TimelineJS timeline (*.json)");
    }
    return {};
}

QString ClaimExport::suffix(Format format)
{
    return format == Format::Csv || format == Format::CsvWithBom ? QStringLiteral("csv")
                                                                 : QStringLiteral("json");
}

ClaimExport::Dialogs ClaimExport::systemDialogs()
{
    Dialogs d;
    d.fileName = [](QWidget *parent, const QString &suggested, Format *format) {
        QStringList filters;
        for (const Format f : AllFormats)
            filters << nameFilter(f);
        QString selected = nameFilter(*format);
        const QString path = QFileDialog::getSaveFileName(
            parent, tr("Export Claims"), suggested, filters.join(QStringLiteral(";;")), &selected);
        for (const Format f : AllFormats)
            if (nameFilter(f) == selected)
                *format = f;
        return path;
    };
    d.error = [](QWidget *parent, const QString &title, const QString &message) {
        QMessageBox::warning(parent, title, PlainText::forAutoText(message));
    };
    return d;
}

ClaimExport::ClaimExport(const Dataset &dataset, std::function<QList<int>()> claims,
                         std::function<ClaimFilter()> filter, QWidget *window)
    : QObject(window), m_dataset(dataset), m_claims(std::move(claims)), m_filter(std::move(filter)),
      m_window(window), m_dialogs(systemDialogs())
{
    m_action = new QAction(tr("Export &Claims…"), this);
    m_action->setStatusTip(
        tr("Save the claims the filter shows as JSON, CSV for spreadsheets or a TimelineJS "
           "timeline"));
    connect(m_action, &QAction::triggered, this, &ClaimExport::exportClaims);
    const QSettings settings;
    m_lastPath = settings.value(AppSettings::ExportPathKey).toString();
    const int format = settings.value(AppSettings::ExportFormatKey, int(m_lastFormat)).toInt();
    if (format >= int(Format::Json) && format <= int(Format::TimelineJs))
        m_lastFormat = Format(format);
}

QByteArray ClaimExport::bytes(const Dataset &dataset, const QList<int> &claims, bool wholeDataset,
                              Format format)
{
    switch (format) {
    case Format::Json:
        // The whole dataset keeps what a filtered one cannot: answers and conflicts across it.
        return wholeDataset ? DatasetJsonWriter::write(dataset)
                            : DatasetJsonWriter::write(dataset, claims);
    case Format::Csv:
    case Format::CsvWithBom:
        return CsvExport::write(dataset, claims, {.byteOrderMark = format == Format::CsvWithBom});
    case Format::TimelineJs:
        return TimelineJsExport::write(dataset, claims);
    }
    return {};
}

void ClaimExport::exportClaims()
{
    if (!m_dialogs.fileName)
        return;
    const QString folder = m_lastPath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_lastPath).absolutePath();
    Format format = m_lastFormat;
    const QString name = tr("dispute-claims") + QLatin1Char('.') + suffix(format);
    QString path = m_dialogs.fileName(m_window, QDir(folder).filePath(name), &format);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix(format);
    exportTo(path, format);
}

bool ClaimExport::exportTo(const QString &path, Format format)
{
    const QList<int> claims = m_claims ? m_claims() : QList<int>();
    const bool whole = !m_filter || m_filter().isEmpty();
    const Dataset *dataset = &m_dataset;
    QFutureWatcher<QByteArray> watcher;
    // The window keeps painting while a large export is written.
    watcher.setFuture(QtConcurrent::run(
        [dataset, claims, whole, format] { return bytes(*dataset, claims, whole, format); }));
    {
        QProgressDialog progress(tr("Exporting %n claim(s)…", nullptr, int(claims.size())),
                                 tr("Cancel"), 0, 0, m_window);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        progress.setValue(0); // starts the delay before the dialog shows
        QEventLoop loop;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        if (!watcher.isFinished())
            loop.exec();
        if (progress.wasCanceled()) {
            watcher.waitForFinished(); // the dataset must stay while the thread reads it
            return false;
        }
    } // the dialog goes before an error message can open its own event loop
    watcher.waitForFinished();
    const QByteArray data = watcher.result();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        showError(tr("The claims were not exported to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_lastPath = path;
    m_lastFormat = format;
    QSettings settings;
    settings.setValue(AppSettings::ExportPathKey, path);
    settings.setValue(AppSettings::ExportFormatKey, int(format));
    emit exported(path, int(claims.size()));
    return true;
}

void ClaimExport::showError(const QString &message)
{
    if (m_dialogs.error)
        m_dialogs.error(m_window, tr("Export Claims"), message);
}
