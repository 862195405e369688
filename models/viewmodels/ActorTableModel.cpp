#include "models/viewmodels/ActorTableModel.h"

#include "models/data/ActorKinds.h"

#include "models/data/Dataset.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/PlainText.h"

#include <QColor>
#include <QFont>
#include <numeric>

namespace {

/// Indexes of `keys` in ascending order of key, equal keys in index order.
std::vector<int> stableOrder(const QStringList &keys)
{
    std::vector<int> order(size_t(keys.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
    return order;
}

/// Each index's place in `order`, equal keys sharing the place of the first of them.
std::vector<int> sharedRanks(const std::vector<int> &order, const QStringList &keys)
{
    std::vector<int> ranks(order.size(), 0);
    for (size_t i = 0; i < order.size(); ++i)
        ranks[size_t(order[i])] =
            i > 0 && keys[order[i]] == keys[order[i - 1]] ? ranks[size_t(order[i - 1])] : int(i);
    return ranks;
}

} // namespace

ActorTableModel::ActorTableModel(const Dataset &dataset, FilterState *filter,
                                 const SelectionState *selection, QObject *parent)
    : QAbstractTableModel(parent), m_dataset(dataset), m_filter(filter), m_selection(selection)
{
    m_sortNames.reserve(m_dataset.actors.size());
    for (const Actor &actor : m_dataset.actors)
        m_sortNames.append(actor.name.toCaseFolded());
    rankStrings();
    recompute();
    connect(m_filter, &FilterState::changed, this, [this] {
        recompute();
        announce({Qt::DisplayRole, SortRole, Qt::CheckStateRole, Qt::ForegroundRole});
    });
    if (m_selection) {
        connect(m_selection, &SelectionState::selectionChanged, this,
                [this] { announce({Qt::FontRole}); });
    }
}

QModelIndex ActorTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.rowCount(int(m_dataset.actors.size()));
}

void ActorTableModel::applyDelta(const DatasetDelta &delta)
{
    if (!delta.actors.isEmpty()) {
        delta.actors.applyTo(
            m_sortNames, [this](int actor) { return m_dataset.actors[actor].name.toCaseFolded(); });
        rankStrings();
        // The rows announced below are read at once: their figures must exist. Claims alone
        // move counts, which the filter's announcement that follows recomputes.
        recompute();
    }
    m_rows.announce(
        delta.actors, int(m_dataset.actors.size()),
        {[this](int row) { beginRemoveRows({}, row, row); }, [this] { endRemoveRows(); },
         [this](int row) { beginInsertRows({}, row, row); }, [this] { endInsertRows(); },
         [this](int first, int last) {
             emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
         }});
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ActorTableModel::recompute()
{
    m_stats = ActorStatistics(m_dataset, m_filter->matchingIndexes());
}

void ActorTableModel::announce(const QList<int> &roles)
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int actor = m_rows.recordAt(index.row());
    if (actor < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(actor, index.column());
    case SortRole:
        return sortData(actor, index.column());
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return m_filter->filter().actors.contains(m_dataset.actors[actor].id) ? Qt::Checked
                                                                              : Qt::Unchecked;
    case Qt::ToolTipRole:
        return PlainText::forAutoText(m_dataset.actors[actor].description);
    case Qt::ForegroundRole:
        return m_stats.claimCount(actor) == 0 ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (m_selection && m_selection->touchesActor(actor)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ClaimsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                              : QVariant();
    default:
        return {};
    }
}

QVariant ActorTableModel::displayData(int actor, int column) const
{
    switch (column) {
    case NameColumn:
        return m_dataset.actors[actor].name;
    case KindColumn:
        return ActorKinds::label(m_dataset.actors[actor].kind);
    case ClaimsColumn:
        return m_stats.claimCount(actor);
    case FirstColumn:
        return m_stats.firstDate(actor);
    case LastColumn:
        return m_stats.lastDate(actor);
    default:
        return {};
    }
}

void ActorTableModel::rankStrings()
{
    m_byName = stableOrder(m_sortNames);
    m_nameOrder.assign(m_byName.size(), 0);
    for (size_t i = 0; i < m_byName.size(); ++i)
        m_nameOrder[size_t(m_byName[i])] = int(i);
    m_nameRank = sharedRanks(m_byName, m_sortNames);
    QStringList kinds;
    for (const Actor &actor : m_dataset.actors)
        kinds.append(actor.kind);
    m_kindRank = sharedRanks(stableOrder(kinds), kinds);
}

qint64 ActorTableModel::sortKey(int actor, int column) const
{
    const ActorStatistics::Actor &s = m_stats.of(actor);
    switch (column) {
    case NameColumn:
        return m_nameRank[size_t(actor)];
    case KindColumn:
        return m_kindRank[size_t(actor)];
    case ClaimsColumn:
        return s.claims;
    case FirstColumn:
        return s.span.firstDay();
    case LastColumn:
        return s.span.lastDay();
    default:
        return 0;
    }
}

QVariant ActorTableModel::sortData(int actor, int column) const
{
    const ActorStatistics::Actor &s = m_stats.of(actor);
    switch (column) {
    case NameColumn:
        return m_sortNames[actor];
    case KindColumn:
        return m_dataset.actors[actor].kind;
    case ClaimsColumn:
        return s.claims;
    case FirstColumn:
        return s.span.firstDay();
    case LastColumn:
        return s.span.lastDay();
    default:
        return {};
    }
}

bool ActorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.toInt() == int(Qt::Checked);
    // The filter state announces the change; recompute() then updates every row.
    const int actor = m_rows.recordAt(index.row());
    if (actor < 0)
        return false;
    m_filter->setActorIncluded(m_dataset.actors[actor].id, checked);
    return true;
}

Qt::ItemFlags ActorTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        // The actor's name, not the row number Qt would offer: the list hides its row headers,
        // but assistive technology reads them as each row's title.
        if (section < 0 || section >= rowCount())
            return {};
        const int actor = m_rows.recordAt(section);
        return actor < 0 ? QVariant() : QVariant(m_dataset.actors[actor].name);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Actor");
    case KindColumn:
        return tr("Kind");
    case ClaimsColumn:
        return tr("Claims");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    default:
        return {};
    }
}
