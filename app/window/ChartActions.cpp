#include "app/window/ChartActions.h"

#include "widgets/shell/AppSettings.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ClaimTableView.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

ChartActions::ChartActions(TimelineChart *chart, ClaimTableView *table, QObject *parent)
    : QObject(parent), m_wrap(new QAction(tr("Wrap &Statements"), this))
{
    auto *modes = new QActionGroup(this);
    auto *happened = new QAction(tr("Plot by When It &Happened"), modes);
    happened->setShortcut(QKeySequence(tr("Ctrl+1")));
    auto *reported = new QAction(tr("Plot by When It Was &Reported"), modes);
    reported->setShortcut(QKeySequence(tr("Ctrl+2")));
    for (QAction *a : {happened, reported})
        a->setCheckable(true);
    (chart->mode() == TimelineMode::Happened ? happened : reported)->setChecked(true);
    connect(happened, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineMode::Happened); });
    connect(reported, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineMode::Reported); });
    connect(chart, &TimelineChart::modeChanged, this, [happened, reported](TimelineMode mode) {
        (mode == TimelineMode::Happened ? happened : reported)->setChecked(true);
    });
    m_mode = {happened, reported};

    const auto zoom = [this, chart](const QString &text, const QString &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(keys));
        connect(action, &QAction::triggered, chart, slot);
        m_zoom.append(action);
    };
    zoom(tr("&Zoom to Selection"), tr("F"), &TimelineChart::zoomToSelection);
    zoom(tr("&Reset Zoom"), tr("Ctrl+0"), &TimelineChart::resetZoom);
    zoom(tr("Show &Whole Span"), tr("Ctrl+Shift+0"), &TimelineChart::showWholeSpan);
    zoom(tr("&Taller Lanes"), tr("Ctrl+]"), &TimelineChart::tallerLanes);
    zoom(tr("S&horter Lanes"), tr("Ctrl+["), &TimelineChart::shorterLanes);

    m_wrap->setObjectName(QStringLiteral("wrapStatements"));
    m_wrap->setCheckable(true);
    m_wrap->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_wrap->setStatusTip(tr("Show each claim's statement on two lines in the table"));
    connect(m_wrap, &QAction::toggled, table,
            [table](bool on) { table->setStatementLines(on ? 2 : 1); });
    m_wrap->setChecked(QSettings().value(AppSettings::StatementLinesKey, 1).toInt() > 1);
}

void ChartActions::addTo(QMenu *view) const
{
    view->addActions(m_mode);
    view->addSeparator();
    view->addActions(m_zoom);
    view->addAction(m_wrap);
}
