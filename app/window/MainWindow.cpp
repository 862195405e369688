#include "app/window/MainWindow.h"

#include "app/window/AccessLabel.h"
#include "app/window/ChartActions.h"
#include "app/window/DatasetExportAction.h"
#include "app/window/DossierActions.h"
#include "app/window/EditActions.h"
#include "app/window/EditControllers.h"
#include "app/window/MarkupActions.h"

#include "models/data/DatasetDelta.h"
#include "models/session/DossierSession.h"
#include "models/session/MarkupSession.h"

#include "app/window/DropImporter.h"
#include "app/window/RecentMenu.h"
#include "app/window/SavedViewsMenu.h"
#include "app/window/TeamConnection.h"
#include "app/window/WindowGeometry.h"
#include "models/data/TextUtil.h"
#include "models/store/OpenStore.h"
#include "models/viewmodels/ClaimClipboard.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/report/ClaimExport.h"
#include "widgets/report/ReportActions.h"
#include "widgets/shell/AboutText.h"
#include "widgets/shell/AppSettings.h"
#include "widgets/shell/PreferencesDialog.h"
#include "widgets/shell/ShortcutsDialog.h"

#include "models/filter/FilterState.h"
#include "models/filter/SelectionHistory.h"
#include "models/filter/SelectionState.h"
#include "widgets/inspector/ClaimInspector.h"
#include "widgets/inspector/InspectorDock.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/CheckListButton.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/ElidedLabel.h"
#include "widgets/views/FilterBar.h"
#include "widgets/views/HiddenClaimBar.h"
#include "widgets/views/OverviewPanel.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>

using namespace AppSettings;

namespace {

/// The platform's shortcut, or ours where the platform has none (Preferences on X11).
QKeySequence standardOr(QKeySequence::StandardKey key, const QString &fallback)
{
    return QKeySequence::keyBindings(key).isEmpty() ? QKeySequence(fallback) : QKeySequence(key);
}

} // namespace

MainWindow::MainWindow(Dataset dataset, const DatasetLoader::Result &origin, const QString &corpus,
                       QWidget *parent)
    : QMainWindow(parent), m_session(new DossierSession(std::move(dataset), this)),
      m_databasePath(origin.databasePath), m_datasetSha256(origin.datasetSha256),
      m_dashboard(new Dashboard(m_session->dataset(), this))
{
    const QString title =
        m_session->dataset().info.title.isEmpty()
            ? tr("Dossier")
            : tr("%1 — Dossier").arg(TextUtil::isolated(m_session->dataset().info.title));
    setWindowTitle(PlainText::forWindowTitle(title));
    placeViews();
    attachStore();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createGoMenu();
    createHelpMenu();
    // Both elide in a narrow window (whole in their tooltips) rather than run into each other.
    m_counts = new ElidedLabel(this);
    m_corpus = new ElidedLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_corpus->setTextFormat(Qt::PlainText); // a folder may be called "<b>"
    // The corpus takes no more than its text, so a status message (shown in place of the
    // counts) keeps the rest of the bar.
    statusBar()->addWidget(m_counts, 1);
    if (isServerLocation(m_databasePath)) {
        // Which server the edits go to, without the password the connection may hold.
        m_server = new ElidedLabel(this);
        m_server->setTextFormat(Qt::PlainText);
        m_server->setFullText(
            tr("Team dossier: %1").arg(TextUtil::isolated(displayedLocation(m_databasePath))));
        m_server->setAccessibleDescription(tr("The server the dossier is kept and saved on"));
        m_permanent.append(m_server);
    }
    m_permanent.append(new AccessLabel(*m_session, *m_controllers->markup()->markup(), this));
    m_permanent.append(m_corpus);
    for (QWidget *label : std::as_const(m_permanent))
        statusBar()->addPermanentWidget(label);
    connect(m_dashboard->filter(), &FilterState::changed, this, &MainWindow::updateStatus);
    // Every edit, undo and redo reaches the views through the dashboard, which updates what
    // the change touched.
    connect(&m_session->dossier(), &Dossier::changed, this,
            [this](const DatasetDelta &delta) { m_dashboard->applyDelta(delta, m_history); });
    connect(m_dashboard, &Dashboard::corpusPathChanged, this, &MainWindow::updateStatus);
    fitToScreen(availableGeometry());
    restoreSettings(corpus);
    setFocusOrder();
    setAcceptDrops(true);
    m_drops = new DropImporter(this);
    connect(m_drops, &DropImporter::corpusDropped, this, &MainWindow::setCorpus);
    connect(m_drops, &DropImporter::databaseCreated, this, &MainWindow::openDatabaseRequested);
    connect(m_drops, &DropImporter::articleDropped, m_controllers->dossier(),
            &DossierActions::addArticle);
    setAccessibleName(title);
    setAccessibleDescription(tr("The dispute's claims: filter, timeline, table, actors and "
                                "citations"));
    statusBar()->setAccessibleName(tr("Status"));
    statusBar()->setAccessibleDescription(tr("Counts of the claims shown and the corpus"));
    // Named by their text, which QLabel announces as it changes; what they are, described.
    m_counts->setAccessibleDescription(tr("Counts of the claims shown, actors and sources"));
    m_corpus->setAccessibleDescription(tr("The folder of articles the quotes are checked in"));
    updateStatus();
    if (origin.readOnly)
        statusBar()->showMessage(tr("The database is read-only: nothing will be saved to it."),
                                 10000);
    else if (!origin.notices.isEmpty())
        statusBar()->showMessage(origin.notices.join(QStringLiteral(" · ")), 10000);
}

