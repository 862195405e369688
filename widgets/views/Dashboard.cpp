#include "widgets/views/Dashboard.h"

#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionHistory.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "models/viewmodels/ConflictTableModel.h"
#include "widgets/timeline/TimelineAccessible.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/FilterBar.h"
#include "widgets/views/HiddenClaimBar.h"
#include "widgets/views/OverviewPanel.h"

#include <qcustomplot.h>

Dashboard::Dashboard(const Dataset &dataset, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_filter(new FilterState(dataset, this)),
      m_selection(new SelectionState(dataset, m_filter, this))
{
    // The selection connects to the filter first, so every view sees a selection that
    // already dropped hidden claims when it handles a filter change.
    m_filterBar = new FilterBar(*m_filter);
    m_hiddenClaimBar = new HiddenClaimBar(*m_filter, *m_selection);
    m_chart = new TimelineChart(*m_filter, *m_selection);
    m_actorList = new ActorListView(*m_filter, *m_selection);
    m_claimTable = new ClaimTableView(*m_filter, *m_selection);
    m_citationPanel = new CitationPanel(dataset, *m_selection);
    m_overview = new OverviewPanel(*m_filter, *m_selection);
    m_conflicts = new ConflictsView(*m_filter, *m_selection);
    m_views = {m_filterBar,  m_hiddenClaimBar, m_chart,    m_actorList,
               m_claimTable, m_citationPanel,  m_overview, m_conflicts};
    describeForAccessibility();
    connect(m_citationPanel, &CitationPanel::showInArticleRequested, this,
            &Dashboard::showInArticle);
}

void Dashboard::describeForAccessibility()
{
    TimelineAccessible::install();
    m_chart->setAccessibleName(tr("Timeline"));
    m_chart->setAccessibleDescription(
        tr("The filtered claims by date, one lane per actor; the table below lists the same "
           "claims"));
    // The plot takes keyboard focus so the zoom shortcuts and screen readers reach it.
    m_chart->plot()->setFocusPolicy(Qt::StrongFocus);
    m_chart->plot()->setAccessibleName(tr("Timeline of claims"));
    m_chart->plot()->setAccessibleDescription(
        tr("Wheel or F and Ctrl+0 zoom the dates; each claim is a list item"));
}

Dashboard::~Dashboard()
{
    for (const QPointer<QWidget> &view : std::as_const(m_views))
        if (view && !view->parent())
            delete view.data();
}

ArticleView *Dashboard::articleView(QWidget *parentWindow)
{
    if (!m_articleView) {
        m_articleView = new ArticleView(m_dataset, m_selection, parentWindow);
        m_views.append(m_articleView);
    }
    return m_articleView;
}

void Dashboard::setCorpusPath(const QString &path)
{
    if (path == m_corpusPath)
        return;
    m_corpusPath = path;
    if (m_articleView)
        m_articleView->setCorpusDir(path);
    emit corpusPathChanged(path);
}

void Dashboard::showInArticle(int claim, int citation)
{
    if (claim < 0 || claim >= m_dataset.claims.size() || citation < 0 ||
        citation >= m_dataset.claims[claim].citations.size())
        return;
    QWidget *window = m_citationPanel ? m_citationPanel->window() : nullptr;
    articleView(window)->showCitation(m_corpusPath, claim, citation);
}

void Dashboard::applyDelta(const DatasetDelta &delta, SelectionHistory *history)
{
    if (delta.isEmpty())
        return;
    // In this order: the filter matches the touched claims (silently), the models announce
    // their rows, the filter then tells every view at once; the selection follows last, when
    // every view can map the claims it names.
    m_filter->applyDelta(delta);
    m_claimTable->claimModel()->applyDelta(delta.claims);
    m_actorList->actorModel()->applyDelta(delta);
    m_filterBar->applyDelta(delta);
    m_chart->applyDelta(delta);
    m_overview->applyDelta(delta);
    m_conflicts->model()->applyDelta(delta);
    if (m_articleView)
        m_articleView->applyDelta(delta);
    m_citationPanel->applyDelta(delta);
    m_filter->announceDelta();
    if (history)
        history->applyDelta(delta.claims);
    m_selection->applyDelta(delta);
}
