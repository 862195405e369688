#pragma once

#include <QList>
#include <QObject>

class SelectionState;
struct TableDelta;

/// The claims the user has made current, in order, as a browser keeps pages: Back returns to
/// the one before, Forward goes again to the one after, and making another claim current
/// drops what lay ahead. Consecutive repeats count once; clearing the selection is not a
/// step. The history is of the session and holds at most Capacity steps.
class SelectionHistory final : public QObject
{
    Q_OBJECT
public:
    static constexpr int Capacity = 500;

    explicit SelectionHistory(SelectionState &selection, QObject *parent = nullptr);

    bool canGoBack() const { return m_at > 0; }
    bool canGoForward() const { return m_at + 1 < m_steps.size(); }
    void back();
    void forward();
    /// The claims (dataset indexes) in the history, oldest first, and where it stands.
    const QList<int> &steps() const { return m_steps; }
    int position() const { return int(m_at); }
    /// Follows the claims a change moved; steps to removed claims go. Call it before the
    /// selection state follows the change, or its new current claim would count as a step.
    void applyDelta(const TableDelta &claims);

signals:
    /// canGoBack() or canGoForward() may have changed.
    void changed();

private:
    void record();
    void go(qsizetype to);

    SelectionState &m_selection;
    QList<int> m_steps;
    qsizetype m_at = -1;
    bool m_moving = false; ///< the selection changes because Back or Forward moved it
};
