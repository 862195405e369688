#include "models/data/ClaimDate.h"

#include "models/data/Dataset.h"

#include <QCoreApplication>

namespace ClaimDate {

QString shortText(const Claim &claim)
{
    const QString date = claim.date.toIsoString();
    return claim.datedByReport ? QCoreApplication::translate("ClaimDate", "as of %1").arg(date)
                               : date;
}

QString longText(const Claim &claim)
{
    const QString date = claim.date.toDisplayString();
    return claim.datedByReport
               ? QCoreApplication::translate("ClaimDate", "as of %1 (when reported)").arg(date)
               : date;
}

} // namespace ClaimDate
