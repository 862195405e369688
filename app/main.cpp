#include "app/cli/CommandLine.h"
#include "app/window/DossierApplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QThreadPool>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --help and --version, a mistyped option or command, or a file the window would not open need
// no window: answer them without a display. The window opens with no argument but its options,
// or with one argument that is a database or a dataset to import ("dossier FILE", as a file
// manager runs the desktop entry).
bool needsOnlyTerminal(int argc, char **argv)
{
    int positional = 0;
    bool opensFile = false;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        // The value of "--database FILE" or "--corpus DIR" is not a command.
        if ((!std::strcmp(a, "--database") || !std::strcmp(a, "--corpus")) && i + 1 < argc) {
            ++i;
            continue;
        }
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "-v") ||
            !std::strcmp(a, "--version") || !std::strcmp(a, "--help-all"))
            return true;
        if (a[0] != '-' && positional++ == 0) {
            const CommandLine::FileRole role = CommandLine::fileRole(QString::fromLocal8Bit(a));
            opensFile =
                role == CommandLine::FileRole::Database || role == CommandLine::FileRole::Dataset;
        }
    }
    return positional > 1 || (positional == 1 && !opensFile);
}

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char **argv)
{
    // Past a file-size limit, a write should fail with an error we report, not kill us.
    std::signal(SIGXFSZ, SIG_IGN);
    const char *command = CommandLine::commandName(argc, argv);
    if (command || needsOnlyTerminal(argc, argv)) {
        // Commands run without a display; painting a report still needs a GUI application.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app;
        if (command && CommandLine::commandNeedsGui(command))
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        DossierApplication::setIdentity();
        DossierApplication::setUpLanguage();
        if (command) {
            const int code = CommandLine::runCommand(app->arguments());
            // The pool's threads end here, not in the exit handlers, where their OpenSSL
            // thread state and OPENSSL_cleanup() would free the same memory (ASan saw it).
            QThreadPool::globalInstance()->waitForDone();
            return code;
        }
        CommandLine::WindowOptions options;
        int exitCode = 0;
        CommandLine::parseWindowOptions(app->arguments(), &options, &exitCode);
        return exitCode;
    }
    if (!hasDisplay()) {
        std::fputs("dossier: no display to open the window on (DISPLAY is not set).\n"
                   "Run a command such as 'dossier check' or 'dossier report', or set "
                   "QT_QPA_PLATFORM=offscreen.\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    DossierApplication::setIdentity();
    DossierApplication::setUpLanguage();
    CommandLine::WindowOptions options;
    int exitCode = 0;
    if (!CommandLine::parseWindowOptions(app.arguments(), &options, &exitCode))
        return exitCode;
    return DossierApplication::runWindow(options);
}
