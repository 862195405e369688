// Start-up benchmark: how long the real program takes from process start to its window's first
// frame with the timeline drawn, on the bundled dataset already imported (a second start),
// against the floor: a bare QMainWindow holding one QCustomPlot, of the same size, timed the
// same way. Not a test: it prints a table. It needs a display (or QT_QPA_PLATFORM):
//   xvfb-run -a -s '-screen 0 1600x1000x24' build/tests/bench/bench_startup
// Options: --runs N (15), --dossier PATH (the dossier binary of this build tree).
// Internal modes: --bare (the floor's window) and --platform (prints the QPA platform).
#include "app/window/FirstPaintProbe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <qcustomplot.h>

namespace {

constexpr double Target = 1.5;
constexpr int TimeoutMs = 60000;

/// The floor: what any Qt program with one plot in a main window costs to show. Same size as
/// the dossier window opens at (MainWindow), so both paint as many pixels.
int runBare(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *plot = new QCustomPlot(&window);
    plot->addGraph();
    plot->graph(0)->setData({0, 1, 2, 3, 4, 5}, {1, 3, 2, 5, 4, 6});
    plot->rescaleAxes();
    window.setCentralWidget(plot);
    if (const QScreen *screen = window.screen())
        window.resize(screen->availableGeometry().size().boundedTo(QSize(1600, 1000)));
    FirstPaintProbe::install(plot);
    window.show();
    return app.exec();
}

int printPlatform(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream(stdout) << QGuiApplication::platformName() << Qt::endl;
    return 0;
}

/// Milliseconds from QProcess::start() to the child's `first-paint` line; -1 on failure.
double timeToFirstPaint(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(program, arguments);
    double ms = -1;
    while (ms < 0 && child.waitForReadyRead(TimeoutMs)) {
        while (child.canReadLine()) {
            if (child.readLine().trimmed() == FirstPaintProbe::Line) {
                ms = double(timer.nsecsElapsed()) / 1e6;
                break;
            }
        }
    }
    if (!child.waitForFinished(TimeoutMs))
        child.kill();
    if (ms < 0 || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        QTextStream(stderr) << "bench_startup: " << program << ' ' << arguments.join(u' ')
                            << " did not report its first paint (exit " << child.exitCode()
                            << "):\n"
                            << child.readAllStandardError() << Qt::endl;
        return -1;
    }
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString envValue(const char *name)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariable(name) : QStringLiteral("(unset)");
}

/// One printed row: what, runs, median, best, ratio of medians to the floor, note.
void printRow(const QString &what, const QList<double> &ms, double floorMedian, const QString &note)
{
    const double med = median(ms);
    QTextStream(stdout) << QStringLiteral("| %1 | %2 | %3 ms | %4 ms | %5 | %6 |")
                               .arg(what, -36)
                               .arg(ms.size(), 4)
                               .arg(med, 7, 'f', 1)
                               .arg(*std::min_element(ms.begin(), ms.end()), 7, 'f', 1)
                               .arg(QStringLiteral("%1×").arg(med / floorMedian, 0, 'f', 2), 6)
                               .arg(note)
                        << Qt::endl;
}

int drive(const QStringList &args)
{
    const QString self = QCoreApplication::applicationFilePath();
    int runs = 15;
    QString dossier = QDir(QCoreApplication::applicationDirPath())
                          .absoluteFilePath(QStringLiteral("../../app/dossier"));
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--dossier") && i + 1 < args.size())
            dossier = args[++i];
        else {
            QTextStream(stderr) << "usage: bench_startup [--runs N] [--dossier PATH]" << Qt::endl;
            return 2;
        }
    }
    dossier = QFileInfo(dossier).absoluteFilePath();
    if (!QFileInfo(dossier).isExecutable()) {
        QTextStream(stderr) << "bench_startup: no dossier binary at " << dossier
                            << " (use --dossier PATH)" << Qt::endl;
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QTextStream(stderr) << "bench_startup: no display; run it under xvfb-run, or set "
                               "QT_QPA_PLATFORM"
                            << Qt::endl;
        return 1;
    }
    // A home of its own: the user's settings and database stay untouched, and every start
    // sees the same state (the children quit without saving the window's layout).
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QString::fromLatin1(FirstPaintProbe::EnvironmentVariable), QStringLiteral("1"));

    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(self, {QStringLiteral("--platform")});
    probe.waitForFinished(TimeoutMs);
    const QString platform = QString::fromLocal8Bit(probe.readAllStandardOutput()).trimmed();

    // Not measured: the first dossier start imports the bundled dataset; one bare start too,
    // so both binaries and their libraries are in the page cache.
    QElapsedTimer firstStart;
    firstStart.start();
    if (timeToFirstPaint(dossier, {}, env) < 0 ||
        timeToFirstPaint(self, {QStringLiteral("--bare")}, env) < 0)
        return 1;
    const double firstStartMs = double(firstStart.nsecsElapsed()) / 1e6;

    QList<double> bare, ours;
    for (int i = 0; i < runs; ++i) { // interleaved, so a slow spell hits both alike
        const double b = timeToFirstPaint(self, {QStringLiteral("--bare")}, env);
        const double d = timeToFirstPaint(dossier, {}, env);
        if (b < 0 || d < 0)
            return 1;
        bare << b;
        ours << d;
    }

    QTextStream out(stdout);
    out << "platform: " << platform << " (QT_QPA_PLATFORM=" << envValue("QT_QPA_PLATFORM")
        << ", DISPLAY=" << envValue("DISPLAY")
        << ", WAYLAND_DISPLAY=" << envValue("WAYLAND_DISPLAY") << ")\n"
        << "dossier: " << dossier << "\n"
        << "from QProcess::start() to the `first-paint` line; " << runs
        << " runs each, interleaved, after one unmeasured start each (import + warm-up: "
        << QString::number(firstStartMs, 'f', 0) << " ms)\n"
        << "| what | runs | median | best | ratio | note |\n|---|---:|---:|---:|---:|---|"
        << Qt::endl;
    const double floorMedian = median(bare);
    printRow(QStringLiteral("bare QMainWindow + QCustomPlot"), bare, floorMedian,
             QStringLiteral("floor"));
    const double ratio = median(ours) / floorMedian;
    printRow(QStringLiteral("dossier, bundled dataset (2nd start)"), ours, floorMedian,
             QStringLiteral("target ≤ %1× (%2)")
                 .arg(Target, 0, 'f', 2)
                 .arg(ratio <= Target ? QStringLiteral("met") : QStringLiteral("NOT met")));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && !std::strcmp(argv[1], "--bare"))
        return runBare(argc, argv);
    if (argc > 1 && !std::strcmp(argv[1], "--platform"))
        return printPlatform(argc, argv);
    QCoreApplication app(argc, argv);
    return drive(app.arguments());
}
