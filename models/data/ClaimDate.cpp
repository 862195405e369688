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

QString withPrecision(const Claim &claim)
{
    const QString date = claim.date.toDisplayString();
    if (claim.datedByReport)
        return QCoreApplication::translate("ClaimDate", "as of %1, when reported").arg(date);
    switch (claim.date.precision()) {
    case PartialDate::Precision::Year:
        return QCoreApplication::translate("ClaimDate", "%1, month unknown").arg(date);
    case PartialDate::Precision::Month:
        return QCoreApplication::translate("ClaimDate", "%1, day unknown").arg(date);
    default:
        return date;
    }
}

} // namespace ClaimDate
