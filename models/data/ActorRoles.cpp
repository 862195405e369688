#include "models/data/ActorRoles.h"

#include <QCoreApplication>

namespace ActorRoles {

namespace {

// The known roles in the order authors see them, marked for translation.
const char *const Roles[] = {
    QT_TRANSLATE_NOOP("ActorRoles", "plaintiff"), QT_TRANSLATE_NOOP("ActorRoles", "defendant"),
    QT_TRANSLATE_NOOP("ActorRoles", "accuser"),   QT_TRANSLATE_NOOP("ActorRoles", "accused"),
    QT_TRANSLATE_NOOP("ActorRoles", "investor"),  QT_TRANSLATE_NOOP("ActorRoles", "investee"),
    QT_TRANSLATE_NOOP("ActorRoles", "founder"),   QT_TRANSLATE_NOOP("ActorRoles", "cofounder"),
    QT_TRANSLATE_NOOP("ActorRoles", "owner"),     QT_TRANSLATE_NOOP("ActorRoles", "developer"),
    QT_TRANSLATE_NOOP("ActorRoles", "product"),   QT_TRANSLATE_NOOP("ActorRoles", "competitor"),
    QT_TRANSLATE_NOOP("ActorRoles", "partner"),   QT_TRANSLATE_NOOP("ActorRoles", "court"),
    QT_TRANSLATE_NOOP("ActorRoles", "subject"),   QT_TRANSLATE_NOOP("ActorRoles", "author"),
};

} // namespace

const QStringList &known()
{
    static const QStringList roles = [] {
        QStringList list;
        for (const char *role : Roles)
            list << QString::fromLatin1(role);
        return list;
    }();
    return roles;
}

QString label(const QString &role)
{
    for (const char *known : Roles)
        if (role == QLatin1String(known))
            return QCoreApplication::translate("ActorRoles", known);
    return role;
}

} // namespace ActorRoles
