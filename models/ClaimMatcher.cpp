#include "ClaimMatcher.h"

#include "Dataset.h"
#include "TextUtil.h"

const QString &ClaimSearchText::of(int claim) const
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
    return m_folded[claim];
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

QList<int> ClaimMatcher::matchingClaims() const
{
    QList<int> out;
    for (int i = 0; i < m_dataset.claims.size(); ++i)
        if (matches(i))
            out.append(i);
    return out;
}
