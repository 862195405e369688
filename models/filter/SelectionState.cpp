#include "models/filter/SelectionState.h"

#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/filter/FilterState.h"

SelectionState::SelectionState(const Dataset &dataset, const FilterState *filter, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_filter(filter)
{
    if (m_filter)
        connect(m_filter, &FilterState::changed, this, &SelectionState::retainVisible);
}

bool SelectionState::touchesActor(int actor) const
{
    for (int c : m_selected)
        if (m_dataset.actorsOfClaim(c).contains(actor))
            return true;
    return false;
}

void SelectionState::setCurrentClaim(int claim)
{
    if (claim < 0 || claim >= m_dataset.claims.size())
        setSelectedClaims({});
    else
        setSelectedClaims({claim}, claim);
}

void SelectionState::setSelectedClaims(const QList<int> &claims, int current)
{
    QList<int> valid;
    for (int c : claims)
        if (c >= 0 && c < m_dataset.claims.size() && !valid.contains(c))
            valid.append(c);
    const int newCurrent = valid.contains(current) ? current : (valid.isEmpty() ? -1 : valid[0]);
    if (valid == m_selected && newCurrent == m_current)
        return;
    m_selected = valid;
    m_current = newCurrent;
    emit selectionChanged();
}

void SelectionState::setHighlightedActor(int actor)
{
    if (actor < -1 || actor >= m_dataset.actors.size() || actor == m_highlightedActor)
        return;
    m_highlightedActor = actor;
    emit highlightedActorChanged(actor);
}

void SelectionState::retainVisible()
{
    QList<int> kept;
    for (int c : m_selected)
        if (m_filter->accepts(c))
            kept.append(c);
    if (kept.size() != m_selected.size())
        setSelectedClaims(kept, m_current);
}

void SelectionState::applyDelta(const DatasetDelta &delta)
{
    QList<int> kept;
    bool touched = false;
    for (const int c : std::as_const(m_selected)) {
        const int now = delta.claims.newIndexOf(c);
        if (now >= 0)
            kept.append(now);
        touched = touched || now != c || delta.claims.changed.contains(now);
    }
    int current = delta.claims.newIndexOf(m_current);
    if (current < 0 && !kept.isEmpty())
        current = kept.first();
    m_selected = kept;
    m_current = m_current < 0 ? -1 : current;
    const int actor = m_highlightedActor < 0 ? -1 : delta.actors.newIndexOf(m_highlightedActor);
    if (actor != m_highlightedActor) {
        m_highlightedActor = actor;
        emit highlightedActorChanged(actor);
    }
    // A selected claim that changed in place is announced too: the views showing it read it
    // again.
    if (touched)
        emit selectionChanged();
}
