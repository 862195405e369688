#include "widgets/views/FlowLayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpacing(hSpacing), m_vSpacing(vSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::setPackingWidth(QWidget *widget, int width)
{
    m_packingWidths.insert(widget, width);
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false).first;
}

int FlowLayout::rowCountForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false).second;
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item's minimum: everything else can move to a row of its own.
    QSize size;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0, height = 0, shown = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += packingWidth(item);
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, shown - 1) * m_hSpacing + m.left() + m.right(),
            height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

int FlowLayout::packingWidth(QLayoutItem *item) const
{
    int width = item->sizeHint().width();
    if (const QWidget *w = item->widget(); w && m_packingWidths.contains(w))
        width = std::min(width, std::max(m_packingWidths.value(w), item->minimumSize().width()));
    return width;
}

std::pair<int, int> FlowLayout::place(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(1, area.width());
    struct Placed
    {
        QLayoutItem *item;
        int width;
    };
    QList<QList<Placed>> rows;
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::min(packingWidth(item), available);
        if (rows.isEmpty() || used + m_hSpacing + width > available) {
            rows.append(QList<Placed>());
            used = -m_hSpacing;
        }
        rows.last().append({item, width});
        used += m_hSpacing + width;
    }
    int y = area.top();
    for (QList<Placed> &row : rows) {
        int rowHeight = 0, widths = 0, expanding = 0;
        for (const Placed &p : row) {
            rowHeight = std::max(rowHeight, p.item->sizeHint().height());
            widths += p.width;
            if (p.item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            int spare = std::max(0, available - widths - int(row.size() - 1) * m_hSpacing);
            int x = area.left();
            for (const Placed &p : row) {
                int width = p.width;
                if (expanding > 0 && (p.item->expandingDirections() & Qt::Horizontal)) {
                    const int share = spare / expanding--;
                    width += share;
                    spare -= share;
                }
                const int height = std::min(rowHeight, p.item->maximumSize().height());
                p.item->setGeometry(QRect(x, y + (rowHeight - height) / 2, width, height));
                x += width + m_hSpacing;
            }
        }
        y += rowHeight + m_vSpacing;
    }
    if (!rows.isEmpty())
        y -= m_vSpacing;
    return {y - area.top() + contentsMargins().top() + contentsMargins().bottom(),
            int(rows.size())};
}
