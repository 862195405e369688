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
/// Loads the dataset and shows the main window. With options.dataset, the window then offers to
/// import it as it does a dropped file: checked first, then into a new database the user names.
/// Null, after telling the user, when not even the bundled dataset loads.
MainWindow *showWindow(const CommandLine::WindowOptions &options);
/// showWindow(), then the event loop.
int runWindow(const CommandLine::WindowOptions &options);

} // namespace DossierApplication
