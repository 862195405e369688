#include "app/cli/Commands.h"

#include <QtGlobal>
#include <cstring>
#include <iterator>

namespace Commands {

namespace {

// Summaries are translated in the "Cli" context by the callers.
const Command table[] = {
    {"check",
     QT_TRANSLATE_NOOP("Cli", "Check the dataset's integrity, and its quotes against a corpus."),
     "[--corpus DIR]", addCheckOptions, runCheck, false},
    {"export", QT_TRANSLATE_NOOP("Cli", "Export claims as JSON (the authoring format) or CSV."),
     "[--format json|csv] [FILTERS] [-o FILE]", addExportOptions, runExport, false},
    {"import",
     QT_TRANSLATE_NOOP("Cli", "Validate a dataset JSON file, then import it into the database."),
     "[--database DB]", addImportOptions, runImport, false},
    {"init", QT_TRANSLATE_NOOP("Cli", "Prepare an empty PostgreSQL database for a team dossier."),
     "--database postgresql://USER@HOST/DB", addInitOptions, runInit, false},
    {"generate", QT_TRANSLATE_NOOP("Cli", "Write a synthetic dataset of any size, for benchmarks."),
     "--claims N --actors A --sources S [--seed K] -o FILE", addGenerateOptions, runGenerate,
     false},
    {"history",
     QT_TRANSLATE_NOOP("Cli", "Print the changes made to the dossier, or to one record of it: "
                              "when, by whom, and each field before and after."),
     "[CLAIM] [--database DB]", addHistoryOptions, runHistory, false},
    {"report", QT_TRANSLATE_NOOP("Cli", "Write the dispute summary report as PDF, headless."),
     "[FILTERS] -o FILE.pdf [--page-size A4|Letter] [--title TEXT]", addReportOptions, runReport,
     true},
};

} // namespace

const Command *find(const char *name)
{
    if (!name)
        return nullptr;
    for (const Command &c : table)
        if (std::strcmp(c.name, name) == 0)
            return &c;
    return nullptr;
}

const Command *all(int *count)
{
    *count = int(std::size(table));
    return table;
}

} // namespace Commands
