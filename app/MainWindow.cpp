#include "MainWindow.h"

#include "ReportActions.h"

#include "ActorListView.h"
#include "CitationPanel.h"
#include "ClaimTableView.h"
#include "Dashboard.h"
#include "FilterBar.h"
#include "FilterState.h"
#include "SelectionState.h"
#include "TimelineChart.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString FilterKey = QStringLiteral("dashboard/filter");
const QString ModeKey = QStringLiteral("dashboard/reported");
const QString CorpusKey = QStringLiteral("corpus/path");

} // namespace

MainWindow::MainWindow(Dataset dataset, const DatasetLoader::Result &origin, const QString &corpus,
                       QWidget *parent)
    : QMainWindow(parent), m_dataset(std::move(dataset)), m_databasePath(origin.databasePath),
      m_datasetSha256(origin.datasetSha256), m_dashboard(new Dashboard(m_dataset, this))
{
    setWindowTitle(m_dataset.info.title.isEmpty() ? tr("Dossier")
                                                  : tr("%1 — Dossier").arg(m_dataset.info.title));
    placeViews();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
    m_counts = new QLabel(this);
    m_corpus = new QLabel(this);
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_corpus);
    connect(m_dashboard->filter(), &FilterState::changed, this, &MainWindow::updateStatus);
    connect(m_dashboard, &Dashboard::corpusPathChanged, this, &MainWindow::updateStatus);
    if (const QScreen *screen = this->screen())
        resize(screen->availableGeometry().size().boundedTo(QSize(1600, 1000)));
    const bool wide = width() >= 1400;
    resizeDocks({m_actorsDock, m_citationsDock}, {wide ? 400 : 200, wide ? 380 : 270},
                Qt::Horizontal);
    restoreSettings(corpus);
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
    addDockWidget(Qt::LeftDockWidgetArea, actors);
    auto *citations = m_citationsDock = new QDockWidget(tr("Citations"), this);
    citations->setObjectName(QStringLiteral("citationsDock"));
    citations->setWidget(m_dashboard->citationPanel());
    addDockWidget(Qt::RightDockWidgetArea, citations);
    m_dashboard->actorList()->setMinimumWidth(180);
    m_dashboard->citationPanel()->setMinimumWidth(260);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *attach =
        file->addAction(tr("&Attach Corpus Folder…"), this, &MainWindow::attachCorpus);
    attach->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addSeparator();
    // The report (issue 5) prints what the dashboard's filter shows, with the chart's mode.
    FilterState *filter = m_dashboard->filter();
    TimelineChart *chart = m_dashboard->chart();
    auto *report = new ReportActions([filter] { return filter->filter(); },
                                     TimelineChart::printPainter(m_dataset, chart->mode()), this);
    report->setDataset(&m_dataset, m_datasetSha256);
    connect(chart, &TimelineChart::modeChanged, report, [this, report](TimelineMode mode) {
        report->setChartPainter(TimelineChart::printPainter(m_dataset, mode));
    });
    report->previewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    report->exportPdfAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    file->addAction(report->printAction());
    file->addAction(report->previewAction());
    file->addAction(report->exportPdfAction());
    file->addSeparator();
    QAction *png =
        file->addAction(tr("Export Chart as &PNG…"), this, [this] { exportChart(false); });
    png->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QAction *pdf =
        file->addAction(tr("Export Chart as P&DF…"), this, [this] { exportChart(true); });
    pdf->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find =
        edit->addAction(tr("&Find…"), m_dashboard->filterBar(), &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *clear =
        edit->addAction(tr("&Clear Filter"), m_dashboard->filter(), &FilterState::clear);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    QAction *none = edit->addAction(tr("Select &None"), m_dashboard->selection(),
                                    &SelectionState::clearSelection);
    none->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    TimelineChart *chart = m_dashboard->chart();
    m_modeGroup = new QActionGroup(this);
    QAction *happened = view->addAction(tr("Plot by When It &Happened"));
    happened->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *reported = view->addAction(tr("Plot by When It Was &Reported"));
    reported->setShortcut(QKeySequence(tr("Ctrl+2")));
    for (QAction *a : {happened, reported}) {
        a->setCheckable(true);
        m_modeGroup->addAction(a);
    }
    happened->setChecked(true);
    connect(happened, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineMode::Happened); });
    connect(reported, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineMode::Reported); });
    connect(chart, &TimelineChart::modeChanged, this, [happened, reported](TimelineMode mode) {
        (mode == TimelineMode::Happened ? happened : reported)->setChecked(true);
    });
    view->addSeparator();
    QAction *fit =
        view->addAction(tr("&Zoom to Selection"), chart, &TimelineChart::zoomToSelection);
    fit->setShortcut(QKeySequence(tr("F")));
    QAction *reset = view->addAction(tr("&Reset Zoom"), chart, &TimelineChart::resetZoom);
    reset->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Dossier"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatus()
{
    const FilterState *filter = m_dashboard->filter();
    m_counts->setText(tr("%1 of %2 claims · %3 actors · %4 sources")
                          .arg(filter->matchCount())
                          .arg(m_dataset.claims.size())
                          .arg(m_dataset.actors.size())
                          .arg(m_dataset.sources.size()));
    const QString corpus = m_dashboard->corpusPath();
    m_corpus->setText(corpus.isEmpty() ? tr("No corpus attached")
                                       : tr("Corpus: %1").arg(QDir::toNativeSeparators(corpus)));
}

void MainWindow::restoreSettings(const QString &corpus)
{
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_dashboard->filter()->setFilter(
        FilterState::fromVariantMap(settings.value(FilterKey).toMap(), m_dataset));
    if (settings.value(ModeKey).toBool())
        m_dashboard->chart()->setMode(TimelineMode::Reported);
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
    m_dashboard->setCorpusPath(dir);
    QSettings().setValue(CorpusKey, dir);
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
            tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Dossier"),
        tr("<h3>Dossier %1</h3><p>An investigative dashboard over a curated, cited dataset.</p>"
           "<p>Dataset: %2 (version %3), %4 claims from %5 sources.<br>Database: %6</p>"
           "<p>Charts drawn with QCustomPlot (GPL-3.0).</p>")
            .arg(QStringLiteral(DOSSIER_VERSION), m_dataset.info.title.toHtmlEscaped(),
                 m_dataset.info.version.toHtmlEscaped())
            .arg(m_dataset.claims.size())
            .arg(m_dataset.sources.size())
            .arg(QDir::toNativeSeparators(m_databasePath).toHtmlEscaped()));
}
