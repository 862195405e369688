#pragma once

#include "app/cli/CommandLine.h"

class MainWindow;

/// Program-wide set-up shared by the window and the commands.
namespace DossierApplication {

/// Organisation and application names: they decide where settings and data live.
void setIdentity();
/// Installs the interface language chosen in Preferences (or the system's); after
/// setIdentity(), before any window or command output.
void setUpLanguage();
/// What the desktop knows the window by: the desktop entry's id (org.dossier.Dossier, which
/// is also Wayland's app id) and the icon, for window managers that do not look it up from the
/// entry. On X11, Qt names the window's class after the application name (setIdentity()): the
/// entry's StartupWMClass. Needs a QGuiApplication.
void setUpDesktopIdentity();
/// Loads the dataset and shows the main window, named and drawn as the desktop entry
/// org.dossier.Dossier says. With options.dataset, the window then offers to import it as it
/// does a dropped file: checked first, then into a new database the user names. Null, after
/// telling the user, when not even the bundled dataset loads.
MainWindow *showWindow(const CommandLine::WindowOptions &options);
/// showWindow(), then the event loop.
int runWindow(const CommandLine::WindowOptions &options);

} // namespace DossierApplication
