#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

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

/// Qt's global thread pool at `threads` threads while this lives: work shared among the
/// pool's threads is then cut as on a machine with that many cores.
class PoolSize
{
public:
    explicit PoolSize(int threads) : m_before(QThreadPool::globalInstance()->maxThreadCount())
    {
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
    }
    ~PoolSize() { QThreadPool::globalInstance()->setMaxThreadCount(m_before); }
    PoolSize(const PoolSize &) = delete;
    PoolSize &operator=(const PoolSize &) = delete;

private:
    int m_before;
};

} // namespace TestSupport
