#pragma once

#include "models/store/DatasetLoader.h"

#include <QString>
#include <chrono>
#include <functional>

class QWidget;

/// Opens a database (a file, or a team dossier on a PostgreSQL server: see loadDossier()) on
/// the thread pool, so the window keeps painting while a large one loads
/// (a million claims take seconds), with a progress dialog that can cancel. Cancelling gives
/// control back at once: the load runs on to its end on its own thread (an import of the
/// bundled dataset commits or rolls back whole) and its result is dropped.
namespace DatabaseOpener {

struct Outcome
{
    DatasetLoader::Result result;
    bool cancelled = false;
};

/// How a database is read; tests pass one they can hold back.
using Loader = std::function<DatasetLoader::Result(const QString &path)>;

/// Waits for the load in a local event loop; the dialog shows after `showAfter` when the load
/// is still running.
Outcome open(const QString &path, QWidget *parent,
             std::chrono::milliseconds showAfter = std::chrono::milliseconds(300),
             const Loader &loader = {});

} // namespace DatabaseOpener
