#include "models/filter/SelectionHistory.h"

#include "models/data/DatasetDelta.h"
#include "models/filter/SelectionState.h"

SelectionHistory::SelectionHistory(SelectionState &selection, QObject *parent)
    : QObject(parent), m_selection(selection)
{
    connect(&m_selection, &SelectionState::selectionChanged, this, &SelectionHistory::record);
    record();
}

void SelectionHistory::record()
{
    const int claim = m_selection.currentClaim();
    if (m_moving || claim < 0 || (m_at >= 0 && m_steps[m_at] == claim))
        return;
    m_steps.resize(m_at + 1); // what lay ahead is gone
    m_steps.append(claim);
    if (m_steps.size() > Capacity)
        m_steps.removeFirst();
    m_at = m_steps.size() - 1;
    emit changed();
}

void SelectionHistory::back()
{
    if (canGoBack())
        go(m_at - 1);
}

void SelectionHistory::forward()
{
    if (canGoForward())
        go(m_at + 1);
}

void SelectionHistory::go(qsizetype to)
{
    m_at = to;
    m_moving = true;
    m_selection.setCurrentClaim(m_steps[to]);
    m_moving = false;
    emit changed();
}

void SelectionHistory::applyDelta(const TableDelta &claims)
{
    if (!claims.movesRows())
        return;
    QList<int> steps;
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const int now = claims.newIndexOf(m_steps[i]);
        // A removed claim's step goes; two steps that meet on one claim become one.
        if (now >= 0 && (steps.isEmpty() || steps.last() != now))
            steps.append(now);
        if (i == m_at)
            at = steps.size() - 1;
    }
    m_steps = steps;
    m_at = at;
    emit changed();
}
