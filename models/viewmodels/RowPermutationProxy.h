#pragma once

#include <QAbstractProxyModel>
#include <vector>

/// A flat proxy showing some of its source's rows in an order a subclass computes: mapping
/// both ways in constant time, and a new order announced as one layout change (none when it
/// did not change) that keeps persistent indexes, such as the views' selection and current
/// row, on the rows still shown. Columns are the source's, untouched. Rows the source inserts
/// stay hidden until the subclass shows them; rows it removes go from the proxy too.
class RowPermutationProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using QAbstractProxyModel::QAbstractProxyModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// Column titles come straight from the source, even when no row is shown (the base class
    /// would ask through the first row's index); a row's title is its source row's.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int proxyRowOf(int sourceRow) const;
    /// Follows the source's row insertions and removals (call from setSourceModel).
    void followSourceRows(QAbstractItemModel *source);
    /// Source rows first..last were inserted (hidden here so far); the mapping is up to date.
    virtual void sourceRowsInserted(int first, int last);
    /// Source rows first..last were removed; the mapping is up to date.
    virtual void sourceRowsRemoved(int first, int last);
    /// Shows these source rows, in this order, without telling anyone: inside a reset.
    void setShownRows(std::vector<int> rows);
    /// Shows these source rows and announces it as one layout change, if they changed.
    void changeShownRows(std::vector<int> rows);
    /// Connected to the source's dataChanged: its rows are scattered here, so the change is
    /// announced over every shown row, which views handle as one repaint.
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles);

private:
    void aboutToRemoveSourceRows(const QModelIndex &parent, int first, int last);
    void removeSourceRows(const QModelIndex &parent, int first, int last);
    void insertSourceRows(const QModelIndex &parent, int first, int last);
    /// Renumbers the shown rows by `shift(sourceRow)` (-1 drops a row) for `sourceRows` rows.
    template <typename Shift> void renumber(Shift shift, size_t sourceRows);

    /// How the rows the source is removing leave the proxy.
    enum class Leaving
    {
        Hidden,    ///< none of them was shown
        OneRun,    ///< shown as one run of proxy rows: removed as such
        Scattered, ///< shown apart: a layout change
    };
    Leaving m_leaving = Leaving::Hidden;
    QModelIndexList m_leavingPersistent;
    std::vector<int> m_leavingSources; ///< the source rows of m_leavingPersistent
    std::vector<int> m_rows;           ///< proxy row -> source row
    std::vector<int> m_proxyRow;       ///< source row -> proxy row, -1 when hidden
};
