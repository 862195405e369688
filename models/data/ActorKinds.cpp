#include "models/data/ActorKinds.h"

#include <QCoreApplication>
#include <iterator>

namespace ActorKinds {

namespace {

// In the order of known(): the kind as written in a dataset, and its label for translation.
const struct
{
    const char *kind;
    const char *label;
} Kinds[] = {
    {"person", QT_TRANSLATE_NOOP("ActorKinds", "person")},
    {"organization", QT_TRANSLATE_NOOP("ActorKinds", "organization")},
    {"company", QT_TRANSLATE_NOOP("ActorKinds", "company")},
    {"product", QT_TRANSLATE_NOOP("ActorKinds", "product")},
    {"court", QT_TRANSLATE_NOOP("ActorKinds", "court")},
    {"government", QT_TRANSLATE_NOOP("ActorKinds", "government")},
    {"group", QT_TRANSLATE_NOOP("ActorKinds", "group")},
    {"media", QT_TRANSLATE_NOOP("ActorKinds", "media")},
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

QString label(const QString &kind)
{
    const int i = int(known().indexOf(kind));
    return i < 0 ? kind : QCoreApplication::translate("ActorKinds", Kinds[i].label);
}

} // namespace ActorKinds
