#include "app/window/DropImporter.h"

#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetValidator.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

DropImporter::DropImporter(QWidget *window) : QObject(window), m_window(window) {}

QString DropImporter::acceptedPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    if (info.isDir() ||
        (info.isFile() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0))
        return info.absoluteFilePath();
    return {};
}

void DropImporter::handle(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        emit corpusDropped(info.absoluteFilePath());
    else if (info.isFile())
        importDataset(info.absoluteFilePath());
}

bool DropImporter::importJson(const QString &json, const QString &database, QString *error)
{
    auto read = DatasetJsonReader::readFile(json);
    if (read.ok())
        read.problems = DatasetValidator::validate(read.dataset, json);
    if (!read.ok()) {
        QStringList lines;
        for (const Problem &p : std::as_const(read.problems))
            lines << p.toString();
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    if (QFileInfo::exists(database)) {
        *error = tr("%1 already exists; Dossier never replaces a database.")
                     .arg(QDir::toNativeSeparators(database));
        return false;
    }
    DatasetStore store;
    return store.open(database, DatasetStore::Mode::ReadWrite, error) &&
           store.importDataset(read.dataset, QFileInfo(json).fileName(),
                               QString::fromLatin1(read.sha256), error);
}

void DropImporter::importDataset(const QString &json)
{
    auto read = DatasetJsonReader::readFile(json);
    if (read.ok())
        read.problems = DatasetValidator::validate(read.dataset, json);
    if (!read.ok()) {
        QStringList lines;
        for (const Problem &p : std::as_const(read.problems).mid(0, 50))
            lines << p.toString();
        QMessageBox box(
            QMessageBox::Warning, tr("Import Dataset"),
            tr("%1 cannot be imported: it has %n problem(s).", nullptr, int(read.problems.size()))
                .arg(QDir::toNativeSeparators(json)),
            QMessageBox::Close, m_window);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    // A new file next to the user's data, named after the dataset; the user may choose another.
    const QDir dataDir = QFileInfo(DatasetLoader::defaultDatabasePath()).absoluteDir();
    QString suggested =
        dataDir.filePath(QFileInfo(json).completeBaseName() + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested =
            dataDir.filePath(QStringLiteral("%1-%2.sqlite")
                                 .arg(QFileInfo(json).completeBaseName(), QString::number(n)));
    QDir().mkpath(dataDir.absolutePath());
    const QString database =
        QFileDialog::getSaveFileName(m_window, tr("Import Dataset into a New Database"), suggested,
                                     tr("Dossier databases (*.sqlite)"));
    if (database.isEmpty())
        return;
    QString error;
    if (!importJson(json, database, &error)) {
        QMessageBox::warning(m_window, tr("Import Dataset"),
                             tr("The dataset was not imported:\n%1").arg(error));
        return;
    }
    emit databaseCreated(database);
}
