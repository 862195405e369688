#pragma once

#include <QString>

class Dataset;

/// The texts of Help ▸ About Dossier and Help ▸ About the Sources (rich text), kept apart
/// from the window so they can be tested and translated.
namespace AboutText {

/// Program version, dataset title and version, counts, database and licence.
QString about(const Dataset &dataset, const QString &databasePath);
/// The citation rules: short quotes with attribution, our paraphrased statements, the corpus.
QString sources();

} // namespace AboutText
