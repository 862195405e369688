#pragma once

#include <QObject>

class ClaimTableView;
class QAction;
class QMenu;
class TimelineChart;

/// The View menu's actions on the timeline and the table: what the chart plots by, its zoom,
/// its lanes' height, and the table's statement lines (remembered by the window's settings).
class ChartActions final : public QObject
{
    Q_OBJECT
public:
    ChartActions(TimelineChart *chart, ClaimTableView *table, QObject *parent);

    /// Adds them to `view`, in groups separated as they read.
    void addTo(QMenu *view) const;

private:
    QList<QAction *> m_mode;
    QList<QAction *> m_zoom;
    QAction *m_wrap;
};
