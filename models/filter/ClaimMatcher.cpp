#include "models/filter/ClaimMatcher.h"

#include "models/data/Dataset.h"
#include "models/data/Parallel.h"
#include "models/data/TextUtil.h"
#include "models/markup/Markup.h"

#include <algorithm>
#include <numeric>

const QString &ClaimSearchText::of(int claim) const
{
    prepare();
    return m_folded[claim];
}

void ClaimSearchText::prepare() const
{
    if (m_folded.empty()) {
        m_folded.resize(m_dataset.claims.size());
        for (qsizetype i = 0; i < m_dataset.claims.size(); ++i)
            m_folded[i] = fold(int(i));
    }
}

QString ClaimSearchText::fold(int claim) const
{
    const Claim &c = m_dataset.claims[claim];
    QString all = c.statement;
    for (const Citation &cit : c.citations) {
        all += QLatin1Char('\n');
        all += cit.quote;
    }
    return TextUtil::foldForSearch(all);
}

void ClaimSearchText::applyDelta(const TableDelta &claims)
{
    if (!m_folded.empty())
        claims.applyTo(m_folded, [this](int claim) { return fold(claim); });
}

void ClaimYearOrder::applyDelta(const TableDelta &claims)
{
    if (claims.isEmpty())
        return;
    // Sorted again on the next year range: a year range after each edit is rarer than edits.
    m_claims.clear();
    m_years.clear();
}

std::span<const int> ClaimYearOrder::between(int fromYear, int toYear) const
{
    if (m_claims.empty() && !m_dataset.claims.isEmpty()) {
        m_claims.resize(size_t(m_dataset.claims.size()));
        std::iota(m_claims.begin(), m_claims.end(), 0);
        std::stable_sort(m_claims.begin(), m_claims.end(), [this](int a, int b) {
            return m_dataset.claims[a].date.year() < m_dataset.claims[b].date.year();
        });
        m_years.reserve(m_claims.size());
        for (const int c : m_claims)
            m_years.push_back(m_dataset.claims[c].date.year());
    }
    const auto first =
        fromYear ? std::lower_bound(m_years.begin(), m_years.end(), fromYear) : m_years.begin();
    const auto last = toYear ? std::upper_bound(first, m_years.end(), toYear) : m_years.end();
    if (first >= last)
        return {};
    return {m_claims.data() + (first - m_years.begin()), size_t(last - first)};
}

ClaimMatcher::ClaimMatcher(const Dataset &dataset, const ClaimFilter &filter,
                           const ClaimSearchText *searchText, const ClaimYearOrder *yearOrder,
                           const Markup *markup)
    : m_dataset(dataset), m_filter(filter), m_searchText(searchText), m_yearOrder(yearOrder),
      m_markup(markup)
{
    for (const QString &tag : filter.tags)
        m_tagKeys.append(MarkupTags::key(tag));
    if (!filter.actors.isEmpty()) {
        m_actors.assign(dataset.actors.size(), false);
        for (const QString &id : filter.actors)
            if (const int a = dataset.actorIndex(id); a >= 0)
                m_actors[a] = true;
    }
    if (!filter.sources.isEmpty()) {
        m_sources.assign(dataset.sources.size(), false);
        for (const QString &id : filter.sources)
            if (const int s = dataset.sourceIndex(id); s >= 0)
                m_sources[s] = true;
    }
    for (const QString &id : filter.claimants)
        if (dataset.actorIndex(id) >= 0)
            m_claimants.append(id);
    m_words = TextUtil::foldForSearch(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!m_words.isEmpty() && !m_searchText) {
        m_ownSearchText = std::make_unique<ClaimSearchText>(dataset);
        m_searchText = m_ownSearchText.get();
    }
    if (!m_words.isEmpty())
        m_searchText->prepare();
}

ClaimMatcher::~ClaimMatcher() = default;

bool ClaimMatcher::matches(int claim) const
{
    const Claim &c = m_dataset.claims[claim];
    if (m_filter.fromYear && c.date.year() < m_filter.fromYear)
        return false;
    if (m_filter.toYear && c.date.year() > m_filter.toYear)
        return false;
    if (!m_filter.kinds.isEmpty() && !m_filter.kinds.contains(c.kind))
        return false;
    if (!m_actors.empty()) {
        bool any = false;
        for (int a : m_dataset.actorsOfClaim(claim))
            any = any || m_actors[a];
        if (!any)
            return false;
    }
    if (!m_sources.empty()) {
        bool any = false;
        for (int s : m_dataset.sourcesOfClaim(claim))
            any = any || m_sources[s];
        if (!any)
            return false;
    }
    using Side = ClaimFilter::Side;
    if (m_filter.inConflict != Side::Any &&
        m_dataset.conflictsOfClaim(claim).isEmpty() == (m_filter.inConflict == Side::Yes))
        return false;
    if (m_filter.singleSource != Side::Any &&
        m_dataset.isSingleSource(claim) != (m_filter.singleSource == Side::Yes))
        return false;
    if (!m_filter.claimants.isEmpty() || m_filter.reportedAsFact) {
        const bool byActor = !c.claimant.isEmpty() && m_claimants.contains(c.claimant);
        const bool asFact = m_filter.reportedAsFact && c.claimant.isEmpty();
        if (!byActor && !asFact)
            return false;
    }
    if (m_filter.keyOnly || !m_tagKeys.isEmpty()) {
        if (!m_markup)
            return false;
        const ClaimMarkup markup = m_markup->of(c.id);
        if (m_filter.keyOnly && !markup.key)
            return false;
        if (!m_tagKeys.isEmpty() &&
            std::none_of(markup.tags.cbegin(), markup.tags.cend(), [this](const QString &tag) {
                return m_tagKeys.contains(MarkupTags::key(tag));
            }))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString &text = m_searchText->of(claim);
        for (const QString &word : m_words)
            if (!text.contains(word))
                return false;
    }
    return true;
}

std::vector<char> ClaimMatcher::matchAll() const
{
    std::vector<char> flags(size_t(m_dataset.claims.size()), 0);
    const bool byYear = m_yearOrder && (m_filter.fromYear || m_filter.toYear);
    const std::span<const int> candidates =
        byYear ? m_yearOrder->between(m_filter.fromYear, m_filter.toYear) : std::span<const int>();
    const int count = byYear ? int(candidates.size()) : int(m_dataset.claims.size());
    const auto matchRange = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const int claim = byYear ? candidates[size_t(i)] : i;
            flags[size_t(claim)] = matches(claim);
        }
    };
    // Each claim is tested once, so each thread writes its own bytes of `flags`; matches()
    // only reads.
    Parallel::forEachRange(count, ParallelClaims,
                           [&](qsizetype from, qsizetype to) { matchRange(int(from), int(to)); });
    return flags;
}

QList<int> ClaimMatcher::matchingClaims() const
{
    const std::vector<char> flags = matchAll();
    QList<int> out;
    for (size_t i = 0; i < flags.size(); ++i)
        if (flags[i])
            out.append(int(i));
    return out;
}