MainWindow::~MainWindow() = default;

void MainWindow::placeViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_dashboard->filterBar());
    layout->addWidget(m_dashboard->hiddenClaimBar());
    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("chartTableSplitter"));
    m_splitter->addWidget(m_dashboard->chart());
    m_splitter->addWidget(m_dashboard->claimTable());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    auto *actors = m_actorsDock = new QDockWidget(tr("Actors"), this);
    actors->setObjectName(QStringLiteral("actorsDock"));
    actors->setWidget(m_dashboard->actorList());
    actors->setAccessibleName(tr("Actors"));
    actors->setAccessibleDescription(tr("Everyone the claims involve, with their counts"));
    addDockWidget(Qt::LeftDockWidgetArea, actors);
    auto *citations = m_citationsDock = new QDockWidget(tr("Citations"), this);
    citations->setObjectName(QStringLiteral("citationsDock"));
    citations->setWidget(m_dashboard->citationPanel());
    citations->setAccessibleName(tr("Citations"));
    citations->setAccessibleDescription(tr("The selected claim's sources and quotes"));
    addDockWidget(Qt::RightDockWidgetArea, citations);
    // Narrow enough that the window fits a 800 px wide screen (or 1600 px at 200%).
    m_dashboard->actorList()->setMinimumWidth(140);
    m_dashboard->citationPanel()->setMinimumWidth(180);
    // Enter on a claim in the chart: its citations come into view (the dock may be closed or
    // tabbed behind another).
    connect(m_dashboard->chart(), &TimelineChart::claimActivated, this, [this] {
        m_citationsDock->show();
        m_citationsDock->raise();
    });
    createOverviewDock();
    createConflictsDock();
    // Closed until asked for, then a tab beside the citations: tabbed only then, since a tab
    // bar in the window from the start would add to it and to its Tab chain for nothing.
    m_inspectorDock = new InspectorDock(*m_session, *m_dashboard->selection(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_inspectorDock->hide();
    connect(m_inspectorDock->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (!shown || !tabifiedDockWidgets(m_inspectorDock).isEmpty())
            return;
        tabifyDockWidget(m_citationsDock, m_inspectorDock);
        m_inspectorDock->raise();
    });
}

void MainWindow::createOverviewDock()
{
    // The way in for a newcomer: shown on the first open, heading a column of docks
    // (arrangeDocks), closed with Alt+0 once the dispute is familiar.
    auto *overview = m_overviewDock = new QDockWidget(tr("Overview"), this);
    overview->setObjectName(QStringLiteral("overviewDock"));
    overview->setWidget(m_dashboard->overview());
    overview->setAccessibleName(tr("Overview"));
    overview->setAccessibleDescription(tr("The dispute in brief, under the filter"));
    m_dashboard->overview()->setMinimumWidth(140);
    addDockWidget(Qt::LeftDockWidgetArea, overview);
    QAction *toggle = overview->toggleViewAction();
    toggle->setText(tr("&Overview"));
    toggle->setShortcut(QKeySequence(tr("Alt+0")));
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_dashboard->overview()->browser()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::createConflictsDock()
{
    // Below the chart and the table, as wide as they are: the sides need the width. Closed
    // until asked for, so the first window stays as it was.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto *conflicts = m_conflictsDock = new QDockWidget(tr("Conflicts"), this);
    conflicts->setObjectName(QStringLiteral("conflictsDock"));
    conflicts->setWidget(m_dashboard->conflicts());
    conflicts->setAccessibleName(tr("Conflicts"));
    conflicts->setAccessibleDescription(tr("Each recorded conflict with its claims side by side"));
    addDockWidget(Qt::BottomDockWidgetArea, conflicts);
    conflicts->hide();
    QAction *toggle = conflicts->toggleViewAction();
    toggle->setText(tr("Co&nflicts"));
    toggle->setShortcut(QKeySequence(tr("Alt+9")));
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        resizeDocks({m_conflictsDock}, {height() / 3}, Qt::Vertical);
        m_dashboard->conflicts()->table()->setFocus(Qt::ShortcutFocusReason);
    });
}

