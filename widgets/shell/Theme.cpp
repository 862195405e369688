#include "widgets/shell/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

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

} // namespace

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
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8C, 0xC6));
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
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xD8));
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
        if (QApplication::style()->name() != QLatin1String("fusion"))
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette()
                                                                   : lightPalette());
        break;
    }
}

} // namespace Theme
