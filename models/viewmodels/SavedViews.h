#pragma once

#include "models/viewmodels/TimelineLayout.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

class QSettings;

/// A named way of looking at the dispute: the filter with the timeline's lanes and the dates
/// it frames, as View ▸ Saved Views and `--view NAME` apply it.
struct SavedView
{
    QString name;
    /// FilterState::toVariantMap(): the ids are resolved (and unknown ones dropped) against
    /// the dataset it is applied to.
    QVariantMap filter;
    TimelineMode mode = TimelineMode::Happened;
    TimelineGrouping grouping = TimelineGrouping::Actor;
    TimelineLaneOrder laneOrder = TimelineLaneOrder::MostClaims;
    QDate from; ///< the first day the timeline shows; null: the chart's own framing
    QDate to;

    bool operator==(const SavedView &) const = default;
};

/// The saved views, kept in the user's settings for every database alike: a view is a way of
/// reading, and the ids a database does not know are dropped when it is applied, as a restored
/// filter's are. Names are unique, compared without case.
namespace SavedViews {

inline const QString SettingsKey = QStringLiteral("views/saved");

/// In the order they were first saved.
QList<SavedView> load(const QSettings &settings);
void store(QSettings &settings, const QList<SavedView> &views);
/// The index of the view so named, or -1.
int find(const QList<SavedView> &views, const QString &name);
QStringList names(const QList<SavedView> &views);
/// Replaces the view of the same name, or appends it.
void put(QList<SavedView> &views, const SavedView &view);

QVariantMap toVariantMap(const SavedView &view);
/// Nothing when the map has no name; values out of range take their defaults.
std::optional<SavedView> fromVariantMap(const QVariantMap &map);

} // namespace SavedViews