QRect MainWindow::availableGeometry() const
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(QPoint(), WindowGeometry::LargestFirstSize);
}

void MainWindow::fitToScreen(const QRect &available)
{
    setGeometry(WindowGeometry::firstRun(available));
    arrangeDocks();
}

void MainWindow::arrangeDocks()
{
    const WindowGeometry::Docks docks = WindowGeometry::docks(width());
    // The overview heads the column it shares, where a newcomer starts reading.
    if (docks.stacked) {
        // Under the citations rather than a tab behind them: both stay in sight and on the
        // Tab chain.
        addDockWidget(Qt::RightDockWidgetArea, m_overviewDock);
        splitDockWidget(m_overviewDock, m_citationsDock, Qt::Vertical);
        splitDockWidget(m_citationsDock, m_actorsDock, Qt::Vertical);
        resizeDocks({m_citationsDock}, {docks.citations}, Qt::Horizontal);
        resizeDocks({m_overviewDock, m_citationsDock, m_actorsDock}, {2, 3, 2}, Qt::Vertical);
    } else {
        addDockWidget(Qt::LeftDockWidgetArea, m_overviewDock);
        splitDockWidget(m_overviewDock, m_actorsDock, Qt::Vertical);
        resizeDocks({m_actorsDock, m_citationsDock}, {docks.actors, docks.citations},
                    Qt::Horizontal);
        resizeDocks({m_overviewDock, m_actorsDock}, {1, 1}, Qt::Vertical);
    }
    if (m_inspectorDock->isVisible())
        tabifyDockWidget(m_citationsDock, m_inspectorDock);
    m_citationsDock->raise();
}

