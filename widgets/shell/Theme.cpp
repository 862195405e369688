#include "widgets/shell/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace Theme {

namespace {

struct Original
{
    QString style;
    QPalette palette;
};

const Original &original()
{
    // What the platform gave us before any theme was applied.
    static const Original o{QApplication::style() ? QApplication::style()->name() : QString(),
                            QApplication::palette()};
    return o;
}

/// Fusion with check boxes and radio buttons one can see: Fusion outlines them in a shade of
/// the window colour, which on the dark palette is all but the colour of the list behind them
/// (and only 2.3:1 on the light one). A mark needs 3:1 against what surrounds it (WCAG 2.1,
/// non-text contrast).
class ReadableFusion final : public QProxyStyle
{
public:
    ReadableFusion() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool keyboardFocus =
            (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
        if (keyboardFocus ||
            (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton))
            return;
        painter->save();
        painter->setPen(indicatorOutline(option->palette));
        painter->setBrush(Qt::NoBrush);
        if (element == PE_IndicatorCheckBox) {
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        } else {
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        }
        painter->restore();
    }
};

} // namespace

QColor indicatorOutline(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    const auto mix = [](int a, int b) { return a + (b - a) * 3 / 5; };
    return {mix(base.red(), text.red()), mix(base.green(), text.green()),
            mix(base.blue(), text.blue())};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QPalette lightPalette()
{
    QPalette p(QColor(0xEF, 0xEF, 0xEF));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF4, 0xF6, 0xF8));
    p.setColor(QPalette::Text, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::ButtonText, QColor(0x1A, 0x1A, 0x1A));
    // Selected text is white on it: 5.4:1.
    p.setColor(QPalette::Highlight, QColor(0x1F, 0x6F, 0xA8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x55, 0xAA));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xDC));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xA0, 0xA0, 0xA0));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x1F, 0x22), text(0xE6, 0xE6, 0xE6);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2D));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3A, 0x3D, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xB0)); // 5.2:1 with white
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7C, 0xB8, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB8, 0x9C, 0xFF));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x52));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

void apply(AppSettings::Theme theme)
{
    const Original &o = original();
    switch (theme) {
    case AppSettings::Theme::System:
        if (!o.style.isEmpty() && QApplication::style()->name() != o.style)
            QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
        break;
    case AppSettings::Theme::Light:
    case AppSettings::Theme::Dark:
        if (!dynamic_cast<ReadableFusion *>(QApplication::style()))
            QApplication::setStyle(new ReadableFusion);
        QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette()
                                                                   : lightPalette());
        break;
    }
}

} // namespace Theme
