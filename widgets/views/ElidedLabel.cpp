#include "widgets/views/ElidedLabel.h"

#include "models/viewmodels/PlainText.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

void ElidedLabel::setFullText(const QString &text)
{
    // The text is data (actor names, a search): plain, in the label and in its tooltip.
    setTextFormat(Qt::PlainText);
    if (text == this->text())
        return;
    setText(text);
    setToolTip(PlainText::forAutoText(text));
}

QString ElidedLabel::displayedText() const
{
    const QFontMetrics metrics = fontMetrics();
    const int available = contentsRect().width() - 2 * margin();
    // Measuring first costs one shaping of the text where eliding costs several, and most of
    // the time the text fits.
    return metrics.horizontalAdvance(text()) <= available
               ? text()
               : metrics.elidedText(text(), Qt::ElideRight, available);
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMMM…")),
            QLabel::minimumSizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    const QString shown = displayedText();
    if (shown == text()) {
        QLabel::paintEvent(event); // whole: selection and all
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    const int m = margin();
    style()->drawItemText(&painter, contentsRect().adjusted(m, m, -m, -m),
                          int(QStyle::visualAlignment(layoutDirection(), alignment())), palette(),
                          isEnabled(), shown, foregroundRole());
}
