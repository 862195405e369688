#include "models/data/ActorRoles.h"

namespace ActorRoles {

const QStringList &known()
{
    static const QStringList roles = {
        QStringLiteral("plaintiff"), QStringLiteral("defendant"), QStringLiteral("accuser"),
        QStringLiteral("accused"),   QStringLiteral("investor"),  QStringLiteral("investee"),
        QStringLiteral("founder"),   QStringLiteral("cofounder"), QStringLiteral("owner"),
        QStringLiteral("developer"), QStringLiteral("product"),   QStringLiteral("competitor"),
        QStringLiteral("partner"),   QStringLiteral("court"),     QStringLiteral("subject"),
        QStringLiteral("author")};
    return roles;
}

} // namespace ActorRoles
