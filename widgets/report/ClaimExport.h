#pragma once

#include "models/filter/ClaimFilter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class Dataset;
class QAction;
class QWidget;

/// File ▸ Export Claims…: the claims the filter shows, written as the authoring JSON, CSV (with
/// or without a byte-order mark) or a TimelineJS timeline, chosen by the file dialog's type. The
/// writing runs on the thread pool behind a progress dialog, and the file is replaced only
/// once it is whole (QSaveFile): a cancelled or failed export leaves any old file as it was.
///
/// Dialogs go through a seam (Dialogs) so tests drive the controller without modal windows.
class ClaimExport final : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Json,
        Csv,
        CsvWithBom,
        TimelineJs,
    };

    struct Dialogs
    {
        /// The path and format chosen, or an empty path when the user cancels. `format` comes
        /// in as the one to preselect.
        std::function<QString(QWidget *parent, const QString &suggestedPath, Format *format)>
            fileName;
        std::function<void(QWidget *parent, const QString &title, const QString &message)> error;
    };
    static Dialogs systemDialogs();

    /// The dataset must outlive the controller; `claims` is asked at each export, so the
    /// export follows the dashboard's filter.
    ClaimExport(const Dataset &dataset, std::function<QList<int>()> claims,
                std::function<ClaimFilter()> filter, QWidget *window);

    void setDialogs(Dialogs dialogs) { m_dialogs = std::move(dialogs); }
    QAction *action() const { return m_action; }

    /// The file type's name filter in the dialog, and the suffix a name without one gets.
    static QString nameFilter(Format format);
    static QString suffix(Format format);
    /// The bytes of an export, as written. Any thread.
    static QByteArray bytes(const Dataset &dataset, const QList<int> &claims, bool wholeDataset,
                            Format format);

public slots:
    /// Asks for a file and writes the current claims to it.
    void exportClaims();

public:
    /// Writes without asking; waits for the writing thread. Errors go to Dialogs::error.
    bool exportTo(const QString &path, Format format);

signals:
    void exported(const QString &path, int claims);

private:
    void showError(const QString &message);

    const Dataset &m_dataset;
    std::function<QList<int>()> m_claims;
    std::function<ClaimFilter()> m_filter;
    QWidget *m_window;
    Dialogs m_dialogs;
    QAction *m_action;
    QString m_lastPath;
    Format m_lastFormat = Format::CsvWithBom;
};
