#include "widgets/views/SpinBoxAccessible.h"

#include <QFontMetrics>
#include <QLineEdit>
#include <QSpinBox>

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QSpinBox"))
        return nullptr;
    // Every spin box, not only those with a special text now: Qt keeps the first interface it
    // makes, which may be while the box is still being set up.
    auto *box = qobject_cast<QSpinBox *>(object);
    return box ? new SpinBoxAccessible(box) : nullptr;
}

} // namespace

SpinBoxAccessible::SpinBoxAccessible(QSpinBox *box) : QAccessibleWidget(box, QAccessible::SpinBox)
{
}

void SpinBoxAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

QSpinBox *SpinBoxAccessible::box() const
{
    return static_cast<QSpinBox *>(widget());
}

bool SpinBoxAccessible::atSpecialValue() const
{
    return box()->value() == box()->minimum() && !box()->specialValueText().isEmpty();
}

QLineEdit *SpinBoxAccessible::editor() const
{
    return box()->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
}

void *SpinBoxAccessible::interface_cast(QAccessible::InterfaceType type)
{
    switch (type) {
    case QAccessible::ValueInterface:
        return static_cast<QAccessibleValueInterface *>(this);
    case QAccessible::TextInterface:
        return static_cast<QAccessibleTextInterface *>(this);
    default:
        return QAccessibleWidget::interface_cast(type);
    }
}

QString SpinBoxAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return box()->text(); // "any", or the number with its prefix and suffix
    return QAccessibleWidget::text(t);
}

QVariant SpinBoxAccessible::currentValue() const
{
    // The special value stands for no number at all.
    return atSpecialValue() ? QVariant() : QVariant(box()->value());
}

void SpinBoxAccessible::setCurrentValue(const QVariant &value)
{
    box()->setValue(value.toInt());
}

QVariant SpinBoxAccessible::maximumValue() const
{
    return box()->maximum();
}

QVariant SpinBoxAccessible::minimumValue() const
{
    // The lowest number it takes: with a special text, the minimum itself is not a number.
    if (box()->specialValueText().isEmpty())
        return box()->minimum();
    return std::min(box()->minimum() + 1, box()->maximum());
}

QVariant SpinBoxAccessible::minimumStepSize() const
{
    return box()->singleStep();
}

void SpinBoxAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    QLineEdit *edit = editor();
    if (selectionIndex != 0 || !edit || !edit->hasSelectedText())
        return;
    *startOffset = edit->selectionStart();
    *endOffset = *startOffset + int(edit->selectedText().size());
}

int SpinBoxAccessible::selectionCount() const
{
    return editor() && editor()->hasSelectedText() ? 1 : 0;
}

void SpinBoxAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void SpinBoxAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0 && editor())
        editor()->deselect();
}

void SpinBoxAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex == 0 && editor())
        editor()->setSelection(startOffset, endOffset - startOffset);
}

int SpinBoxAccessible::cursorPosition() const
{
    return editor() ? editor()->cursorPosition() : 0;
}

void SpinBoxAccessible::setCursorPosition(int position)
{
    if (editor())
        editor()->setCursorPosition(position);
}

QString SpinBoxAccessible::text(int startOffset, int endOffset) const
{
    const QString all = box()->text();
    if (startOffset < 0 || endOffset < startOffset || startOffset > all.size())
        return {};
    return all.mid(startOffset, endOffset - startOffset);
}

int SpinBoxAccessible::characterCount() const
{
    return int(box()->text().size());
}

QRect SpinBoxAccessible::characterRect(int offset) const
{
    QLineEdit *edit = editor();
    if (!edit || offset < 0 || offset > characterCount())
        return {};
    // As a line edit draws it: from the cursor's place, one character wide.
    const QString all = box()->text();
    const QFontMetrics metrics = edit->fontMetrics();
    const QRect contents = edit->contentsRect();
    const int x = contents.x() + metrics.horizontalAdvance(all.left(offset));
    const int width = offset < all.size() ? metrics.horizontalAdvance(all.at(offset)) : 1;
    const QRect local(x, contents.y(), width, contents.height());
    return QRect(edit->mapToGlobal(local.topLeft()), local.size());
}

int SpinBoxAccessible::offsetAtPoint(const QPoint &point) const
{
    QLineEdit *edit = editor();
    return edit ? edit->cursorPositionAt(edit->mapFromGlobal(point)) : -1;
}

void SpinBoxAccessible::scrollToSubstring(int, int)
{
    // One short line, always in view.
}

QString SpinBoxAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    Q_UNUSED(offset);
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

QStringList SpinBoxAccessible::actionNames() const
{
    return {increaseAction(), decreaseAction()};
}

void SpinBoxAccessible::doAction(const QString &actionName)
{
    if (!box()->isEnabled())
        return;
    if (actionName == increaseAction())
        box()->stepUp();
    else if (actionName == decreaseAction())
        box()->stepDown();
}

QStringList SpinBoxAccessible::keyBindingsForAction(const QString &) const
{
    return {};
}