void MainWindow::attachStore()
{
    // Every edit is saved at once in the database the window shows, each in its transaction.
    if (m_databasePath.isEmpty()) {
        m_session->setReadOnlyReason(tr("No database is open: edits could not be saved."));
    } else {
        QString error;
        if (!m_session->attachStore(m_databasePath, DossierSession::defaultUser(), &error))
            m_session->setReadOnlyReason(
                tr("The database cannot be opened for editing: %1").arg(error));
    }
    m_controllers = new EditControllers(*m_session, *m_dashboard, m_inspectorDock->inspector(),
                                        statusBar(), this);
    connect(m_controllers->claims(), &EditActions::copySaved, this,
            &MainWindow::openDatabaseRequested);
    DossierActions *dossier = m_controllers->dossier();
    connect(dossier, &DossierActions::corpusChosen, this, &MainWindow::setCorpus);
    connect(dossier, &DossierActions::dossierCreated, this,
            [this](const QString &database, const QString &corpus) {
                setCorpus(corpus);
                emit openDatabaseRequested(database);
            });
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_controllers->dossier()->newDossierAction());
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    auto *recent = new RecentMenu(this);
    connect(recent, &RecentMenu::openRequested, this, &MainWindow::openDatabaseRequested);
    file->addMenu(recent);
    QAction *team = file->addAction(tr("Connect to &Team Dossier…"), this, [this] {
        if (const QString connection = TeamConnection::ask(this); !connection.isEmpty())
            emit openDatabaseRequested(connection);
    });
    team->setObjectName(QStringLiteral("connectTeamDossier"));
    file->addSeparator();
    QAction *attach =
        file->addAction(tr("&Attach Corpus Folder…"), this, &MainWindow::attachCorpus);
    attach->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addAction(m_controllers->dossier()->addArticleAction());
    file->addSeparator();
    // The report (issue 5) prints what the dashboard's filter shows, with the chart's mode.
    FilterState *filter = m_dashboard->filter();
    TimelineChart *chart = m_dashboard->chart();
    auto *report = m_report =
        new ReportActions([filter] { return filter->filter(); },
                          TimelineChart::printPainter(m_session->dataset(), chart->mode()), this);
    report->setDataset(&m_session->dataset(), m_datasetSha256);
    report->setMarkup(&m_controllers->markup()->markup()->markup());
    report->setPageSize(AppSettings::resolvedPageSize());
    connect(chart, &TimelineChart::modeChanged, report, [this, report](TimelineMode mode) {
        report->setChartPainter(TimelineChart::printPainter(m_session->dataset(), mode));
    });
    report->previewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    report->exportPdfAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    file->addAction(report->printAction());
    file->addAction(report->previewAction());
    file->addAction(report->exportPdfAction());
    file->addSeparator();
    m_claimExport = new ClaimExport(
        m_session->dataset(), [filter] { return filter->matchingClaims(); },
        [filter] { return filter->filter(); }, this);
    m_claimExport->action()->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(m_claimExport, &ClaimExport::exported, this, [this](const QString &path, int claims) {
        statusBar()->showMessage(
            tr("Exported %n claim(s) to %1", nullptr, claims).arg(QDir::toNativeSeparators(path)),
            8000);
    });
    file->addAction(m_claimExport->action());
    file->addAction(m_controllers->datasetExport()->action());
    file->addAction(m_controllers->datasetExport()->includeMarkupAction());
    QAction *png =
        file->addAction(tr("Export Chart as &PNG…"), this, [this] { exportChart(false); });
    png->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QAction *pdf =
        file->addAction(tr("Export Chart as P&DF…"), this, [this] { exportChart(true); });
    pdf->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    file->addSeparator();
    file->addAction(m_controllers->claims()->saveCopyAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // "Undo Change date of c052": the stack names the edit each would undo or redo.
    QUndoStack *stack = m_session->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_controllers->addTo(edit);
    edit->addSeparator();
    QAction *find =
        edit->addAction(tr("&Find…"), m_dashboard->filterBar(), &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *clear =
        edit->addAction(tr("&Clear Filter"), m_dashboard->filter(), &FilterState::clear);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    QAction *none = edit->addAction(tr("Select &None"), m_dashboard->selection(),
                                    &SelectionState::clearSelection);
    none->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    edit->addSeparator();
    // Copies claims, not text: a search field or the citations' text, when focused, copies
    // their own selection with the same keys.
    QAction *copy = edit->addAction(tr("&Copy Claims with Quotes"), this, [this] {
        const QList<int> &claims = m_dashboard->selection()->selectedClaims();
        if (!claims.isEmpty())
            QGuiApplication::clipboard()->setMimeData(
                ClaimClipboard::mimeData(m_session->dataset(), claims));
    });
    copy->setObjectName(QStringLiteral("copyClaims"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected claims with their dates, quotes and sources, as "
                          "text and as formatted text for a memo"));
    copy->setEnabled(false);
    connect(m_dashboard->selection(), &SelectionState::selectionChanged, copy, [this, copy] {
        copy->setEnabled(!m_dashboard->selection()->selectedClaims().isEmpty());
    });
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(standardOr(QKeySequence::Preferences, QStringLiteral("Ctrl+,")));
    prefs->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createGoMenu()
{
    // Back and Forward walk the claims made current, as a browser walks pages.
    m_history = new SelectionHistory(*m_dashboard->selection(), this);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), m_history, &SelectionHistory::back);
    back->setObjectName(QStringLiteral("historyBack"));
    back->setShortcut(standardOr(QKeySequence::Back, QStringLiteral("Alt+Left")));
    back->setStatusTip(tr("Go back to the claim selected before"));
    QAction *forward = go->addAction(tr("&Forward"), m_history, &SelectionHistory::forward);
    forward->setObjectName(QStringLiteral("historyForward"));
    forward->setShortcut(standardOr(QKeySequence::Forward, QStringLiteral("Alt+Right")));
    forward->setStatusTip(tr("Go forward again to the claim selected after"));
    const auto update = [this, back, forward] {
        back->setEnabled(m_history->canGoBack());
        forward->setEnabled(m_history->canGoForward());
    };
    connect(m_history, &SelectionHistory::changed, this, update);
    update();
    qApp->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == this) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            if (button == Qt::BackButton)
                m_history->back();
            else
                m_history->forward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::StatusTip) {
        const QString tip = static_cast<QStatusTipEvent *>(event)->tip();
        // The message starts a few pixels in and ends before the labels that stay (server,
        // access, corpus), which would cut it without an ellipsis.
        int end = statusBar()->width();
        for (const QWidget *label : std::as_const(m_permanent))
            if (label->isVisible())
                end = std::min(end, label->x());
        const int room = end - 16;
        if (room > 0 && statusBar()->fontMetrics().horizontalAdvance(tip) > room) {
            statusBar()->showMessage(
                statusBar()->fontMetrics().elidedText(tip, Qt::ElideRight, room));
            return true;
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    TimelineChart *chart = m_dashboard->chart();
    (new ChartActions(chart, m_dashboard->claimTable(), this))->addTo(view);
    view->addSeparator();
    // Keyboard access to each part of the window, in the focus order.
    const struct
    {
        const char *text;
        const char *keys;
        QWidget *target;
    } parts[] = {
        {QT_TR_NOOP("Go to &Timeline"), QT_TR_NOOP("Alt+1"), chart->plot()},
        {QT_TR_NOOP("Go to Claims &Table"), QT_TR_NOOP("Alt+2"), m_dashboard->claimTable()},
        {QT_TR_NOOP("Go to &Actors"), QT_TR_NOOP("Alt+3"), m_dashboard->actorList()},
        {QT_TR_NOOP("Go to C&itations"), QT_TR_NOOP("Alt+4"),
         m_dashboard->citationPanel()->browser()},
    };
    for (const auto &part : parts) {
        QWidget *target = part.target;
        QAction *go = view->addAction(tr(part.text), target, [target] {
            // The dock may be closed, or a tab behind the other dock.
            for (QWidget *w = target->parentWidget(); w; w = w->parentWidget())
                if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                    dock->show();
                    dock->raise();
                    break;
                }
            target->setFocus(Qt::ShortcutFocusReason);
        });
        go->setShortcut(QKeySequence(tr(part.keys)));
    }
    view->addSeparator();
    const QKeySequence dockKeys[] = {QKeySequence(tr("Ctrl+Alt+1")),
                                     QKeySequence(tr("Ctrl+Alt+2"))};
    int d = 0;
    for (QDockWidget *dock : {m_actorsDock, m_citationsDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(tr("Show %1").arg(dock->windowTitle()));
        toggle->setShortcut(dockKeys[d++]);
        view->addAction(toggle);
    }
    view->addAction(m_overviewDock->toggleViewAction());
    view->addAction(m_conflictsDock->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    addSavedViewsMenu(view);
}

void MainWindow::addSavedViewsMenu(QMenu *view)
{
    view->addSeparator();
    m_savedViews = new SavedViewsMenu(*m_dashboard, this);
    view->addMenu(m_savedViews);
    connect(m_savedViews, &SavedViewsMenu::applied, this, [this](const QString &name) {
        statusBar()->showMessage(tr("View “%1” applied").arg(TextUtil::isolated(name)), 5000);
    });
}

bool MainWindow::applySavedView(const QString &name)
{
    return m_savedViews && m_savedViews->applyNamed(name);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(tr("Ctrl+/")));
    QAction *sources =
        help->addAction(tr("About the &Sources"), this, &MainWindow::showAboutSources);
    sources->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Dossier"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatus()
{
    const FilterState *filter = m_dashboard->filter();
    m_counts->setFullText(tr("%1 of %2 claims · %3 actors · %4 sources")
                              .arg(filter->matchCount())
                              .arg(m_session->dataset().claims.size())
                              .arg(m_session->dataset().actors.size())
                              .arg(m_session->dataset().sources.size()));
    const QString corpus = m_dashboard->corpusPath();
    m_corpus->setFullText(
        corpus.isEmpty()
            ? tr("No corpus attached")
            : tr("Corpus: %1").arg(TextUtil::isolated(QDir::toNativeSeparators(corpus))));
}

void MainWindow::restoreSettings(const QString &corpus)
{
    QSettings settings;
    // Saved on a larger screen, or at a smaller scale, it would not fit this one.
    if (restoreGeometry(settings.value(GeometryKey).toByteArray()) && !isMaximized() &&
        !isFullScreen())
        setGeometry(
            WindowGeometry::clamped(geometry(), WindowGeometry::clientArea(availableGeometry())));
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    if (AppSettings::startFilter() == AppSettings::StartFilter::RestoreLast)
        m_dashboard->filter()->setFilter(
            FilterState::fromVariantMap(settings.value(FilterKey).toMap(), m_session->dataset()));
    if (settings.value(ModeKey).toBool())
        m_dashboard->chart()->setMode(TimelineMode::Reported);
    const int grouping = settings.value(GroupingKey, 0).toInt();
    if (grouping > 0 && grouping <= int(TimelineGrouping::None))
        m_dashboard->chart()->setGrouping(TimelineGrouping(grouping));
    const int order = settings.value(LaneOrderKey, 0).toInt();
    if (order > 0 && order <= int(TimelineLaneOrder::Name))
        m_dashboard->chart()->setLaneOrder(TimelineLaneOrder(order));
    if (!corpus.isEmpty())
        settings.setValue(CorpusKey, corpus); // --corpus is remembered for next time
    m_dashboard->setCorpusPath(corpus.isEmpty() ? settings.value(CorpusKey).toString() : corpus);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(FilterKey, FilterState::toVariantMap(m_dashboard->filter()->filter()));
    settings.setValue(ModeKey, m_dashboard->chart()->mode() == TimelineMode::Reported);
    settings.setValue(GroupingKey, int(m_dashboard->chart()->grouping()));
    settings.setValue(StatementLinesKey, m_dashboard->claimTable()->statementLines());
    settings.setValue(LaneOrderKey, int(m_dashboard->chart()->laneOrder()));
    settings.setValue(CorpusKey, m_dashboard->corpusPath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::attachCorpus()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Attach Corpus Folder"),
                                                          m_dashboard->corpusPath());
    if (dir.isEmpty())
        return;
    setCorpus(dir);
}

void MainWindow::setCorpus(const QString &path)
{
    m_dashboard->setCorpusPath(path);
    AppSettings::setCorpusPath(path);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Corpus attached: %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_databasePath).absolutePath(),
        tr("Dossier databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::setFocusOrder()
{
    // Filter bar, then the chart (its controls as they read, then the plot), the table and the
    // conflicts under it, the overview, the actors and the citations.
    FilterBar *bar = m_dashboard->filterBar();
    // The filter bar's fields in the order they read (Clear Filter ends its last row).
    QList<QWidget *> chain = {bar->actorEdit(),
                              bar->fromYearBox(),
                              bar->toYearBox(),
                              bar->sourcesButton(),
                              bar->kindsButton(),
                              bar->conflictBox(),
                              bar->sourcingBox(),
                              bar->claimantsButton(),
                              bar->keyOnlyBox(),
                              bar->tagsButton(),
                              bar->searchEdit(),
                              bar->clearButton(),
                              m_dashboard->hiddenClaimBar()->showButton(),
                              m_dashboard->hiddenClaimBar()->clearButton(),
                              m_dashboard->hiddenClaimBar()->dismissButton()};
    chain << m_dashboard->chart()->headerControls();
    chain << m_dashboard->chart()->plot() << m_dashboard->claimTable()
          << m_dashboard->conflicts()->table() << m_dashboard->overview()->browser()
          << m_dashboard->actorList() << m_dashboard->citationPanel()->browser()
          << m_dashboard->citationPanel()->showInArticleButton();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

QList<QAction *> MainWindow::menuActions() const
{
    QList<QAction *> out;
    std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            out.append(a);
            if (a->menu())
                walk(a->menu());
        }
    };
    for (QAction *a : menuBar()->actions())
        if (a->menu())
            walk(a->menu());
    return out;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::corpusChanged, this, &MainWindow::setCorpus);
    if (dialog.exec() == QDialog::Accepted)
        m_report->setPageSize(AppSettings::resolvedPageSize());
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showAboutSources()
{
    QMessageBox box(QMessageBox::Information, tr("About the Sources"), AboutText::sources(),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // One import at a time: a second dataset waits until the first is done.
    if (!m_drops->isBusy() && !DropImporter::acceptedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = DropImporter::acceptedPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the import may show dialogs.
    QMetaObject::invokeMethod(
        this, [this, path] { m_drops->handle(path); }, Qt::QueuedConnection);
}

void MainWindow::exportChart(bool pdf)
{
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export Chart as PDF") : tr("Export Chart as PNG"),
        QDir::home().filePath(tr("timeline") + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    TimelineChart *chart = m_dashboard->chart();
    const bool ok = pdf ? chart->exportPdf(path) : chart->exportPng(path);
    if (ok)
        statusBar()->showMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(
            this, tr("Export Chart"),
            PlainText::forAutoText(
                tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path))));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dossier"),
                       AboutText::about(m_session->dataset(), displayedLocation(m_databasePath)));
}
