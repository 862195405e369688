#include "app/cli/CommandLine.h"

#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "models/data/FileKind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <cstring>

namespace {

QString commandList()
{
    QString text = QCoreApplication::translate("Cli", "Commands:\n");
    int count = 0;
    const Commands::Command *commands = Commands::all(&count);
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(commands[i].name).leftJustified(9),
                         QCoreApplication::translate("Cli", commands[i].summary));
    text += QCoreApplication::translate(
        "Cli", "\nRun 'dossier COMMAND --help' for a command's options.\n");
    return text;
}

// Where the command is: the first argument that is not an option. The help lists --database
// and --corpus before the command ("dossier [options] [COMMAND]"), so they may come first; they
// take a value, which is not the command.
int commandIndex(const QByteArrayList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QByteArray &arg = arguments[i];
        if (arg == "--database" || arg == "--corpus" || arg == "--view") {
            ++i;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        return Commands::find(arg.constData()) ? i : -1;
    }
    return -1;
}

// Every help and version option addHelpOption() and addVersionOption() list (-h, --help,
// --help-all, -v, --version), for every command: each prints and stops, whatever else the
// command line holds. --help-all is Qt's "help with Qt's own options" (-platform, -style...),
// which Qt prints only from process(), exiting there; the help printed here is Dossier's.
bool answerHelpOrVersion(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << parser.helpText();
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout)
            << QStringLiteral("dossier %1\n").arg(QCoreApplication::applicationVersion());
        return true;
    }
    return false;
}

// A word that names no file and holds neither a folder nor an extension is a mistyped command
// ("dossier chek"); anything else is a file the user meant ("dossier dispute.json").
bool looksLikePath(const QString &argument)
{
    return argument.contains(QLatin1Char('/')) || argument.contains(QLatin1Char('.'));
}

// `dossier FILE`: the one file the window opens (a database) or offers to import (a dataset).
// Says what is wrong and gives false when there is nothing to open.
bool takeFile(const QStringList &positional, const QCommandLineParser &parser,
              CommandLine::WindowOptions *options, QTextStream &err)
{
    using CommandLine::FileRole;
    const QString &file = positional.first();
    const QString shown = QDir::toNativeSeparators(file);
    const FileRole role = CommandLine::fileRole(file);
    if (role == FileRole::NotAFile && !looksLikePath(file)) {
        err << QCoreApplication::translate("Cli", "dossier: unknown command '%1'\n\n").arg(file)
            << commandList();
        return false;
    }
    if (role == FileRole::NotAFile) {
        QString why = FileKind::whyNotReadable(file);
        if (why.isEmpty())
            why = QCoreApplication::translate("Cli", "cannot be read");
        err << QCoreApplication::translate("Cli", "dossier: %1 %2").arg(shown, why) << Qt::endl;
        return false;
    }
    if (role == FileRole::Other) {
        err << QCoreApplication::translate(
                   "Cli", "dossier: %1 is neither a Dossier database nor a dataset JSON file.")
                   .arg(shown)
            << Qt::endl;
        return false;
    }
    if (positional.size() > 1) {
        err << QCoreApplication::translate("Cli", "dossier: the window opens one file at a time, "
                                                  "not %1.")
                   .arg(positional.size())
            << Qt::endl;
        return false;
    }
    if (role == FileRole::Database) {
        if (parser.isSet(QStringLiteral("database"))) {
            err << QCoreApplication::translate(
                       "Cli", "dossier: %1 is a database; give it either as FILE or with "
                              "--database, not both.")
                       .arg(shown)
                << Qt::endl;
            return false;
        }
        options->database = file;
    } else {
        options->dataset = QFileInfo(file).absoluteFilePath();
    }
    return true;
}

} // namespace

namespace CommandLine {

FileRole fileRole(const QString &path)
{
    // Only a regular file is opened: reading a named pipe would wait for its writer.
    if (FileKind::of(path) != FileKind::Kind::Regular)
        return FileRole::NotAFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileRole::NotAFile;
    const QByteArray head = file.read(4096);
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return FileRole::Database;
    // A JSON object, perhaps after a byte-order mark and blank space; whether it is a sound
    // dataset is for the import's validation to say, with every problem listed.
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && blank(head[i]))
        ++i;
    return i < head.size() && head[i] == '{' ? FileRole::Dataset : FileRole::Other;
}

const char *commandName(int argc, char **argv)
{
    QByteArrayList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
    const int index = commandIndex(arguments);
    return index < 0 ? nullptr : Commands::find(argv[index])->name;
}

bool commandNeedsGui(const char *name)
{
    const Commands::Command *c = Commands::find(name);
    return c && c->needsGui;
}

int runCommand(QStringList arguments)
{
    QByteArrayList encoded;
    for (const QString &argument : std::as_const(arguments))
        encoded.append(argument.toLocal8Bit());
    // The command's own parser reads the options that came before the command as its own.
    const int index = commandIndex(encoded);
    if (index > 1)
        arguments.move(index, 1);
    const Commands::Command *command = Commands::find(arguments.value(1).toUtf8().constData());
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", command->summary));
    parser.addPositionalArgument(
        QLatin1String(command->name), QCoreApplication::translate("Cli", "The command."),
        QLatin1String(command->name) + QLatin1Char(' ') + QLatin1String(command->arguments));
    parser.addHelpOption();
    parser.addVersionOption();
    command->addOptions(parser);
    CliContext cli(parser);
    if (!parser.parse(arguments)) {
        cli.fail(parser.errorText());
        cli.err << QCoreApplication::translate("Cli", "Run 'dossier %1 --help' for its options.")
                       .arg(QLatin1String(command->name))
                << Qt::endl;
        return 2;
    }
    if (answerHelpOrVersion(parser))
        return 0;
    return command->run(cli);
}

bool parseWindowOptions(const QStringList &arguments, WindowOptions *options, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "Cli", "Dossier: an investigative dashboard over a curated, cited dispute dataset.\n"
                   "Without a command, opens the dashboard.\n\n") +
        commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    CliContext::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("corpus"),
                      QCoreApplication::translate(
                          "Cli", "Attach the folder DIR holding the articles' full texts."),
                      QCoreApplication::translate("Cli", "DIR")});
    parser.addOption(
        {QStringLiteral("view"),
         QCoreApplication::translate("Cli", "Open on the view saved as NAME (View > Saved Views)."),
         QCoreApplication::translate("Cli", "NAME")});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("Cli", "A command (see above), or a file to open: a Dossier "
                                           "database, or a dataset JSON file to import."),
        QCoreApplication::translate("Cli", "[COMMAND | FILE]"));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("dossier: ") << parser.errorText() << Qt::endl;
        *exitCode = 2;
        return false;
    }
    if (answerHelpOrVersion(parser)) {
        *exitCode = 0;
        return false;
    }
    options->database = parser.value(QStringLiteral("database"));
    options->corpus = parser.value(QStringLiteral("corpus"));
    if (parser.isSet(QStringLiteral("view"))) {
        QString error;
        if (!CliContext::savedView(parser.value(QStringLiteral("view")), &error)) {
            err << QStringLiteral("dossier: ") << error << Qt::endl;
            *exitCode = 2;
            return false;
        }
        options->view = parser.value(QStringLiteral("view"));
    }
    if (!parser.positionalArguments().isEmpty() &&
        !takeFile(parser.positionalArguments(), parser, options, err)) {
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace CommandLine
