#include "widgets/views/NumberedTextEdit.h"

#include <QPainter>
#include <QTextBlock>
#include <algorithm>

class NumberedTextEdit::Margin final : public QWidget
{
public:
    explicit Margin(NumberedTextEdit *edit) : QWidget(edit), m_edit(edit) {}
    QSize sizeHint() const override { return {m_edit->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_edit->paintMargin(event); }

private:
    NumberedTextEdit *m_edit;
};

NumberedTextEdit::NumberedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_margin(new Margin(this))
{
    // Painted numbers beside the text, not part of it: nothing for a screen reader to read
    // between the words.
    m_margin->setAccessibleName(QString());
    m_margin->setAttribute(Qt::WA_TransparentForMouseEvents);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    updateMarginWidth();
}

void NumberedTextEdit::setNumberedLines(std::vector<int> firstLines)
{
    m_firstLines = std::move(firstLines);
    updateMarginWidth();
    m_margin->update();
}

int NumberedTextEdit::numberAt(int line) const
{
    const auto it = std::lower_bound(m_firstLines.begin(), m_firstLines.end(), line);
    return it != m_firstLines.end() && *it == line ? int(it - m_firstLines.begin()) + 1 : 0;
}

int NumberedTextEdit::marginWidth() const
{
    const QString widest = QString::number(std::max<size_t>(m_firstLines.size(), 99));
    return fontMetrics().horizontalAdvance(widest) + 2 * fontMetrics().averageCharWidth();
}

void NumberedTextEdit::setOutlined(ArticleText::Span span, const QColor &color)
{
    m_outlined = span;
    m_outlineColor = color;
    viewport()->update();
}

void NumberedTextEdit::updateMarginWidth()
{
    setViewportMargins(marginWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_margin->setGeometry(r.left(), r.top(), marginWidth(), r.height());
}

void NumberedTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMarginWidth();
}

void NumberedTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMarginWidth();
}

void NumberedTextEdit::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QColor ink = palette().color(QPalette::PlaceholderText);
    painter.setPen(ink);
    painter.setFont(font());
    const int right = m_margin->width() - fontMetrics().averageCharWidth();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            if (const int number = numberAt(block.blockNumber())) {
                const QRectF line(0, top, right, fontMetrics().height());
                painter.drawText(line, Qt::AlignRight | Qt::AlignTop, QString::number(number));
            }
        }
        top += height;
        block = block.next();
    }
}

void NumberedTextEdit::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_outlined.end <= m_outlined.start)
        return;
    QPainter painter(viewport());
    painter.setPen(QPen(m_outlineColor, 2));
    painter.setBrush(Qt::NoBrush);
    const QPointF offset = contentOffset();
    for (QTextBlock block = document()->findBlock(int(m_outlined.start));
         block.isValid() && block.position() < m_outlined.end; block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(offset);
        if (box.top() > event->rect().bottom())
            break;
        if (box.bottom() < event->rect().top() || !block.layout())
            continue;
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int from = std::max<int>(lineStart, int(m_outlined.start));
            const int to = std::min<int>(lineStart + line.textLength(), int(m_outlined.end));
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(from - block.position());
            const qreal x2 = line.cursorToX(to - block.position());
            const QRectF rect(box.left() + std::min(x1, x2), box.top() + line.y(),
                              std::abs(x2 - x1), line.height());
            painter.drawRect(rect.adjusted(-1, 0, 1, 0));
        }
    }
}
