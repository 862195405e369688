#include "widgets/views/CheckListButton.h"

#include "models/viewmodels/PlainText.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace {

/// A menu whose checkable entries toggle in place: the list stays open for the next one.
class StayOpenMenu final : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (toggle(actionAt(event->position().toPoint())))
            return;
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const int key = event->key();
        if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) &&
            toggle(activeAction()))
            return;
        QMenu::keyPressEvent(event);
    }

private:
    bool toggle(QAction *action)
    {
        if (!action || !action->isCheckable() || !action->isEnabled())
            return false;
        action->trigger(); // toggles it and emits triggered(), as a click would
        return true;
    }
};

/// Styles draw an item's icon in place of its check box: a ticked item's icon carries the tick.
QIcon withCheckMark(const QIcon &icon)
{
    if (icon.isNull())
        return icon;
    const QPixmap plain = icon.pixmap(16, 16);
    QPixmap ticked = plain;
    QPainter painter(&ticked);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(ticked.rect()).adjusted(2, 2, -2, -2);
    const QPointF tick[] = {
        {r.left(), r.center().y()}, {r.left() + r.width() * 0.4, r.bottom()}, {r.right(), r.top()}};
    // Dark under light: the tick reads over any kind's colour.
    painter.setPen(QPen(Qt::black, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(tick, 3);
    painter.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(tick, 3);
    painter.end();
    QIcon out;
    out.addPixmap(plain, QIcon::Normal, QIcon::Off);
    out.addPixmap(ticked, QIcon::Normal, QIcon::On);
    return out;
}

constexpr const char *PlainTextProperty = "dossierPlainText";

} // namespace

CheckListButton::CheckListButton(QWidget *parent)
    : QToolButton(parent), m_menu(new StayOpenMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    setFocusPolicy(Qt::StrongFocus);
}

void CheckListButton::setSummaries(const QString &none, std::function<QString(int)> several)
{
    m_none = none;
    m_several = std::move(several);
    updateText();
}

void CheckListButton::setDescription(const QString &description)
{
    m_description = description;
    updateText();
}

void CheckListButton::addChoice(const QString &text, const QString &value, const QIcon &icon)
{
    QAction *action = m_menu->addAction(withCheckMark(icon), PlainText::forButton(text));
    action->setCheckable(true);
    action->setData(value);
    // As written (the menu's text has its '&' doubled), for the button's tooltip.
    action->setProperty(PlainTextProperty, text);
    action->setToolTip(PlainText::forAutoText(text));
    connect(action, &QAction::triggered, this, [this] {
        updateText();
        emit checkedValuesChanged(checkedValues());
    });
    updateText();
}

void CheckListButton::addSeparator()
{
    m_menu->addSeparator();
}

void CheckListButton::clearChoices()
{
    m_menu->clear();
    updateText();
}

QStringList CheckListButton::checkedValues() const
{
    QStringList out;
    for (const QAction *a : m_menu->actions())
        if (a->isChecked())
            out.append(a->data().toString());
    return out;
}

QStringList CheckListButton::values() const
{
    QStringList out;
    for (const QAction *a : m_menu->actions())
        if (a->isCheckable())
            out.append(a->data().toString());
    return out;
}

void CheckListButton::setCheckedValues(const QStringList &values)
{
    for (QAction *a : m_menu->actions())
        if (a->isCheckable()) {
            const QSignalBlocker blocker(a);
            a->setChecked(values.contains(a->data().toString()));
        }
    updateText();
}

void CheckListButton::updateText()
{
    QList<const QAction *> checked;
    for (const QAction *a : m_menu->actions())
        if (a->isChecked())
            checked.append(a);
    if (checked.isEmpty())
        setText(PlainText::forButton(m_none));
    else if (checked.size() == 1)
        setText(checked.first()->text());
    else
        setText(PlainText::forButton(m_several ? m_several(int(checked.size())) : m_none));
    // Every choice made, whole, for a summary that counts them.
    QStringList lines;
    if (!m_description.isEmpty())
        lines.append(m_description);
    for (const QAction *a : checked)
        lines.append(QStringLiteral("• ") + a->property(PlainTextProperty).toString());
    setToolTip(PlainText::forAutoText(lines.join(QLatin1Char('\n'))));
}

QSize CheckListButton::sizeHint() const
{
    QSize size = QToolButton::sizeHint();
    size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
    return size;
}

QSize CheckListButton::minimumSizeHint() const
{
    return sizeHint();
}
