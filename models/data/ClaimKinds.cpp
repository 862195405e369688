#include "models/data/ClaimKinds.h"

#include <QCoreApplication>

namespace ClaimKinds {

namespace {

// In the order views list them: the kind as written in a dataset, and its label.
const struct
{
    const char *kind;
    const char *label;
} Kinds[] = {
    {"event", QT_TRANSLATE_NOOP("ClaimKinds", "Event")},
    {"allegation", QT_TRANSLATE_NOOP("ClaimKinds", "Allegation")},
    {"response", QT_TRANSLATE_NOOP("ClaimKinds", "Response")},
    {"figure", QT_TRANSLATE_NOOP("ClaimKinds", "Figure")},
    {"context", QT_TRANSLATE_NOOP("ClaimKinds", "Context")},
    {"policy", QT_TRANSLATE_NOOP("ClaimKinds", "Policy")},
    {"analysis", QT_TRANSLATE_NOOP("ClaimKinds", "Analysis")},
};

} // namespace

const QStringList &known()
{
    static const QStringList kinds = [] {
        QStringList list;
        for (const auto &entry : Kinds)
            list << QLatin1String(entry.kind);
        return list;
    }();
    return kinds;
}

int order(const QString &kind)
{
    const int i = int(known().indexOf(kind));
    return i < 0 ? int(known().size()) : i;
}

QString label(const QString &kind)
{
    const int i = int(known().indexOf(kind));
    return i < 0 ? kind : QCoreApplication::translate("ClaimKinds", Kinds[i].label);
}

} // namespace ClaimKinds
