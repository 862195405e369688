#include "models/data/ActorKinds.h"

#include <QCoreApplication>

namespace ActorKinds {

QString label(const QString &kind)
{
    static const struct
    {
        const char *kind;
        const char *label;
    } labels[] = {
        {"person", QT_TRANSLATE_NOOP("ActorKinds", "person")},
        {"organization", QT_TRANSLATE_NOOP("ActorKinds", "organization")},
        {"company", QT_TRANSLATE_NOOP("ActorKinds", "company")},
        {"product", QT_TRANSLATE_NOOP("ActorKinds", "product")},
        {"court", QT_TRANSLATE_NOOP("ActorKinds", "court")},
        {"government", QT_TRANSLATE_NOOP("ActorKinds", "government")},
        {"group", QT_TRANSLATE_NOOP("ActorKinds", "group")},
        {"media", QT_TRANSLATE_NOOP("ActorKinds", "media")},
    };
    for (const auto &entry : labels)
        if (kind == QLatin1String(entry.kind))
            return QCoreApplication::translate("ActorKinds", entry.label);
    return kind;
}

} // namespace ActorKinds
