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
    ClaimTableModel *claimModel() const { return m_model; }
    /// Claims (dataset indexes) in the visible rows, in row order.
    QList<int> visibleClaims() const;
    /// Claim of the current row, or -1.
    int currentClaim() const;

    /// The least share of the table's width the statement column gets.
    static constexpr double StatementShare = 0.4;

    /// Lines of text per row: 1 (a statement too long is elided, whole in its tooltip) or 2
    /// (statements wrap at word boundaries onto a second line, the rest elided). Rows keep one
    /// height, so a table of 100,000 claims lays out no row by its content.
    int statementLines() const { return m_lines; }
    void setStatementLines(int lines);

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
    int m_lines = 1;
    QList<std::pair<int, int>> m_naturalWidths; ///< column, width: all but the statement
};
