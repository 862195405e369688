// Not a test: makes the README's two team screenshots against a real PostgreSQL server, with
// the real window. Two windows on one team dossier, side by side on a 2400×900 screen, one as
// each of two database users; the left one changes c088's date and the right one shows it
// (team-two-windows.png); then both change the date, the right one second, and its refused
// save brings up the conflict dialog (team-conflict-dialog.png). The edits go through each
// window's session, the write path its claim editor uses: without a window manager, keyboard
// input does not reach the menus under Xvfb.
// Usage (on Xvfb with a 2400×900 screen; XDG_CONFIG_HOME and XDG_DATA_HOME of its own):
//   [TEAM_SHOTS_QM=extra.qm] team_shots LEFT_URI RIGHT_URI OUTPUT_FOLDER
#include "app/window/DossierApplication.h"
#include "app/window/MainWindow.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "widgets/inspector/WriteConflictDialog.h"
#include "widgets/views/Dashboard.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace {

const QString Claim88 = QStringLiteral("c088");

void settle(int ms)
{
    const QDeadlineTimer until(ms);
    while (!until.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    const QDeadlineTimer until(ms);
    while (!done() && !until.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

PartialDate dateOf(const MainWindow *window)
{
    const Dataset &d = window->session()->dataset();
    return d.claims[d.claimIndex(Claim88)].date;
}

// The window's own edit of c088's date, as its claim editor makes it.
bool redate(MainWindow *window, const PartialDate &date, const QString &description)
{
    const Dataset &d = window->session()->dataset();
    const Claim before = d.claims[d.claimIndex(Claim88)];
    Claim after = before;
    after.date = date;
    window->session()->edit(Change::edit(before, after, description));
    return true;
}

bool grab(const QString &file, const QRect &area)
{
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0).copy(area);
    const bool ok = shot.save(file);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(file));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: team_shots LEFT_URI RIGHT_URI OUTPUT_FOLDER\n");
        return 2;
    }
    DossierApplication::setIdentity();
    DossierApplication::setUpLanguage();
    // Strings newer than the translations (their plural forms), compiled for the shot alone.
    QTranslator newer;
    if (const QString qm = qEnvironmentVariable("TEAM_SHOTS_QM"); !qm.isEmpty() && newer.load(qm))
        QCoreApplication::installTranslator(&newer);
    const QString folder = QString::fromLocal8Bit(argv[3]);
    MainWindow *windows[2];
    for (int i = 0; i < 2; ++i) {
        CommandLine::WindowOptions options;
        options.database = QString::fromLocal8Bit(argv[1 + i]);
        windows[i] = DossierApplication::showWindow(options);
        if (!windows[i] || !windows[i]->session()->isEditable()) {
            std::fprintf(stderr, "team_shots: window %d did not open editable\n", i + 1);
            return 3;
        }
        windows[i]->setGeometry(1200 * i, 0, 1200, 900);
    }
    MainWindow *left = windows[0], *right = windows[1];
    settle(1500);
    for (MainWindow *w : windows)
        w->dashboard()->selection()->setCurrentClaim(w->session()->dataset().claimIndex(Claim88));
    settle(800);

    const PartialDate month = PartialDate::fromYearMonth(2013, 7);
    redate(left, month, QStringLiteral("Change date of c088"));
    if (!waitFor([&] { return dateOf(right) == month; }, 5000)) {
        std::fprintf(stderr, "team_shots: the right window did not follow\n");
        return 4;
    }
    settle(1500);
    if (!grab(folder + QStringLiteral("/team-two-windows.png"), QRect(0, 0, 2400, 900)))
        return 5;

    // Both change the date; the right one before it has heard of the left one's change.
    QTimer::singleShot(0, &app, [&] {
        redate(left, PartialDate::fromYear(2014), QStringLiteral("Change date of c088"));
        redate(right, PartialDate::fromDate(QDate(2013, 9, 12)),
               QStringLiteral("Change date of c088"));
    });
    // The dialog runs its own event loop (ConflictActions): looked for, shot and closed from
    // a timer inside it.
    bool shot = false, ok = false;
    QTimer look;
    look.setInterval(100);
    QObject::connect(&look, &QTimer::timeout, &app, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<WriteConflictDialog *>(w);
            if (!dialog || !dialog->isVisible())
                continue;
            look.stop();
            QTimer::singleShot(1500, dialog, [&, dialog] {
                const QRect frame = dialog->frameGeometry().adjusted(-24, -24, 24, 24);
                ok = grab(folder + QStringLiteral("/team-conflict-dialog.png"),
                          frame.intersected(QRect(0, 0, 2400, 900)));
                shot = true;
                dialog->reject(); // Keep Theirs: nothing of the right window's is written
            });
            return;
        }
    });
    look.start();
    if (!waitFor([&] { return shot; }, 15000)) {
        std::fprintf(stderr, "team_shots: no conflict dialog\n");
        return 6;
    }
    settle(500);
    return ok ? 0 : 5;
}
