#include "DossierApplication.h"

#include "DatasetLoader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace DossierApplication {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Dossier"));
}

int runWindow(const CommandLine::WindowOptions &options)
{
    const QString database =
        options.database.isEmpty() ? DatasetLoader::defaultDatabasePath() : options.database;
    auto loaded = DatasetLoader::open(database);
    if (!loaded.dataset) {
        // The user's file stays as it is; they can still browse the bundled dispute.
        const QString why = loaded.error;
        loaded = DatasetLoader::loadBundled();
        QMessageBox::warning(nullptr, QObject::tr("Dossier"),
                             QObject::tr("The database could not be opened:\n%1\n\n"
                                         "Dossier shows the bundled dataset instead; the file "
                                         "was left untouched.")
                                 .arg(why));
        if (!loaded.dataset) {
            QMessageBox::critical(nullptr, QObject::tr("Dossier"), loaded.error);
            return 1;
        }
    }
    MainWindow window(std::move(*loaded.dataset), loaded, options.corpus);
    window.show();
    return QApplication::exec();
}

} // namespace DossierApplication
