#include "ClaimMatcher.h"

#include "Dataset.h"
#include "TextUtil.h"

#include <thread>

const QString &ClaimSearchText::of(int claim) const
{
    prepare();
    return m_folded[claim];
}

void ClaimSearchText::prepare() const
{
    if (m_folded.empty()) {
        m_folded.resize(m_dataset.claims.size());
        for (qsizetype i = 0; i < m_dataset.claims.size(); ++i) {
            const Claim &c = m_dataset.claims[i];
            QString all = c.statement;
            for (const Citation &cit : c.citations) {
                all += QLatin1Char('\n');
                all += cit.quote;
            }
            m_folded[i] = TextUtil::foldForSearch(all);
        }
    }
}

ClaimMatcher::ClaimMatcher(const Dataset &dataset, const ClaimFilter &filter,
                           const ClaimSearchText *searchText)
    : m_dataset(dataset), m_filter(filter), m_searchText(searchText)
{
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
    const int count = int(m_dataset.claims.size());
    std::vector<char> flags(size_t(count), 0);
    const auto matchRange = [this, &flags](int from, int to) {
        for (int i = from; i < to; ++i)
            flags[size_t(i)] = matches(i);
    };
    if (count < ParallelClaims) {
        matchRange(0, count);
        return flags;
    }
    // Each thread writes its own bytes of `flags`; matches() only reads.
    const int half = count / 2;
    std::thread second(matchRange, half, count);
    matchRange(0, half);
    second.join();
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
