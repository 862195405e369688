#pragma once

#include "models/data/DatasetDelta.h"
#include "models/filter/ClaimFilter.h"

#include <QList>
#include <QString>
#include <memory>
#include <span>
#include <vector>

class Dataset;
class Markup;

/// Folded (case- and accent-free) statement and quotes of each claim, computed once per
/// dataset on first use, so that a search does not fold the whole dataset each keystroke.
class ClaimSearchText
{
public:
    explicit ClaimSearchText(const Dataset &dataset) : m_dataset(dataset) {}
    const QString &of(int claim) const;
    /// Folds every claim now: of() is then safe to call from several threads at once.
    void prepare() const;
    /// Folds again only the claims a change added or changed.
    void applyDelta(const TableDelta &claims);

private:
    QString fold(int claim) const;

    const Dataset &m_dataset;
    mutable std::vector<QString> m_folded;
};

/// The claims in order of their date's year, computed once per dataset on first use, so that
/// a year range finds its claims by two binary searches rather than by testing every claim.
class ClaimYearOrder
{
public:
    explicit ClaimYearOrder(const Dataset &dataset) : m_dataset(dataset) {}
    /// Claims whose date's year is within [fromYear, toYear], by year; 0 leaves a side open.
    /// A claim without a date has year 0, as ClaimMatcher::matches() sees it.
    std::span<const int> between(int fromYear, int toYear) const;
    void applyDelta(const TableDelta &claims);

private:
    const Dataset &m_dataset;
    mutable std::vector<int> m_claims; ///< by year, then dataset order
    mutable std::vector<int> m_years;  ///< m_claims' years
};

/// A ClaimFilter prepared against one dataset: ids resolved to indexes once, so matching a
/// claim costs a few lookups rather than string comparisons.
class ClaimMatcher
{
public:
    /// The search text and the year order are the caller's caches, if it keeps them. Without
    /// `markup`, no claim is key or tagged.
    ClaimMatcher(const Dataset &dataset, const ClaimFilter &filter,
                 const ClaimSearchText *searchText = nullptr,
                 const ClaimYearOrder *yearOrder = nullptr, const Markup *markup = nullptr);
    ~ClaimMatcher();

    bool matches(int claim) const;
    /// Whether each claim matches, by dataset index. With a year range and a year order, only
    /// the claims of those years are tested. Many claims to test are shared among threads:
    /// a text search scans every claim's text, the costliest filter.
    std::vector<char> matchAll() const;
    /// Indexes of every matching claim, in dataset order.
    QList<int> matchingClaims() const;
    /// Claims from which matchAll() shares the work among threads.
    static constexpr qsizetype ParallelClaims = 20000;

private:
    const Dataset &m_dataset;
    ClaimFilter m_filter;
    std::vector<bool> m_actors;  ///< by actor index; empty when actors do not narrow
    std::vector<bool> m_sources; ///< by source index; empty when sources do not narrow
    QStringList m_claimants;     ///< actor ids (as Claim::claimant holds them)
    QStringList m_words;         ///< folded search words
    const ClaimSearchText *m_searchText;
    std::unique_ptr<ClaimSearchText> m_ownSearchText;
    const ClaimYearOrder *m_yearOrder;
    const Markup *m_markup;
    QStringList m_tagKeys; ///< MarkupTags::key() of the filter's tags
};
