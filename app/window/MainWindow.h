#pragma once

#include "models/data/Dataset.h"
#include "models/store/DatasetLoader.h"

#include <QMainWindow>

class Dashboard;
class SelectionHistory;
class DropImporter;
class ElidedLabel;
class ClaimExport;
class ReportActions;
class SavedViewsMenu;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

/// The dashboard window: places the dashboard's views in a splitter and docks, provides menus,
/// shortcuts and the status bar, and remembers layout, filter and corpus folder in QSettings.
/// It computes nothing itself: the views and the shared models do.
class DossierSession;
class EditControllers;
class InspectorDock;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Dataset dataset, const DatasetLoader::Result &origin, const QString &corpus,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Dashboard *dashboard() const { return m_dashboard; }
    /// The open dossier: its dataset, its one write path and the undo stack.
    DossierSession *session() const { return m_session; }
    /// What a drop on the window does (a corpus folder, a dataset to import).
    DropImporter *dropImporter() const { return m_drops; }
    QString databasePath() const { return m_databasePath; }
    /// Every action of the menus, in menu order (for the shortcuts list and tests).
    QList<QAction *> menuActions() const;

    /// The first run's placement: the window within a screen's available area (device
    /// independent pixels), the docks in proportion to it (stacked in one column when narrow).
    void fitToScreen(const QRect &available);

    /// View ▸ Saved Views.
    SavedViewsMenu *savedViewsMenu() const { return m_savedViews; }
    /// Shows the saved view so named (`dossier --view NAME`); false when there is none.
    bool applySavedView(const QString &name);

    void showPreferences();
    void showShortcuts();
    void showAboutSources();

signals:
    /// File ▸ Open Database, Open Recent or a dropped dataset: the application replaces this
    /// window with one on that database.
    void openDatabaseRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    /// The mouse's back and forward buttons, over any part of the window.
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Status tips elided to the room the corpus label leaves, instead of cut under it.
    bool event(QEvent *event) override;

private:
    void placeViews();
    void attachStore();
    QRect availableGeometry() const;
    /// The docks side by side in proportion to the width, or stacked in one column when it is
    /// narrow.
    void arrangeDocks();
    void createOverviewDock();
    void createConflictsDock();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void addSavedViewsMenu(QMenu *view);
    void createGoMenu();
    void createHelpMenu();
    void updateStatus();
    void restoreSettings(const QString &corpus);
    void saveSettings() const;
    void attachCorpus();
    void setCorpus(const QString &path);
    void openDatabase();
    void setFocusOrder();
    void exportChart(bool pdf);
    void showAbout();

    DossierSession *m_session;
    EditControllers *m_controllers = nullptr;
    QString m_databasePath;
    QString m_datasetSha256;
    Dashboard *m_dashboard;
    SavedViewsMenu *m_savedViews = nullptr;
    SelectionHistory *m_history = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_actorsDock = nullptr;
    QDockWidget *m_citationsDock = nullptr;
    QDockWidget *m_overviewDock = nullptr;
    QDockWidget *m_conflictsDock = nullptr;
    InspectorDock *m_inspectorDock = nullptr;
    ElidedLabel *m_counts = nullptr;
    ElidedLabel *m_corpus = nullptr;
    ElidedLabel *m_server = nullptr; ///< the team dossier's server; none for a file
    /// The status bar's labels on its right, which a status tip must not run into.
    QList<QWidget *> m_permanent;
    ReportActions *m_report = nullptr;
    ClaimExport *m_claimExport = nullptr;
    DropImporter *m_drops = nullptr;
};
