#pragma once

#include "models/viewmodels/DeltaRows.h"

#include <QAbstractTableModel>

class Dataset;
class Markup;
class SelectionState;

/// Every claim of the dataset, one row per claim in dataset order (row == claim index), so
/// that proxies and the selection can map rows and claims without lookups. Filtering is the
/// proxy's job (ClaimFilterProxy). An edit's delta inserts, removes and updates rows.
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        KindColumn,
        StatementColumn,
        ActorsColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< raw value to sort by (date as a sortable number)
        KeyRole,                     ///< bool: starred as key (the user's markup)
        TagsRole,                    ///< QStringList: the user's tags on the claim
    };

    /// With a selection state, claims of its highlighted actor are shown in bold.
    explicit ClaimTableModel(const Dataset &dataset, const SelectionState *selection = nullptr,
                             QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Announces what a change did to the claims (the dataset has changed already).
    void applyDelta(const TableDelta &claims);
    /// The user's markup: a star before a key claim's statement, the tags in its tip. It must
    /// outlive the model or be set back to null first.
    void setMarkup(const Markup *markup);
    /// These claims' markup changed (by id); all of it when `claimIds` is empty.
    void markupChanged(const QStringList &claimIds);

    /// "Jeanne Dupont, Acme".
    QString actorNames(int claim) const;
    QStringList sourceLabels(int claim) const;

private:
    QVariant displayData(int claim, int column) const;
    QVariant sortData(int claim, int column) const;
    QString toolTip(int claim) const;

    const Dataset &m_dataset;
    const SelectionState *m_selection;
    const Markup *m_markup = nullptr;
    DeltaRows m_rows;
};
