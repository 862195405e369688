#include "app/window/DossierApplication.h"

#include "app/window/DatabaseOpener.h"
#include "app/window/DropImporter.h"
#include "app/window/FirstPaintProbe.h"
#include "app/window/MainWindow.h"
#include "app/window/TeamConnection.h"
#include "models/store/DatasetLoader.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgLocation.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/shell/AppSettings.h"
#include "widgets/shell/Theme.h"
#include "widgets/shell/Translations.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/Dashboard.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <qcustomplot.h>

namespace DossierApplication {

namespace {

/// Opens a database in a new main window; the previous window (if any) gives way to it.
/// Returns false, after telling the user, when the database cannot be opened.
bool openWindow(const QString &database, const QString &corpus, QWidget *previous);

void connectWindow(MainWindow *window)
{
    QObject::connect(window, &MainWindow::openDatabaseRequested, window,
                     [window](const QString &path) {
                         // Deferred: the request may come from inside one of the window's menus.
                         QMetaObject::invokeMethod(
                             qApp,
                             [window = QPointer<MainWindow>(window), path] {
                                 if (window)
                                     openWindow(path, QString(), window);
                             },
                             Qt::QueuedConnection);
                     });
}

bool openWindow(const QString &database, const QString &corpus, QWidget *previous)
{
    auto [loaded, cancelled] = DatabaseOpener::open(database, previous);
    if (cancelled)
        return false; // the open window stays as it was
    if (!loaded.dataset) {
        if (PgLocation::isConnectionString(database)) {
            // A server refuses for reasons a person can mend here: a password, a host name.
            QMessageBox box(
                QMessageBox::Warning, QObject::tr("Connect to Team Dossier"),
                PlainText::forAutoText(
                    QObject::tr("The team dossier could not be opened:\n%1").arg(loaded.error)),
                QMessageBox::Cancel, previous);
            QPushButton *edit =
                box.addButton(QObject::tr("&Edit Connection…"), QMessageBox::AcceptRole);
            box.setDefaultButton(edit);
            box.exec();
            if (box.clickedButton() != edit)
                return false;
            const QString corrected = TeamConnection::ask(previous, database);
            return !corrected.isEmpty() && openWindow(corrected, corpus, previous);
        }
        QMessageBox::warning(
            previous, QObject::tr("Open Database"),
            PlainText::forAutoText(QObject::tr("The database could not be opened:\n%1\n\n"
                                               "The file was left untouched.")
                                       .arg(loaded.error)));
        return false;
    }
    AppSettings::addRecentDatabase(database);
    auto *window = new MainWindow(std::move(*loaded.dataset), loaded, corpus);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connectWindow(window);
    if (previous)
        window->restoreGeometry(previous->saveGeometry());
    window->show(); // before the old one closes, or the application would quit
    if (previous)
        previous->close(); // saves its layout and filter
    return true;
}

} // namespace

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Dossier"));
}

void setUpLanguage()
{
    Translations::install(AppSettings::language());
}

void setUpDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dossier.Dossier"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/dossier-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

MainWindow *showWindow(const CommandLine::WindowOptions &options)
{
    setUpDesktopIdentity();
    Theme::apply(AppSettings::theme());
    const QString database =
        options.database.isEmpty() ? DatasetLoader::defaultDatabasePath() : options.database;
    auto [loaded, cancelled] = DatabaseOpener::open(database, nullptr);
    if (cancelled) {
        // Not an error: they can open it again, or another, from the bundled dispute's window.
        loaded = DatasetLoader::loadBundled();
        if (!loaded.dataset) {
            QMessageBox::critical(nullptr, QObject::tr("Dossier"),
                                  PlainText::forAutoText(loaded.error));
            return nullptr;
        }
        loaded.notices << QObject::tr("Opening %1 was cancelled; this is the bundled dataset.")
                              .arg(QDir::toNativeSeparators(displayedLocation(database)));
    } else if (!loaded.dataset) {
        // The user's file stays as it is; they can still browse the bundled dispute.
        const QString why = loaded.error;
        loaded = DatasetLoader::loadBundled();
        QMessageBox::warning(nullptr, QObject::tr("Dossier"),
                             PlainText::forAutoText(
                                 QObject::tr("The database could not be opened:\n%1\n\n"
                                             "Dossier shows the bundled dataset instead; the file "
                                             "was left untouched.")
                                     .arg(why)));
        if (!loaded.dataset) {
            QMessageBox::critical(nullptr, QObject::tr("Dossier"),
                                  PlainText::forAutoText(loaded.error));
            return nullptr;
        }
    } else {
        AppSettings::addRecentDatabase(database);
    }
    auto *window = new MainWindow(std::move(*loaded.dataset), loaded, options.corpus);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connectWindow(window);
    // For the start-up benchmark: the timeline is the content the window opens for.
    if (FirstPaintProbe::requested())
        FirstPaintProbe::install(window->dashboard()->chart()->plot());
    if (!options.view.isEmpty())
        window->applySavedView(options.view);
    window->show();
    if (!options.dataset.isEmpty()) {
        // Once the window is up, as if the file had been dropped on it.
        QMetaObject::invokeMethod(
            window, [window, json = options.dataset] { window->dropImporter()->handle(json); },
            Qt::QueuedConnection);
    }
    return window;
}

int runWindow(const CommandLine::WindowOptions &options)
{
    if (!showWindow(options))
        return 1;
    const int code = QApplication::exec();
    // A cancelled open may still be reading on the thread pool: let it end before the SQL
    // driver and the statics it uses go away.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

} // namespace DossierApplication
