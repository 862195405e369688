#pragma once

#include <QTableView>

class ClaimFilterProxy;
class ClaimTableModel;
class FilterState;
class SelectionState;

/// The filtered claims as a sortable table. Its selection drives the shared selection and
/// follows it: selecting a claim elsewhere selects and reveals its row here.
class ClaimTableView final : public QTableView
{
    Q_OBJECT
public:
    ClaimTableView(const FilterState &filter, SelectionState &selection, QWidget *parent = nullptr);

    ClaimFilterProxy *filterProxy() const { return m_proxy; }
    /// Claims (dataset indexes) in the visible rows, in row order.
    QList<int> visibleClaims() const;
    /// Claim of the current row, or -1.
    int currentClaim() const;

    /// The least share of the table's width the statement column gets.
    static constexpr double StatementShare = 0.4;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void writeSelection();
    void followSelection();

    SelectionState &m_selection;
    ClaimTableModel *m_model;
    ClaimFilterProxy *m_proxy;
    bool m_following = false;
    QList<std::pair<int, int>> m_naturalWidths; ///< column, width: all but the statement
};
