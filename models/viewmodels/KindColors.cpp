#include "models/viewmodels/KindColors.h"

#include "models/data/ClaimKinds.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace KindColors {

QColor color(const QString &kind)
{
    // Colour-blind-friendly (Okabe–Ito based), distinct from the red of conflict marks.
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                    QColor(0x80, 0x80, 0x80), QColor(0x8C, 0x56, 0x4B),
                                    QColor(0x56, 0xB4, 0xE9)};
    const int i = ClaimKinds::order(kind);
    if (i < int(std::size(colors)))
        return colors[i];
    return QColor::fromHsv(int(qHash(kind) % 360), 120, 160);
}

namespace {

double luminance(const QColor &colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor standingOut(const QColor &color, const QColor &background, double least)
{
    if (contrast(color, background) >= least)
        return color;
    const QColor toward = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    QColor moved = color;
    for (int step = 1; step <= 20 && contrast(moved, background) < least; ++step) {
        const double t = step / 20.0;
        moved = QColor::fromRgbF(float(color.redF() * (1 - t) + toward.redF() * t),
                                 float(color.greenF() * (1 - t) + toward.greenF() * t),
                                 float(color.blueF() * (1 - t) + toward.blueF() * t));
    }
    return moved;
}

} // namespace KindColors
