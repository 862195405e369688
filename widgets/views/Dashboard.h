#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

class ActorListView;
class ArticleView;
class CitationPanel;
class ClaimTableView;
class ConflictsView;
class Dataset;
struct DatasetDelta;
class FilterBar;
class FilterState;
class OverviewPanel;
class HiddenClaimBar;
class SelectionHistory;
class SelectionState;
class TimelineChart;

/// The dashboard's parts on one dataset: the shared filter and selection, and the views
/// that read them. It creates and connects them; a window only places the views (they have
/// no parent until placed; views never placed are deleted with the dashboard).
class Dashboard final : public QObject
{
    Q_OBJECT
public:
    /// The dataset must outlive the dashboard.
    explicit Dashboard(const Dataset &dataset, QObject *parent = nullptr);
    ~Dashboard() override;

    const Dataset &dataset() const { return m_dataset; }
    FilterState *filter() const { return m_filter; }
    SelectionState *selection() const { return m_selection; }
    FilterBar *filterBar() const { return m_filterBar; }
    /// The notice shown while the current claim is one the filter hides.
    HiddenClaimBar *hiddenClaimBar() const { return m_hiddenClaimBar; }
    TimelineChart *chart() const { return m_chart; }
    ActorListView *actorList() const { return m_actorList; }
    ClaimTableView *claimTable() const { return m_claimTable; }
    CitationPanel *citationPanel() const { return m_citationPanel; }
    OverviewPanel *overview() const { return m_overview; }
    ConflictsView *conflicts() const { return m_conflicts; }
    /// The article window, created on first use; its parent is `parentWindow`.
    ArticleView *articleView(QWidget *parentWindow = nullptr);

    QString corpusPath() const { return m_corpusPath; }
    void setCorpusPath(const QString &path);
    /// Opens the article of a citation with its quote highlighted.
    void showInArticle(int claim, int citation);
    /// Brings every view up to date with a change the dataset has been through, updating
    /// only what it touched where a view can; `history` (when the window keeps one) follows too.
    void applyDelta(const DatasetDelta &delta, SelectionHistory *history = nullptr);

signals:
    void corpusPathChanged(const QString &path);

private:
    void describeForAccessibility();

    const Dataset &m_dataset;
    FilterState *m_filter;
    SelectionState *m_selection;
    FilterBar *m_filterBar;
    HiddenClaimBar *m_hiddenClaimBar;
    TimelineChart *m_chart;
    ActorListView *m_actorList;
    ClaimTableView *m_claimTable;
    CitationPanel *m_citationPanel;
    OverviewPanel *m_overview;
    ConflictsView *m_conflicts;
    ArticleView *m_articleView = nullptr;
    QList<QPointer<QWidget>> m_views; ///< to delete those never placed in a window
    QString m_corpusPath;
};
