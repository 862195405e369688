#include "ClaimKinds.h"

#include <QCoreApplication>

namespace ClaimKinds {

const QStringList &known()
{
    static const QStringList kinds = {QStringLiteral("event"),    QStringLiteral("allegation"),
                                      QStringLiteral("response"), QStringLiteral("figure"),
                                      QStringLiteral("context"),  QStringLiteral("policy"),
                                      QStringLiteral("analysis")};
    return kinds;
}

QStringList ofDataset(const QStringList &kindsInUse)
{
    QStringList out = known();
    for (const QString &kind : kindsInUse)
        if (!out.contains(kind))
            out.append(kind);
    return out;
}

int order(const QString &kind)
{
    const int i = int(known().indexOf(kind));
    return i < 0 ? int(known().size()) : i;
}

QColor color(const QString &kind)
{
    // Colour-blind-friendly (Okabe–Ito based), distinct from the red of conflict marks.
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                    QColor(0x80, 0x80, 0x80), QColor(0x8C, 0x56, 0x4B),
                                    QColor(0x56, 0xB4, 0xE9)};
    const int i = order(kind);
    if (i < int(std::size(colors)))
        return colors[i];
    return QColor::fromHsv(int(qHash(kind) % 360), 120, 160);
}

QString label(const QString &kind)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("ClaimKinds", "Event"),    QT_TRANSLATE_NOOP("ClaimKinds", "Allegation"),
        QT_TRANSLATE_NOOP("ClaimKinds", "Response"), QT_TRANSLATE_NOOP("ClaimKinds", "Figure"),
        QT_TRANSLATE_NOOP("ClaimKinds", "Context"),  QT_TRANSLATE_NOOP("ClaimKinds", "Policy"),
        QT_TRANSLATE_NOOP("ClaimKinds", "Analysis")};
    const int i = order(kind);
    if (i < int(std::size(labels)))
        return QCoreApplication::translate("ClaimKinds", labels[i]);
    return kind;
}

} // namespace ClaimKinds
