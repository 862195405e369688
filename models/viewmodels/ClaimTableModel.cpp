#include "models/viewmodels/ClaimTableModel.h"

#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/KindColors.h"
#include "models/viewmodels/PlainText.h"

#include "models/markup/Markup.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace {

// A key claim's mark: a gold star drawn once, so that no icon theme or font is needed.
QIcon keyStar()
{
    static const QIcon star = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainterPath path;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = i % 2 == 0 ? 15.0 : 6.5;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            const QPointF p(16 + radius * qCos(angle), 17 + radius * qSin(angle));
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        path.closeSubpath();
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x8a, 0x6d, 0x00), 1.5));
        painter.setBrush(QColor(0xf2, 0xc0, 0x1e));
        painter.drawPath(path);
        return QIcon(pixmap);
    }();
    return star;
}

} // namespace

ClaimTableModel::ClaimTableModel(const Dataset &dataset, const SelectionState *selection,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_dataset(dataset), m_selection(selection)
{
    if (m_selection) {
        connect(m_selection, &SelectionState::highlightedActorChanged, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                                 {Qt::FontRole});
        });
    }
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.rowCount(int(m_dataset.claims.size()));
}

void ClaimTableModel::applyDelta(const TableDelta &claims)
{
    m_rows.announce(
        claims, int(m_dataset.claims.size()),
        {[this](int row) { beginRemoveRows({}, row, row); }, [this] { endRemoveRows(); },
         [this](int row) { beginInsertRows({}, row, row); }, [this] { endInsertRows(); },
         [this](int first, int last) {
             emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
         }});
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int claim = m_rows.recordAt(index.row());
    if (claim < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(claim, index.column());
    case SortRole:
        return sortData(claim, index.column());
    case Qt::ToolTipRole:
        return PlainText::forAutoText(toolTip(claim));
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return KindColors::color(m_dataset.claims[claim].kind);
        if (index.column() == StatementColumn && m_markup &&
            m_markup->of(m_dataset.claims[claim].id).key)
            return keyStar();
        return {};
    case KeyRole:
        return m_markup && m_markup->of(m_dataset.claims[claim].id).key;
    case TagsRole:
        return m_markup ? m_markup->of(m_dataset.claims[claim].id).tags : QStringList();
    case Qt::FontRole:
        if (m_selection && m_selection->highlightedActor() >= 0 &&
            m_dataset.actorsOfClaim(claim).contains(m_selection->highlightedActor())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ClaimTableModel::displayData(int claim, int column) const
{
    const Claim &c = m_dataset.claims[claim];
    switch (column) {
    case DateColumn:
        return ClaimDate::shortText(c);
    case KindColumn:
        return ClaimKinds::label(c.kind);
    case StatementColumn:
        return c.statement;
    case ActorsColumn:
        return actorNames(claim);
    case SourcesColumn: {
        const QString labels = sourceLabels(claim).join(QStringLiteral("; "));
        return m_dataset.conflictsOfClaim(claim).isEmpty() ? labels : tr("⚠ %1").arg(labels);
    }
    default:
        return {};
    }
}

QVariant ClaimTableModel::sortData(int claim, int column) const
{
    const Claim &c = m_dataset.claims[claim];
    switch (column) {
    case DateColumn:
        // First day, then coarser precision first, as PartialDate orders them.
        return c.date.firstDay() * 4 + int(c.date.precision());
    case KindColumn:
        return ClaimKinds::order(c.kind);
    case StatementColumn:
        return c.statement;
    case ActorsColumn:
        return actorNames(claim);
    case SourcesColumn:
        return int(m_dataset.sourcesOfClaim(claim).size());
    default:
        return {};
    }
}

QStringList ClaimTableModel::sourceLabels(int claim) const
{
    QStringList labels;
    for (const int s : m_dataset.sourcesOfClaim(claim))
        labels << TextUtil::isolated(m_dataset.sources[s].label);
    return labels;
}

QString ClaimTableModel::toolTip(int claim) const
{
    QString tip = m_dataset.claims[claim].statement;
    tip += QLatin1Char('\n') +
           tr("Cited from: %1").arg(sourceLabels(claim).join(QStringLiteral("; ")));
    if (m_dataset.claims[claim].datedByReport)
        tip += QLatin1Char('\n') + tr("No date of its own: %1 is when it was reported.")
                                       .arg(m_dataset.claims[claim].date.toDisplayString());
    if (!m_dataset.conflictsOfClaim(claim).isEmpty())
        tip += QLatin1Char('\n') + tr("In conflict with other claims.");
    if (m_dataset.isSingleSource(claim))
        tip += QLatin1Char('\n') + tr("Rests on a single source.");
    if (m_markup) {
        const ClaimMarkup markup = m_markup->of(m_dataset.claims[claim].id);
        if (markup.key)
            tip += QLatin1Char('\n') + tr("You starred it as key.");
        if (!markup.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : markup.tags)
                tags.append(TextUtil::isolated(tag));
            tip += QLatin1Char('\n') + tr("Your tags: %1").arg(tags.join(QStringLiteral(", ")));
        }
    }
    return tip;
}

void ClaimTableModel::setMarkup(const Markup *markup)
{
    m_markup = markup;
    markupChanged({});
}

void ClaimTableModel::markupChanged(const QStringList &claimIds)
{
    if (rowCount() == 0)
        return;
    if (claimIds.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // Rows are claims in dataset order (DeltaRows keeps them so between edits).
    for (const QString &id : claimIds) {
        const int claim = m_dataset.claimIndex(id);
        if (claim >= 0 && claim < rowCount())
            emit dataChanged(index(claim, 0), index(claim, ColumnCount - 1));
    }
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        // The claim's id, not the row number Qt would offer: the table hides its row headers,
        // but assistive technology reads them as each row's title.
        if (section < 0 || section >= rowCount())
            return {};
        const int claim = m_rows.recordAt(section);
        return claim < 0 ? QVariant() : QVariant(m_dataset.claims[claim].id);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case StatementColumn:
        return tr("Statement");
    case ActorsColumn:
        return tr("Actors");
    case SourcesColumn:
        return tr("Sources");
    default:
        return {};
    }
}

QString ClaimTableModel::actorNames(int claim) const
{
    QStringList names;
    for (int a : m_dataset.actorsOfClaim(claim))
        names.append(TextUtil::isolated(m_dataset.actors[a].name));
    return names.join(QStringLiteral(", "));
}
