#include "widgets/views/ClaimTableView.h"

#include "models/data/ClaimKinds.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"

#include <QHeaderView>

ClaimTableView::ClaimTableView(const FilterState &filter, SelectionState &selection,
                               QWidget *parent)
    : QTableView(parent), m_selection(selection),
      m_model(new ClaimTableModel(filter.dataset(), &selection, this)),
      m_proxy(new ClaimFilterProxy(filter, this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(ClaimTableModel::DateColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setStatementLines(1);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ClaimTableModel::StatementColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    int kindWidth = 0; // the longest kind in the user's language
    for (const QString &kind : ClaimKinds::known())
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(ClaimKinds::label(kind)));
    m_naturalWidths = {
        {ClaimTableModel::DateColumn,
         metrics.horizontalAdvance(tr("as of %1").arg(QStringLiteral("0000-00"))) + 24},
        {ClaimTableModel::KindColumn, kindWidth + 44},
        {ClaimTableModel::ActorsColumn, 180},
        // Room for one label; several, or a long one, are elided and whole in the tooltip.
        {ClaimTableModel::SourcesColumn,
         metrics.horizontalAdvance(QStringLiteral("Unsigned article, June 2024")) + 24},
    };
    for (const auto &[column, width] : std::as_const(m_naturalWidths))
        setColumnWidth(column, width);
    // A table is one stop of the Tab chain; arrow keys move inside it.
    setTabKeyNavigation(false);
    setAccessibleName(tr("Claims"));
    setAccessibleDescription(tr("The claims that match the filter, one per row; selecting rows "
                                "selects the claims everywhere"));

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClaimTableView::writeSelection);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClaimTableView::writeSelection);
    connect(&m_selection, &SelectionState::selectionChanged, this,
            &ClaimTableView::followSelection);
}

void ClaimTableView::setStatementLines(int lines)
{
    m_lines = std::clamp(lines, 1, 2);
    setWordWrap(m_lines > 1);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * m_lines + 6);
}

void ClaimTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void ClaimTableView::fitColumns()
{
    // The statement gets at least StatementShare of the width: the other columns take their
    // natural widths when those leave it that much, and shrink in proportion (eliding) when
    // not, so no column is ever off screen.
    const int available = viewport()->width();
    if (available <= 0)
        return;
    int natural = 0;
    for (const auto &[column, width] : std::as_const(m_naturalWidths))
        natural += width;
    int budget = int(available * (1.0 - StatementShare));
    if (natural <= budget) {
        for (const auto &[column, width] : std::as_const(m_naturalWidths))
            setColumnWidth(column, width);
        return;
    }
    // The date and the kind (first) stay whole while the lists of actors and sources, which
    // elide well, can give way; then all four give way, the date keeping room for "2024-05".
    const int least = fontMetrics().horizontalAdvance(QStringLiteral("0000-00")) + 12;
    const int whole = m_naturalWidths[0].second + m_naturalWidths[1].second;
    const int fixed = budget - whole >= 2 * least ? whole : 0;
    int shared = natural - (fixed ? whole : 0);
    for (qsizetype i = 0; i < m_naturalWidths.size(); ++i) {
        const auto &[column, width] = m_naturalWidths[i];
        if (fixed && i < 2) {
            setColumnWidth(column, width);
            continue;
        }
        int share = width * (budget - fixed) / std::max(1, shared);
        if (i == 0)
            share = std::max(std::min(least, width), share);
        setColumnWidth(column, std::max(1, share));
        budget -= share;
        shared -= width;
    }
}

QList<int> ClaimTableView::visibleClaims() const
{
    QList<int> out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out.append(m_proxy->claimAt(m_proxy->index(row, 0)));
    return out;
}

int ClaimTableView::currentClaim() const
{
    return m_proxy->claimAt(currentIndex());
}

void ClaimTableView::writeSelection()
{
    if (m_following)
        return;
    QList<int> claims;
    for (const QModelIndex &row : selectionModel()->selectedRows())
        claims.append(m_proxy->claimAt(row));
    std::sort(claims.begin(), claims.end());
    m_selection.setSelectedClaims(claims, currentClaim());
}

void ClaimTableView::followSelection()
{
    if (m_following)
        return;
    QList<int> mine;
    for (const QModelIndex &row : selectionModel()->selectedRows())
        mine.append(m_proxy->claimAt(row));
    std::sort(mine.begin(), mine.end());
    QList<int> wanted = m_selection.selectedClaims();
    std::sort(wanted.begin(), wanted.end());
    if (mine == wanted && currentClaim() == m_selection.currentClaim())
        return;
    m_following = true;
    QItemSelection rows;
    for (int claim : wanted) {
        const QModelIndex index = m_proxy->indexOfClaim(claim);
        if (index.isValid())
            rows.select(index, index);
    }
    selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_proxy->indexOfClaim(m_selection.currentClaim());
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (current.isValid())
        scrollTo(current);
    m_following = false;
}
