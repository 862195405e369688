#pragma once

#include "models/corpus/ArticleText.h"

#include <QPlainTextEdit>
#include <vector>

/// A plain text view with numbers in a left margin on the lines that start a numbered part
/// (the article view's paragraphs), and one stretch outlined (the current citation). The
/// numbers are painted, not text: copying, searching and screen readers get the text alone.
class NumberedTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NumberedTextEdit(QWidget *parent = nullptr);

    /// 0-based line (block) where part n starts, at index n - 1, in increasing order.
    void setNumberedLines(std::vector<int> firstLines);
    /// The number shown beside a line; 0 when none.
    int numberAt(int line) const;
    /// The margin's width in pixels.
    int marginWidth() const;
    void setOutlined(ArticleText::Span span, const QColor &color);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Margin;
    void paintMargin(QPaintEvent *event);
    void updateMarginWidth();

    Margin *m_margin;
    std::vector<int> m_firstLines;
    ArticleText::Span m_outlined;
    QColor m_outlineColor;
};
