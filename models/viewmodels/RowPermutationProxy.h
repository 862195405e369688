#pragma once

#include <QAbstractProxyModel>
#include <vector>

/// A flat proxy showing some of its source's rows in an order a subclass computes: mapping
/// both ways in constant time, and a new order announced as one layout change (none when it
/// did not change) that keeps persistent indexes, such as the views' selection and current
/// row, on the rows still shown. Columns are the source's, untouched.
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
    /// Shows these source rows, in this order, without telling anyone: inside a reset.
    void setShownRows(std::vector<int> rows);
    /// Shows these source rows and announces it as one layout change, if they changed.
    void changeShownRows(std::vector<int> rows);
    /// Connected to the source's dataChanged: its rows are scattered here, so the change is
    /// announced over every shown row, which views handle as one repaint.
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles);

private:
    std::vector<int> m_rows;     ///< proxy row -> source row
    std::vector<int> m_proxyRow; ///< source row -> proxy row, -1 when hidden
};
