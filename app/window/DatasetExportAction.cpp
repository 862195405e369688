#include "app/window/DatasetExportAction.h"

#include "models/format/DatasetJsonWriter.h"
#include "models/format/MarkupJson.h"
#include "models/session/DossierSession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString FolderKey = QStringLiteral("export/datasetFolder");
const QString IncludeMarkupKey = QStringLiteral("export/includeMarkup");

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = DatasetExportAction::tr("%1: %2").arg(QDir::toNativeSeparators(path),
                                                       file.errorString());
        return false;
    }
    return true;
}

} // namespace

DatasetExportAction::DatasetExportAction(DossierSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window),
      m_action(new QAction(tr("Export Data&set…"), this)),
      m_includeMarkup(new QAction(tr("Include my &markup (stars, tags, notes)"), this))
{
    m_action->setObjectName(QStringLiteral("exportDataset"));
    m_action->setStatusTip(tr("Save the whole dossier as a dataset file that can be checked "
                              "and imported again"));
    connect(m_action, &QAction::triggered, this, &DatasetExportAction::exportDataset);
    m_includeMarkup->setObjectName(QStringLiteral("exportDatasetMarkup"));
    m_includeMarkup->setCheckable(true);
    m_includeMarkup->setChecked(QSettings().value(IncludeMarkupKey, false).toBool());
    m_includeMarkup->setStatusTip(tr("Export Dataset also writes your stars, tags and notes, "
                                     "to a .markup.json file beside the dataset"));
    connect(m_includeMarkup, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(IncludeMarkupKey, on); });
}

QString DatasetExportAction::suggestedPath() const
{
    QString folder = QSettings().value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The import and the file manager know a dataset by this double suffix.
    return QDir(folder).filePath(tr("dossier") + QStringLiteral(".dossier.json"));
}

void DatasetExportAction::exportDataset()
{
    QString path;
    if (m_choosePath)
        path = m_choosePath(suggestedPath());
    else
        path = QFileDialog::getSaveFileName(m_window, tr("Export Dataset"), suggestedPath(),
                                            tr("Dossier datasets (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export Dataset"),
                        tr("The dataset was not exported."), QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(error);
        box.exec();
    }
}

bool DatasetExportAction::exportTo(const QString &path, QString *error)
{
    if (!writeFile(path, DatasetJsonWriter::write(m_session.dataset()), error))
        return false;
    if (m_includeMarkup->isChecked() && m_markup &&
        !writeFile(MarkupJson::pathBeside(path), MarkupJson::write(*m_markup), error))
        return false;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    emit exported(path);
    return true;
}
