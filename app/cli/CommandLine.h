#pragma once

#include <QStringList>

/// Parses `dossier [COMMAND] [OPTIONS]`. With a command, runs it headless and gives its exit
/// code; without one, says how the window should open.
namespace CommandLine {

/// The command named by the first argument that is not an option (--database FILE and
/// --corpus DIR may come before it), or nullptr for the window.
const char *commandName(int argc, char **argv);
bool commandNeedsGui(const char *name);
/// Runs the command `arguments` name, its options read wherever they stand.
int runCommand(QStringList arguments);

struct WindowOptions
{
    QString database; ///< empty: the default database
    QString corpus;   ///< empty: the one remembered in settings
};
/// Parses the window's options; on --help, --version or an error prints and sets *exitCode.
bool parseWindowOptions(const QStringList &arguments, WindowOptions *options, int *exitCode);

} // namespace CommandLine
