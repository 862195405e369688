#include "widgets/views/ActorListView.h"

#include "models/data/Dataset.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/ActorSortProxy.h"
#include "models/viewmodels/ActorTableModel.h"

#include <QHeaderView>

ActorListView::ActorListView(FilterState &filter, SelectionState &selection, QWidget *parent)
    : QTableView(parent), m_filter(filter), m_selection(selection),
      m_model(new ActorTableModel(filter.dataset(), &filter, &selection, this)),
      m_proxy(new ActorSortProxy(this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(ActorTableModel::ClaimsColumn, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Name and count first: in a narrow dock they are what must stay visible.
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->moveSection(ActorTableModel::ClaimsColumn, 1);
    header->setStretchLastSection(true);
    sizeColumns();
    horizontalHeader()->setHighlightSections(false);
    // A table is one stop of the Tab chain; arrow keys move inside it.
    setTabKeyNavigation(false);
    setToolTip(tr("Check actors to filter by them; double-click one to show only its claims"));
    setAccessibleName(tr("Actors"));
    setAccessibleDescription(toolTip());

    connect(
        selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_selection.setHighlightedActor(actorAt(current)); });
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int actor = actorAt(index);
        if (actor >= 0)
            m_filter.setActors({m_filter.dataset().actors[actor].id});
    });
    // Counts change the order: the proxy sorts again when the model announces them (its sort
    // role among the changed ones); the current actor stays in sight. Scrolling lays the view
    // out, so it waits for the event loop, as the view's own layout does, rather than holding
    // up every other view's update.
    connect(&m_filter, &FilterState::changed, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (const QModelIndex current = currentIndex(); current.isValid())
                    scrollTo(current);
            },
            Qt::QueuedConnection);
    });
}

void ActorListView::sizeColumns()
{
    // Each column as wide as its header (in the user's language) and its contents; names
    // whole up to a generous length, longer ones elided and whole in their tooltip.
    const QFontMetrics metrics = fontMetrics();
    QHeaderView *header = horizontalHeader();
    const int date = metrics.horizontalAdvance(QStringLiteral("2024-08-05")) + 12;
    const struct
    {
        int column;
        int contents;
    } columns[] = {
        {ActorTableModel::NameColumn, std::min(sizeHintForColumn(ActorTableModel::NameColumn),
                                               metrics.averageCharWidth() * 26 + 30)},
        {ActorTableModel::ClaimsColumn, metrics.horizontalAdvance(QStringLiteral("000")) + 16},
        {ActorTableModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("company")) + 14},
        {ActorTableModel::FirstColumn, date},
        {ActorTableModel::LastColumn, date},
    };
    for (const auto &c : columns)
        setColumnWidth(c.column, std::max(c.contents, header->sectionSizeHint(c.column)));
    m_nameWidth = columnWidth(ActorTableModel::NameColumn);
}

void ActorListView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // In a narrow dock the names give way (elided, whole in their tooltip) so the count beside
    // them stays in sight; in a wide one they are whole.
    const int room = viewport()->width() - columnWidth(ActorTableModel::ClaimsColumn);
    const int least = fontMetrics().averageCharWidth() * 8 + 24;
    setColumnWidth(ActorTableModel::NameColumn, std::clamp(room, least, m_nameWidth));
}

QModelIndex ActorListView::indexOfActor(int actor) const
{
    if (actor < 0 || actor >= m_model->rowCount())
        return {};
    return m_proxy->mapFromSource(m_model->index(actor, ActorTableModel::NameColumn));
}

int ActorListView::actorAt(const QModelIndex &index) const
{
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}
