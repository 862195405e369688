#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QList>
#include <QPointer>

class QTextBrowser;

/// What assistive technology sees of a QTextBrowser: read-only text (Qt 6.4 offers it as a
/// "label") whose text interface reads the document's plain text, and whose links are its
/// children, each a link with a "press" action that follows it as Enter on the link would.
/// Qt's AT-SPI bridge has no hypertext interface, so children are how links get listed.
class TextBrowserAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit TextBrowserAccessible(QTextBrowser *browser);
    ~TextBrowserAccessible() override;

    /// Registers the factory once; call before the browsers are made, as Qt keeps the first
    /// interface it makes for a widget.
    static void install();

    /// A link in the document: its characters [start, end), its target and its text.
    struct Link
    {
        int start = 0, end = 0;
        QString href, text;
        bool operator==(const Link &) const = default;
    };
    QList<Link> links() const;
    /// Selects link `index` and presses Enter on it: the browser's anchorClicked follows.
    void activateLink(int index);
    QTextBrowser *browser() const;

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(QAccessible::Text t) const override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    /// The links now, and the children made for them dropped if they changed.
    const QList<Link> &currentLinks() const;
    void dropChildren() const;

    mutable QList<Link> m_links;
    mutable QHash<int, QAccessible::Id> m_children;
};
