#pragma once

#include <QTableView>

class ActorSortProxy;
class ActorTableModel;
class FilterState;
class SelectionState;

/// The actors with their claim counts under the current filter. The check box adds or
/// removes an actor from the filter, a double-click narrows the filter to that actor alone,
/// and making an actor current highlights its claims in the other views.
class ActorListView final : public QTableView
{
    Q_OBJECT
public:
    ActorListView(FilterState &filter, SelectionState &selection, QWidget *parent = nullptr);

    /// View index (name column) of an actor, for tests and keyboard focus.
    QModelIndex indexOfActor(int actor) const;
    ActorTableModel *actorModel() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void sizeColumns();
    int actorAt(const QModelIndex &index) const;

    FilterState &m_filter;
    SelectionState &m_selection;
    ActorTableModel *m_model;
    ActorSortProxy *m_proxy;
    int m_nameWidth = 0; ///< what the longest name needs (up to a limit)
};
