#pragma once

#include <QAccessibleWidget>

class QLineEdit;
class QSpinBox;

/// What assistive technology sees of a QSpinBox that has a special value text ("any"): Qt's own
/// interface reports the minimum as the value, so a year box showing "any" reads as the year
/// before the first. This one reports no value there (and the special text as the value text);
/// elsewhere it is Qt's: the number, the range, the line edit's text, step up and down.
class SpinBoxAccessible final : public QAccessibleWidget,
                                public QAccessibleValueInterface,
                                public QAccessibleTextInterface
{
public:
    explicit SpinBoxAccessible(QSpinBox *box);

    /// Registers the factory once; after that, every QSpinBox gets it (without a special value
    /// text it behaves as Qt's own).
    static void install();

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

    // The text shown, read from the line edit (which Qt does not expose on its own).
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // QAccessibleWidget is the action interface: step up and down.
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QSpinBox *box() const;
    bool atSpecialValue() const;
    QLineEdit *editor() const;
};
