#include "models/data/ClaimKinds.h"

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

int order(const QString &kind)
{
    const int i = int(known().indexOf(kind));
    return i < 0 ? int(known().size()) : i;
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
