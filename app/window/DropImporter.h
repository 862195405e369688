#pragma once

#include <QObject>
#include <QString>

class QMimeData;
class QWidget;

/// What a drop on the window does: a folder becomes the corpus; a dataset JSON file is
/// read and validated (problems are listed in a dialog) and, when sound, imported into a new
/// database file the user names (never over an existing one), which is then opened.
class DropImporter final : public QObject
{
    Q_OBJECT
public:
    explicit DropImporter(QWidget *window);

    /// The local file or folder a drag carries, or empty when it carries nothing we take.
    static QString acceptedPath(const QMimeData *mime);
    /// Handles a dropped path.
    void handle(const QString &path);
    /// Imports a dataset JSON file into a new database at `database`; false and a reason when
    /// the file is invalid, the target exists or the import fails. No dialog.
    static bool importJson(const QString &json, const QString &database, QString *error);

signals:
    void corpusDropped(const QString &folder);
    void databaseCreated(const QString &database);

private:
    void importDataset(const QString &json);

    QWidget *m_window;
};
