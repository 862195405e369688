#include "models/viewmodels/KindColors.h"

#include "models/data/ClaimKinds.h"

#include <QHash>
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

} // namespace KindColors
