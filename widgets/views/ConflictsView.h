#pragma once

#include <QWidget>

class ConflictTableModel;
class FilterState;
class QLabel;
class QModelIndex;
class QTableView;
class SelectionState;

/// The recorded conflicts, each as its claims side by side: statement, date, who says it, the
/// quotes and their sources. Choosing a side (click or arrow keys) makes its claim current
/// everywhere; Enter on a conflict's title selects its claims. It follows the selection (the
/// current claim's side scrolled into view and marked) and the filter: a conflict with a claim
/// shown keeps all its sides, those the filter hides dimmed; a conflict with none is left out
/// and counted in a note above.
class ConflictsView final : public QWidget
{
    Q_OBJECT
public:
    ConflictsView(FilterState &filter, SelectionState &selection, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLabel *note() const { return m_note; }
    ConflictTableModel *model() const { return m_model; }

private:
    void afterReset();
    void followSelection();
    void onCurrentChanged(const QModelIndex &current);

    SelectionState &m_selection;
    ConflictTableModel *m_model;
    QLabel *m_note;
    QTableView *m_table;
    bool m_following = false;
};
