#include "tests/support/TestSupport.h"

#include "models/format/DatasetJsonReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace TestSupport {

QString dataPath(const QString &name)
{
    // CI copies a test and its data where an unprivileged user can read them, and says where.
    return QDir(qEnvironmentVariable("DOSSIER_TEST_DATA", QStringLiteral(DOSSIER_TEST_DATA)))
        .filePath(name);
}

QByteArray miniJson()
{
    QFile file(dataPath(QStringLiteral("mini.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/mini.json is missing");
    return file.readAll();
}

QJsonObject miniObject()
{
    return QJsonDocument::fromJson(miniJson()).object();
}

QString joined(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

Dataset miniDataset()
{
    auto result = DatasetJsonReader::read(miniJson(), QStringLiteral("mini.json"));
    if (!result.ok())
        qFatal("mini.json does not read: %s", qPrintable(result.problems.first().toString()));
    return result.dataset;
}

QString corpusFolder()
{
    const QString dir = qEnvironmentVariable("DOSSIER_CORPUS");
    return QFileInfo(dir).isDir() ? dir : QString();
}

Run runDossier(const QStringList &arguments, const QString &dataHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DOSSIER_CORPUS"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DOSSIER_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace TestSupport
