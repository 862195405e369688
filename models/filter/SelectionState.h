#pragma once

#include <QList>
#include <QObject>

class Dataset;
struct DatasetDelta;
class FilterState;

/// The dashboard's one selection: the selected claims (dataset indexes) with a current one,
/// and a highlighted actor whose claims every view emphasises. Views write it when the user
/// selects and follow it otherwise. With a filter state, a filter change drops the selected
/// claims it hides and keeps the others.
class SelectionState final : public QObject
{
    Q_OBJECT
public:
    explicit SelectionState(const Dataset &dataset, const FilterState *filter = nullptr,
                            QObject *parent = nullptr);

    int currentClaim() const { return m_current; }
    const QList<int> &selectedClaims() const { return m_selected; }
    bool isSelected(int claim) const { return m_selected.contains(claim); }
    int highlightedActor() const { return m_highlightedActor; }

    /// Whether a selected claim involves the actor (by index).
    bool touchesActor(int actor) const;

    /// Selects exactly this claim (or nothing with -1) and makes it current.
    void setCurrentClaim(int claim);
    /// Selects several claims; current becomes `current` when it is among them, else the first.
    void setSelectedClaims(const QList<int> &claims, int current = -1);
    void clearSelection() { setSelectedClaims({}); }
    void setHighlightedActor(int actor);
    /// Follows the claims and actors a change moved; removed ones leave the selection.
    void applyDelta(const DatasetDelta &delta);

signals:
    /// The selected claims or the current claim changed; emitted once per change.
    void selectionChanged();
    void highlightedActorChanged(int actor);

private:
    void retainVisible();

    const Dataset &m_dataset;
    const FilterState *m_filter;
    QList<int> m_selected;
    int m_current = -1;
    int m_highlightedActor = -1;
};
