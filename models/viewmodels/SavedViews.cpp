#include "models/viewmodels/SavedViews.h"

#include <QSettings>

namespace SavedViews {

namespace {

template <typename Enum> Enum enumOf(const QVariant &value, Enum last)
{
    const int i = value.toInt();
    return i >= 0 && i <= int(last) ? Enum(i) : Enum(0);
}

} // namespace

QList<SavedView> load(const QSettings &settings)
{
    QList<SavedView> out;
    for (const QVariant &item : settings.value(SettingsKey).toList())
        if (const auto view = fromVariantMap(item.toMap()); view && find(out, view->name) < 0)
            out.append(*view);
    return out;
}

void store(QSettings &settings, const QList<SavedView> &views)
{
    QVariantList list;
    for (const SavedView &view : views)
        list.append(toVariantMap(view));
    if (list.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, list);
}

int find(const QList<SavedView> &views, const QString &name)
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < views.size(); ++i)
        if (views[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QStringList names(const QList<SavedView> &views)
{
    QStringList out;
    for (const SavedView &view : views)
        out.append(view.name);
    return out;
}

void put(QList<SavedView> &views, const SavedView &view)
{
    if (const int i = find(views, view.name); i >= 0)
        views[i] = view;
    else
        views.append(view);
}

QVariantMap toVariantMap(const SavedView &view)
{
    QVariantMap map;
    map.insert(QStringLiteral("name"), view.name);
    map.insert(QStringLiteral("filter"), view.filter);
    map.insert(QStringLiteral("mode"), int(view.mode));
    map.insert(QStringLiteral("grouping"), int(view.grouping));
    map.insert(QStringLiteral("laneOrder"), int(view.laneOrder));
    if (view.from.isValid() && view.to.isValid()) {
        map.insert(QStringLiteral("from"), view.from.toString(Qt::ISODate));
        map.insert(QStringLiteral("to"), view.to.toString(Qt::ISODate));
    }
    return map;
}

std::optional<SavedView> fromVariantMap(const QVariantMap &map)
{
    SavedView view;
    view.name = map.value(QStringLiteral("name")).toString().trimmed();
    if (view.name.isEmpty())
        return std::nullopt;
    view.filter = map.value(QStringLiteral("filter")).toMap();
    view.mode = enumOf(map.value(QStringLiteral("mode")), TimelineMode::Reported);
    view.grouping = enumOf(map.value(QStringLiteral("grouping")), TimelineGrouping::None);
    view.laneOrder = enumOf(map.value(QStringLiteral("laneOrder")), TimelineLaneOrder::Name);
    const QDate from = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from < to) {
        view.from = from;
        view.to = to;
    }
    return view;
}

} // namespace SavedViews
