#pragma once

#include <QObject>

class QWidget;

/// Reports the window's first frame and quits: the start-up benchmark (tests/bench/
/// bench_startup) times the real program from process start to the moment its window is on
/// screen with its content, and needs the program itself to say when that is. It watches one
/// widget, the one whose content matters (the timeline's plot); Qt paints every widget of a
/// window in one pass and flushes the frame to the screen right after, so once that widget's
/// first paint has returned and the event loop comes back, the frame is on screen. Then it
/// prints `first-paint` on standard output and quits the application.
///
/// The program installs it only when DOSSIER_EXIT_AFTER_FIRST_PAINT=1; the benchmark's bare
/// window (its floor) always does, so both are timed to the same moment.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *EnvironmentVariable = "DOSSIER_EXIT_AFTER_FIRST_PAINT";
    static constexpr const char *Line = "first-paint";

    /// Whether the environment asks for the probe.
    static bool requested();
    /// Watches `widget`'s first paint; the probe is a child of the widget.
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *widget);

    bool m_seen = false;
};
