#pragma once

#include <QSortFilterProxyModel>

class ActorTableModel;

/// Sorts an ActorTableModel by comparing its statistics directly: every filter change changes
/// the counts and sorts the list again, and comparing through QVariant sort keys was most of
/// what a filter change cost the actor list. Other source models sort as usual.
///
/// A filter change changes every actor's statistics at once, so when the source announces new
/// sort keys the whole list is sorted once, rather than each changed row moved into place as a
/// dynamically sorted proxy does (which costs several times more). Equal keys are ordered by
/// name, so the order is the same however the list got there.
class ActorSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActorSortProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QMetaObject::Connection m_sortKeysChanged;
    const ActorTableModel *m_actors = nullptr; // the source, when it is an actor table
};
