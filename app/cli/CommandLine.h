#pragma once

#include <QStringList>

/// Parses `dossier [COMMAND] [OPTIONS]` and `dossier FILE`. With a command, runs it headless
/// and gives its exit code; without one, says how the window should open.
namespace CommandLine {

/// The command named by the first argument that is not an option (--database FILE and
/// --corpus DIR may come before it), or nullptr for the window.
const char *commandName(int argc, char **argv);
bool commandNeedsGui(const char *name);
/// Runs the command `arguments` name, its options read wherever they stand.
int runCommand(QStringList arguments);

/// What the file of `dossier FILE` is, told by its first bytes rather than its name: a file
/// manager hands over whatever the user double-clicked.
enum class FileRole
{
    NotAFile, ///< nothing there, a folder, a pipe or a device: never opened
    Database, ///< a SQLite file ("SQLite format 3\0"): the window opens it as --database does
    Dataset,  ///< a JSON object: the window opens and offers to import it
    Other     ///< a file Dossier does not read
};
FileRole fileRole(const QString &path);

struct WindowOptions
{
    QString database; ///< empty: the default database
    QString corpus;   ///< empty: the one remembered in settings
    QString dataset;  ///< a dataset JSON file to offer to import once the window shows; or empty
    QString view;     ///< a saved view to show (checked to exist); or empty
};
/// Parses the window's options and its one FILE, if any; on --help, --version or an error
/// (an unknown command, a FILE that is missing or of no kind Dossier reads) prints and sets
/// *exitCode.
bool parseWindowOptions(const QStringList &arguments, WindowOptions *options, int *exitCode);

} // namespace CommandLine
