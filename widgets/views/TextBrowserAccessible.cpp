#include "widgets/views/TextBrowserAccessible.h"

#include <QAccessibleActionInterface>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace {

/// One link of the browser, as assistive technology lists it.
class LinkAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    LinkAccessible(TextBrowserAccessible *parent, int index) : m_parent(parent), m_index(index) {}

    bool isValid() const override { return m_parent && m_index < m_parent->links().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_parent->window(); }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::Link; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const TextBrowserAccessible::Link link = m_parent->links().at(m_index);
        switch (t) {
        case QAccessible::Name:
            return link.text;
        case QAccessible::Value:
            return link.href;
        default:
            return {};
        }
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.linked = true;
        if (!isValid() || rect().isEmpty())
            s.invisible = true;
        return s;
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const TextBrowserAccessible::Link link = m_parent->links().at(m_index);
        return m_parent->characterRect(link.start).united(m_parent->characterRect(link.end - 1));
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &actionName) override
    {
        if (actionName == pressAction() && isValid())
            m_parent->activateLink(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    TextBrowserAccessible *m_parent;
    int m_index;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QTextBrowser"))
        return nullptr;
    auto *browser = qobject_cast<QTextBrowser *>(object);
    return browser ? new TextBrowserAccessible(browser) : nullptr;
}

} // namespace

TextBrowserAccessible::TextBrowserAccessible(QTextBrowser *browser)
    : QAccessibleWidget(browser, QAccessible::EditableText)
{
}

TextBrowserAccessible::~TextBrowserAccessible()
{
    dropChildren();
}

void TextBrowserAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

QTextBrowser *TextBrowserAccessible::browser() const
{
    return static_cast<QTextBrowser *>(widget());
}

QList<TextBrowserAccessible::Link> TextBrowserAccessible::links() const
{
    QList<Link> out;
    const QTextDocument *doc = browser()->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString href = fragment.charFormat().anchorHref();
            if (!fragment.isValid() || href.isEmpty())
                continue;
            const int start = fragment.position();
            const int end = start + fragment.length();
            if (!out.isEmpty() && out.last().href == href && out.last().end == start) {
                out.last().end = end; // one link in several formats
                out.last().text += fragment.text();
            } else {
                out.append({start, end, href, fragment.text()});
            }
        }
    }
    return out;
}

const QList<TextBrowserAccessible::Link> &TextBrowserAccessible::currentLinks() const
{
    QList<Link> now = links();
    if (now != m_links) {
        dropChildren();
        m_links = std::move(now);
    }
    return m_links;
}

void TextBrowserAccessible::dropChildren() const
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
}

void TextBrowserAccessible::activateLink(int index)
{
    const QList<Link> &all = currentLinks();
    if (index < 0 || index >= all.size())
        return;
    QTextCursor cursor(browser()->document());
    cursor.setPosition(all[index].start);
    cursor.setPosition(all[index].end, QTextCursor::KeepAnchor);
    browser()->setTextCursor(cursor);
    // As the keyboard does it, so that the browser's own anchorClicked follows the link.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(browser(), &press);
}

void *TextBrowserAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State TextBrowserAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    s.multiLine = true;
    s.selectableText = true;
    return s;
}

int TextBrowserAccessible::childCount() const
{
    return int(currentLinks().size());
}

QAccessibleInterface *TextBrowserAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto it = m_children.constFind(index); it != m_children.cend())
        return QAccessible::accessibleInterface(*it);
    auto *link = new LinkAccessible(const_cast<TextBrowserAccessible *>(this), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(link));
    return link;
}

int TextBrowserAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key();
    return -1;
}

QAccessibleInterface *TextBrowserAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i)
        if (QAccessibleInterface *link = child(i); link->rect().contains(x, y))
            return link;
    return nullptr;
}

void TextBrowserAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = browser()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    }
}

int TextBrowserAccessible::selectionCount() const
{
    return browser()->textCursor().hasSelection() ? 1 : 0;
}

void TextBrowserAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void TextBrowserAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = browser()->textCursor();
    cursor.clearSelection();
    browser()->setTextCursor(cursor);
}

void TextBrowserAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor(browser()->document());
    cursor.setPosition(std::clamp(startOffset, 0, characterCount()));
    cursor.setPosition(std::clamp(endOffset, 0, characterCount()), QTextCursor::KeepAnchor);
    browser()->setTextCursor(cursor);
}

int TextBrowserAccessible::cursorPosition() const
{
    return browser()->textCursor().position();
}

void TextBrowserAccessible::setCursorPosition(int position)
{
    QTextCursor cursor = browser()->textCursor();
    cursor.setPosition(std::clamp(position, 0, characterCount()));
    browser()->setTextCursor(cursor);
}

QString TextBrowserAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return browser()->toPlainText();
    return QAccessibleWidget::text(t);
}

QString TextBrowserAccessible::text(int startOffset, int endOffset) const
{
    const int count = characterCount();
    startOffset = std::clamp(startOffset, 0, count);
    endOffset = std::clamp(endOffset, startOffset, count);
    QTextCursor cursor(browser()->document());
    cursor.setPosition(startOffset);
    cursor.setPosition(endOffset, QTextCursor::KeepAnchor);
    // Paragraph and line breaks as newlines (a cursor gives U+2029 and U+2028), one character
    // for one, so offsets stay the document's.
    return cursor.selectedText()
        .replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
        .replace(QChar::LineSeparator, QLatin1Char('\n'));
}

int TextBrowserAccessible::characterCount() const
{
    return std::max(0, browser()->document()->characterCount() - 1);
}

QRect TextBrowserAccessible::characterRect(int offset) const
{
    if (offset < 0 || offset > characterCount())
        return {};
    QTextCursor cursor(browser()->document());
    cursor.setPosition(offset);
    QRect r = browser()->cursorRect(cursor);
    if (offset < characterCount()) {
        cursor.setPosition(offset + 1);
        const QRect next = browser()->cursorRect(cursor);
        if (next.top() == r.top())
            r.setRight(std::max(r.left(), next.left()));
    }
    return QRect(browser()->viewport()->mapToGlobal(r.topLeft()), r.size());
}

int TextBrowserAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = browser()->viewport()->mapFromGlobal(point);
    return browser()->cursorForPosition(local).position();
}

void TextBrowserAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    QTextCursor cursor(browser()->document());
    cursor.setPosition(std::clamp(endIndex, 0, characterCount()));
    browser()->setTextCursor(cursor);
    browser()->ensureCursorVisible();
    cursor.setPosition(std::clamp(startIndex, 0, characterCount()));
    browser()->setTextCursor(cursor);
    browser()->ensureCursorVisible();
}

QString TextBrowserAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    Q_UNUSED(offset);
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}
