#include "models/format/RecordIds.h"

#include "models/data/TextUtil.h"
#include "models/format/DatasetValidator.h"

#include <algorithm>

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

QString RecordIds::nextNumbered(const QString &prefix, const QStringList &ids)
{
    qulonglong highest = 0;
    qsizetype width = 3;
    bool any = false;
    for (const QString &id : ids) {
        if (!id.startsWith(prefix) || id.size() == prefix.size())
            continue;
        const QStringView digits = QStringView(id).sliced(prefix.size());
        if (!std::all_of(digits.begin(), digits.end(),
                         [](QChar c) { return c >= u'0' && c <= u'9'; }))
            continue;
        bool ok = false;
        const qulonglong n = digits.toULongLong(&ok);
        if (!ok)
            continue;
        width = any ? std::max(width, digits.size()) : digits.size();
        any = true;
        highest = std::max(highest, n);
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, int(width), 10, QLatin1Char('0'));
}
