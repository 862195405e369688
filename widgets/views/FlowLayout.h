#pragma once

#include <QHash>
#include <QLayout>
#include <QList>

/// Lays its items out left to right and starts a new row when the next one does not fit, so a
/// bar of controls wraps in a narrow window instead of squeezing its controls over each other.
/// What a row has left over goes to the items that expand horizontally (a line edit, a label
/// set to Expanding). Its height follows its width (heightForWidth), so the parent layout gives
/// it as many rows as it needs.
class FlowLayout final : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 6, int vSpacing = 4);
    ~FlowLayout() override;

    /// Packs `widget` as if it were at most `width` wide (it may still grow with what is left
    /// in its row): for a label whose text may be long but can elide.
    void setPackingWidth(QWidget *widget, int width);
    /// The number of rows at `width` (the layout's whole width, margins included).
    int rowCountForWidth(int width) const;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Lays out in `rect` (applied when `apply`); returns the height used and the row count.
    std::pair<int, int> place(const QRect &rect, bool apply) const;
    int packingWidth(QLayoutItem *item) const;

    QList<QLayoutItem *> m_items;
    QHash<const QWidget *, int> m_packingWidths;
    int m_hSpacing;
    int m_vSpacing;
};
