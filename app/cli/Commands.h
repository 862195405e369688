#pragma once

class CliContext;
class QCommandLineParser;

/// The headless commands. Each adds its own options, then runs with them parsed.
namespace Commands {

struct Command
{
    const char *name;
    const char *summary;
    const char *arguments; ///< the usage line's options; addOptions adds the positional ones
    void (*addOptions)(QCommandLineParser &);
    int (*run)(CliContext &);
    bool needsGui; ///< painting (reports, charts) needs a QApplication, even offscreen
};

const Command *find(const char *name);
const Command *all(int *count);

void addCheckOptions(QCommandLineParser &parser);
int runCheck(CliContext &cli);
void addExportOptions(QCommandLineParser &parser);
int runExport(CliContext &cli);
void addImportOptions(QCommandLineParser &parser);
int runImport(CliContext &cli);
void addGenerateOptions(QCommandLineParser &parser);
int runGenerate(CliContext &cli);
void addInitOptions(QCommandLineParser &parser);
int runInit(CliContext &cli);
void addHistoryOptions(QCommandLineParser &parser);
int runHistory(CliContext &cli);
void addReportOptions(QCommandLineParser &parser);
int runReport(CliContext &cli);

} // namespace Commands
