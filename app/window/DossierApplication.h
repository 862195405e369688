#pragma once

#include "app/cli/CommandLine.h"

/// Program-wide set-up shared by the window and the commands.
namespace DossierApplication {

/// Organisation and application names: they decide where settings and data live.
void setIdentity();
/// Installs the interface language chosen in Preferences (or the system's); after
/// setIdentity(), before any window or command output.
void setUpLanguage();
/// Loads the dataset, shows the main window and runs the event loop.
int runWindow(const CommandLine::WindowOptions &options);

} // namespace DossierApplication
