#pragma once

#include <QSortFilterProxyModel>

/// Sorts an ActorTableModel by comparing its statistics directly: every filter change changes
/// the counts and sorts the list again, and comparing through QVariant sort keys was most of
/// what a filter change cost the actor list. Other source models sort as usual.
class ActorSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
