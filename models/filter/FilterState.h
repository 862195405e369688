#pragma once

#include "models/filter/ClaimDateOrder.h"
#include "models/filter/ClaimFilter.h"
#include "models/filter/ClaimMatcher.h"

#include <QObject>
#include <QVariantMap>
#include <vector>

class Dataset;
class Markup;
struct DatasetDelta;

/// The one filter every dashboard view reads. Each change computes the matching claims once
/// (a flag per claim) and then emits changed() once; proxies and the chart read that result
/// instead of matching claims themselves. Setting a value equal to the current one does nothing.
class FilterState final : public QObject
{
    Q_OBJECT
public:
    /// The dataset must outlive the filter state.
    explicit FilterState(const Dataset &dataset, QObject *parent = nullptr);
    ~FilterState() override;

    const Dataset &dataset() const { return m_dataset; }
    const ClaimFilter &filter() const { return m_filter; }

    /// True when the claim (dataset index) passes the current filter.
    bool accepts(int claim) const { return m_matching[size_t(claim)] != 0; }
    /// A flag per claim (dataset index), non-zero when it matches.
    const std::vector<char> &matching() const { return m_matching; }
    /// The matching claims' indexes, ascending: views that only need the matching claims walk
    /// this rather than every claim, so a narrow filter costs them little.
    const std::vector<int> &matchingIndexes() const { return m_matchingIndexes; }
    int matchCount() const { return int(m_matchingIndexes.size()); }
    /// Matching claim indexes in dataset order.
    QList<int> matchingClaims() const;
    /// Every claim in date order, kept in step with edits (applyDelta).
    const ClaimDateOrder &dateOrder() const { return m_dateOrder; }
    /// "Acme, Banque Zeta · 2024 · 3 of 5 claims".
    QString summary() const;

    void setFilter(const ClaimFilter &filter);
    void setActors(const QStringList &actorIds);
    void setActorIncluded(const QString &actorId, bool included);
    void setYearRange(int fromYear, int toYear);
    void setSources(const QStringList &sourceIds);
    void setKinds(const QStringList &kinds);
    void setText(const QString &text);
    void setKeyOnly(bool keyOnly);
    void setTags(const QStringList &tags);
    void clear();

    /// The user's markup the key and tag parts read; null: none (no claim is key or tagged).
    /// It must outlive the filter state, or be set back to null first.
    void setMarkup(const Markup *markup);
    const Markup *markup() const { return m_markup; }
    /// The markup changed: matched again (and changed() emitted) when the filter reads it.
    void markupChanged();

    /// Matches again what a change to the dataset touched, without telling anyone yet: the
    /// views update their rows first (Dashboard::applyDelta), then announceDelta() emits
    /// changed() once for all of them.
    void applyDelta(const DatasetDelta &delta);
    void announceDelta();

    /// Plain values for saving the filter (the caller decides where); unknown ids are dropped
    /// on the way back so a filter saved for another dataset cannot hide everything.
    static QVariantMap toVariantMap(const ClaimFilter &filter);
    static ClaimFilter fromVariantMap(const QVariantMap &map, const Dataset &dataset);

signals:
    /// The filter and the matching set changed; emitted once per change.
    void changed();

private:
    void recompute();

    const Dataset &m_dataset;
    const Markup *m_markup = nullptr;
    ClaimSearchText m_searchText;
    ClaimYearOrder m_yearOrder;
    ClaimDateOrder m_dateOrder;
    ClaimFilter m_filter;
    std::vector<char> m_matching;
    std::vector<int> m_matchingIndexes;
};
