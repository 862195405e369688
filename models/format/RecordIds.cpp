#include "models/format/RecordIds.h"

#include "models/data/TextUtil.h"
#include "models/format/DatasetValidator.h"

namespace {

// Room for a "-NNNN" ending within isValidId()'s 64 characters.
constexpr qsizetype MaxStem = 56;

} // namespace

QString RecordIds::fromText(const QString &text, const QString &fallback,
                            const std::function<bool(const QString &)> &taken)
{
    QString stem;
    bool dash = false;
    for (const QChar c : TextUtil::foldForSearch(text)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !stem.isEmpty())
                stem += QLatin1Char('-');
            dash = false;
            stem += c;
            if (stem.size() >= MaxStem)
                break;
        } else {
            dash = true;
        }
    }
    if (stem.isEmpty() || !DatasetValidator::isValidId(stem))
        stem = fallback;
    QString id = stem;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    return id;
}
