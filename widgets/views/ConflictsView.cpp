#include "widgets/views/ConflictsView.h"

#include "models/data/Dataset.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/ConflictTableModel.h"

#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/// Titles in bold on the window's colour, sides the filter hides in the dimmed text colour.
class ConflictDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ConflictTableModel::TitleRole).toBool()) {
            option->font.setBold(true);
            option->backgroundBrush = option->palette.window();
        } else if (index.data(ConflictTableModel::ClaimRole).toInt() >= 0 &&
                   !index.data(ConflictTableModel::ShownRole).toBool()) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
    }
};

} // namespace

ConflictsView::ConflictsView(FilterState &filter, SelectionState &selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_model(new ConflictTableModel(filter, this)),
      m_note(new QLabel(this)), m_table(new QTableView(this))
{
    setAccessibleName(tr("Conflicts"));
    setAccessibleDescription(tr("Each recorded conflict with its claims side by side"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(4, 2, 4, 2);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ConflictDelegate(m_table));
    m_table->setAccessibleName(tr("Conflicts side by side"));
    m_table->setAccessibleDescription(
        tr("Arrow keys move between the sides; the side chosen becomes the current claim; Enter "
           "on a conflict selects its claims"));
    m_table->setWordWrap(true);
    m_table->setShowGrid(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the view: one stop, as the other tables
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsView::afterReset);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A click on the side already current still makes it the selection.
    connect(m_table, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { onCurrentChanged(index); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ConflictTableModel::TitleRole).toBool())
            m_selection.setSelectedClaims(m_model->shownClaims(index.row()));
    });
    // The selection connects to the filter first, so after a filter change it is already
    // trimmed when the model has been rebuilt.
    connect(&m_selection, &SelectionState::selectionChanged, this, &ConflictsView::followSelection);
    afterReset();
}

void ConflictsView::afterReset()
{
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_model->columnCount(); ++column)
            if (const int span = m_model->spanOf(row, column); span > 1)
                m_table->setSpan(row, column, 1, span);
    const int hidden = m_model->hiddenConflicts();
    const int all = int(m_model->hiddenConflicts() + m_model->titleRows().size());
    if (all == 0)
        m_note->setText(tr("The dataset records no conflict."));
    else if (hidden > 0)
        m_note->setText(tr("%n conflict(s) hidden by the filter: none of their claims is shown.",
                           nullptr, hidden));
    m_note->setVisible(hidden > 0 || all == 0);
    followSelection();
}

void ConflictsView::onCurrentChanged(const QModelIndex &current)
{
    if (m_following || !current.isValid())
        return;
    const int claim = current.data(ConflictTableModel::ClaimRole).toInt();
    if (claim >= 0)
        m_selection.setCurrentClaim(claim);
}

void ConflictsView::followSelection()
{
    m_following = true;
    QItemSelectionModel *model = m_table->selectionModel();
    const QList<int> &selected = m_selection.selectedClaims();
    const QSet<int> chosen(selected.cbegin(), selected.cend());
    QItemSelection marked;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            if (chosen.contains(index.data(ConflictTableModel::ClaimRole).toInt()))
                marked.select(index, index);
        }
    const int current = m_selection.currentClaim();
    QModelIndex at = m_table->currentIndex();
    if (at.data(ConflictTableModel::ClaimRole).toInt() != current || current < 0)
        at = m_model->indexOfClaim(current);
    if (at.isValid()) {
        model->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(at);
    }
    model->select(marked, QItemSelectionModel::ClearAndSelect);
    m_following = false;
}
