#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Fixtures shared by the tests: the small invented dataset and its corpus in tests/data.
namespace TestSupport {

/// A file of tests/data, or of $DOSSIER_TEST_DATA when set.
QString dataPath(const QString &name);
QByteArray miniJson();
QJsonObject miniObject();
QByteArray toJson(const QJsonObject &object);
/// Every problem's message, one per line: for failure messages and comparisons.
QString joined(const Problems &problems);
/// The mini dataset, read and indexed; fails the calling test when it does not read.
Dataset miniDataset();
/// $DOSSIER_CORPUS, or empty when unset or not a folder.
QString corpusFolder();

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs build/app/dossier with the arguments, headless, with its data in a private folder.
Run runDossier(const QStringList &arguments, const QString &dataHome);

} // namespace TestSupport
