#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <vector>

class Dataset;
class FilterState;
struct DatasetDelta;

/// The recorded conflicts with a claim the filter shows, each as a title row (what it is
/// about) followed by its claims side by side, up to MaxSidesPerRow to a row, in date order.
/// The sides of a row share its width: each side is the first cell of a span (spanOf()), on a
/// grid that divides evenly by one, two or three sides. Every
/// claim of such a conflict is a side, those the filter hides too (ShownRole false), so a
/// conflict never reads one-sided; conflicts with no claim shown are left out and counted
/// (hiddenConflicts()). Rebuilt on each filter change that shows or hides one of their claims,
/// and after each edit that touches them (applyDelta()).
class ConflictTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int MaxSidesPerRow = 3;

    enum Role
    {
        ClaimRole = Qt::UserRole + 1, ///< dataset index of a side's claim; -1 elsewhere
        ConflictRole,                 ///< dataset index of the conflict of the row
        ShownRole,                    ///< a side: whether the filter shows its claim
        TitleRole,                    ///< true on a conflict's title row
    };

    /// The filter state (and its dataset) must outlive the model.
    explicit ConflictTableModel(const FilterState &filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The rows that title a conflict, to span across the columns.
    QList<int> titleRows() const;
    /// How many columns the cell at (row, column) spans: the whole row for a title, a share
    /// of it for a side, 0 for a cell a span covers.
    int spanOf(int row, int column) const;
    /// The first side showing the claim, or an invalid index.
    QModelIndex indexOfClaim(int claim) const;
    /// The claims of the conflict whose title or side is at `row`, those the filter shows.
    QList<int> shownClaims(int row) const;
    /// Conflicts left out because the filter shows none of their claims.
    int hiddenConflicts() const { return m_hidden; }
    /// After a change to the dataset, before the filter announces it: whether the change
    /// touches what the rows show (a conflict, a name, a source, a conflict's claim, or the
    /// claims' numbers). When it does not, the announcement rebuilds nothing unless it shows
    /// or hides a conflict's claim.
    void applyDelta(const DatasetDelta &delta);

private:
    struct Row
    {
        int conflict = -1;
        QList<int> sides;  ///< claims; empty for the title row
        int firstSide = 0; ///< the place of sides[0] among the conflict's claims
        int sideCount = 0; ///< the conflict's claims
        bool title = false;
        int width = 1; ///< columns per side
    };
    /// The side at (row, column), or -1 where no side starts.
    int sideAt(const Row &row, int column) const;

    void rebuild();
    /// Whether the filter shows the same claims of conflicts as when the rows were built.
    bool showsTheSameSides() const;
    QString sideText(int claim, bool shown) const;
    QString sideAccessibleText(const Row &row, int side) const;
    QString titleText(const Row &row) const;

    const FilterState &m_filter;
    const Dataset &m_dataset;
    int m_perRow = 1;  ///< sides to a row
    int m_columns = 1; ///< the grid
    QList<Row> m_rows;
    QList<QList<int>> m_shownOfConflict; ///< by dataset conflict index
    int m_hidden = 0;
    /// Every conflict's claims (dataset indexes) and whether the filter showed each, when the
    /// rows were built.
    std::vector<int> m_sideClaims;
    std::vector<char> m_sideShown;
    bool m_stale = false; ///< an edit touched what the rows show
};
