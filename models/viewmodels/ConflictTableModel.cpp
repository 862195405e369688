#include "models/viewmodels/ConflictTableModel.h"

#include "models/data/ClaimDate.h"
#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/data/TextUtil.h"
#include "models/filter/FilterState.h"
#include "models/viewmodels/DisputeSummary.h"

#include <QCoreApplication>

namespace {

QString isolated(const QString &text)
{
    return TextUtil::isolated(text);
}

QString claimedBy(const Dataset &d, const Claim &claim)
{
    return claim.claimant.isEmpty()
               ? QCoreApplication::translate("ConflictTableModel", "Reported as fact")
               : QCoreApplication::translate("ConflictTableModel", "According to %1")
                     .arg(isolated(d.actorName(claim.claimant)));
}

/// "Le Monde, 5 March 2024, paragraph 7": enough to find the quote in its article.
QString attribution(const Dataset &d, const Citation &citation)
{
    QStringList parts;
    const int s = d.sourceIndex(citation.source);
    if (s < 0) {
        parts << isolated(citation.source);
    } else {
        const Source &source = d.sources[s];
        parts << isolated(source.outlet);
        if (source.published.isValid())
            parts << source.published.toDisplayString();
    }
    parts << QCoreApplication::translate("ConflictTableModel", "paragraph %1")
                 .arg(citation.paragraph);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ConflictTableModel::ConflictTableModel(const FilterState &filter, QObject *parent)
    : QAbstractTableModel(parent), m_filter(filter), m_dataset(filter.dataset())
{
    // The same grid for every conflict, and for every filter, so the view does not jump.
    int most = 0;
    for (const Conflict &conflict : m_dataset.conflicts)
        most = std::max(most, int(conflict.claims.size()));
    m_perRow = std::clamp(most, 1, MaxSidesPerRow);
    m_columns = m_perRow == 3 ? 6 : m_perRow;
    rebuild();
    connect(&m_filter, &FilterState::changed, this, [this] {
        // Most edits and many filter changes leave every conflict's claims as shown as they
        // were: resetting the view for them would lose its place for nothing.
        if (!m_stale && showsTheSameSides())
            return;
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void ConflictTableModel::applyDelta(const DatasetDelta &delta)
{
    const TableDelta &claims = delta.claims;
    const int oldCount =
        int(m_dataset.claims.size()) + int(claims.removed.size()) - int(claims.added.size());
    m_stale = m_stale || !delta.conflicts.isEmpty() || !delta.actors.isEmpty() ||
              !delta.sources.isEmpty() || claims.renumbersKept(oldCount);
    // A claim removed from a conflict comes with the conflict's own change; one added to or
    // edited in it is in the conflict now.
    for (const QList<int> *list : {&claims.added, &claims.changed})
        for (const int c : *list)
            m_stale = m_stale || !m_dataset.conflictsOfClaim(c).isEmpty();
}

bool ConflictTableModel::showsTheSameSides() const
{
    const std::vector<char> &matching = m_filter.matching();
    for (size_t i = 0; i < m_sideClaims.size(); ++i) {
        const size_t c = size_t(m_sideClaims[i]);
        if ((c < matching.size() && matching[c]) != bool(m_sideShown[i]))
            return false;
    }
    return true;
}

void ConflictTableModel::rebuild()
{
    m_stale = false;
    m_sideClaims.clear();
    m_sideShown.clear();
    const std::vector<char> &matching = m_filter.matching();
    for (const Conflict &conflict : m_dataset.conflicts)
        for (const QString &id : conflict.claims)
            if (const int c = m_dataset.claimIndex(id); c >= 0) {
                m_sideClaims.push_back(c);
                m_sideShown.push_back(size_t(c) < matching.size() && matching[size_t(c)]);
            }
    m_rows.clear();
    m_shownOfConflict = QList<QList<int>>(m_dataset.conflicts.size());
    // Only the conflicts' claims are read: the rest of the dispute's summary would cost a pass
    // over every claim on each filter change and each edit.
    const QList<DisputeSummary::ConflictPart> parts =
        DisputeSummary::conflictParts(m_dataset, m_filter.matching());
    m_hidden = int(m_dataset.conflicts.size() - parts.size());
    for (const DisputeSummary::ConflictPart &part : parts) {
        m_shownOfConflict[part.conflict] = part.shown;
        const QList<int> sides =
            DisputeSummary::chronologicalOrder(m_dataset, part.shown + part.outside);
        m_rows << Row{part.conflict, {}, 0, int(sides.size()), true, m_columns};
        for (int i = 0; i < sides.size(); i += m_perRow) {
            const QList<int> row = sides.mid(i, m_perRow);
            m_rows << Row{part.conflict,     row,   i,
                          int(sides.size()), false, m_columns / int(row.size())};
        }
    }
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags ConflictTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Row &row = m_rows[index.row()];
    if (row.title)
        return index.column() == 0 ? Qt::ItemIsEnabled : Qt::NoItemFlags;
    return sideAt(row, index.column()) >= 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                            : Qt::NoItemFlags;
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The view hides its headers, but assistive technology reads a row's header as its title:
    // the conflict's id and which of its sides, not the row number Qt would offer.
    if (orientation != Qt::Vertical || section < 0 || section >= m_rows.size())
        return QString();
    const Row &row = m_rows[section];
    const QString id = TextUtil::isolated(m_dataset.conflicts[row.conflict].id);
    if (row.title)
        return id;
    return QStringLiteral("%1 · %2–%3")
        .arg(id)
        .arg(row.firstSide + 1)
        .arg(row.firstSide + row.sides.size());
}

int ConflictTableModel::sideAt(const Row &row, int column) const
{
    if (row.title || column % row.width != 0 || column / row.width >= row.sides.size())
        return -1;
    return column / row.width;
}

int ConflictTableModel::spanOf(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns)
        return 0;
    const Row &r = m_rows[row];
    if (r.title)
        return column == 0 ? m_columns : 0;
    return sideAt(r, column) >= 0 ? r.width : 0;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const int side = sideAt(row, index.column());
    const int claim = side >= 0 ? row.sides[side] : -1;
    switch (role) {
    case ClaimRole:
        return claim;
    case ConflictRole:
        return row.conflict;
    case TitleRole:
        return row.title;
    case ShownRole:
        return claim >= 0 && m_filter.accepts(claim);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case Qt::DisplayRole:
        if (row.title)
            return index.column() == 0 ? titleText(row) : QVariant();
        return claim >= 0 ? sideText(claim, m_filter.accepts(claim)) : QVariant();
    case Qt::AccessibleTextRole:
        if (row.title)
            return index.column() == 0
                       ? QCoreApplication::translate("ConflictTableModel", "Point of conflict: %1")
                             .arg(titleText(row))
                       : QVariant();
        return claim >= 0 ? sideAccessibleText(row, side) : QVariant();
    default:
        return {};
    }
}

QString ConflictTableModel::titleText(const Row &row) const
{
    const Conflict &conflict = m_dataset.conflicts[row.conflict];
    return isolated(conflict.about) + QStringLiteral(" · ") +
           QCoreApplication::translate("ConflictTableModel", "%n claim(s)", nullptr, row.sideCount);
}

QString ConflictTableModel::sideText(int c, bool shown) const
{
    const Claim &claim = m_dataset.claims[c];
    QStringList lines;
    if (!shown)
        lines << QCoreApplication::translate("ConflictTableModel", "(hidden by the filter)");
    lines << ClaimDate::longText(claim) + QStringLiteral(" · ") + claim.id;
    lines << isolated(claim.statement);
    lines << claimedBy(m_dataset, claim);
    for (const Citation &citation : claim.citations)
        lines << QStringLiteral("“%1”").arg(isolated(citation.quote)) + QStringLiteral("\n    — ") +
                     attribution(m_dataset, citation);
    return lines.join(u'\n');
}

QString ConflictTableModel::sideAccessibleText(const Row &row, int side) const
{
    const int c = row.sides[side];
    const Claim &claim = m_dataset.claims[c];
    QString text = QCoreApplication::translate("ConflictTableModel", "Side %1 of %2: %3")
                       .arg(row.firstSide + side + 1)
                       .arg(row.sideCount)
                       .arg(isolated(claim.statement));
    text += QStringLiteral(" · ") + ClaimDate::longText(claim) + QStringLiteral(" · ") +
            claimedBy(m_dataset, claim) + QStringLiteral(" · ") +
            QCoreApplication::translate("ConflictTableModel", "%n quote(s)", nullptr,
                                        int(claim.citations.size()));
    if (!m_filter.accepts(c))
        text += QStringLiteral(" · ") +
                QCoreApplication::translate("ConflictTableModel", "hidden by the filter");
    return text;
}

QList<int> ConflictTableModel::titleRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].title)
            rows << r;
    return rows;
}

QModelIndex ConflictTableModel::indexOfClaim(int claim) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (const int side = int(m_rows[r].sides.indexOf(claim)); side >= 0)
            return index(r, side * m_rows[r].width);
    return {};
}

QList<int> ConflictTableModel::shownClaims(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_shownOfConflict.value(m_rows[row].conflict);
}
