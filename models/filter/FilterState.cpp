#include "models/filter/FilterState.h"

#include "models/data/Dataset.h"
#include "models/markup/Markup.h"

FilterState::FilterState(const Dataset &dataset, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_searchText(dataset), m_yearOrder(dataset),
      m_dateOrder(dataset)
{
    recompute();
}

FilterState::~FilterState() = default;

QList<int> FilterState::matchingClaims() const
{
    return QList<int>(m_matchingIndexes.begin(), m_matchingIndexes.end());
}

QString FilterState::summary() const
{
    // One arg() call: a "%2" in an actor's name must stay as it is.
    return tr("%1 · %2 of %3 claims")
        .arg(m_filter.describe(m_dataset), QString::number(matchCount()),
             QString::number(m_dataset.claims.size()));
}

void FilterState::setFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    recompute();
    emit changed();
}

void FilterState::setActors(const QStringList &actorIds)
{
    ClaimFilter f = m_filter;
    f.actors = actorIds;
    setFilter(f);
}

void FilterState::setActorIncluded(const QString &actorId, bool included)
{
    ClaimFilter f = m_filter;
    if (included && !f.actors.contains(actorId))
        f.actors.append(actorId);
    else if (!included)
        f.actors.removeAll(actorId);
    setFilter(f);
}

void FilterState::setYearRange(int fromYear, int toYear)
{
    ClaimFilter f = m_filter;
    f.fromYear = fromYear;
    f.toYear = toYear;
    setFilter(f);
}

void FilterState::setSources(const QStringList &sourceIds)
{
    ClaimFilter f = m_filter;
    f.sources = sourceIds;
    setFilter(f);
}

void FilterState::setKinds(const QStringList &kinds)
{
    ClaimFilter f = m_filter;
    f.kinds = kinds;
    setFilter(f);
}

void FilterState::setText(const QString &text)
{
    ClaimFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void FilterState::setKeyOnly(bool keyOnly)
{
    ClaimFilter f = m_filter;
    f.keyOnly = keyOnly;
    setFilter(f);
}

void FilterState::setTags(const QStringList &tags)
{
    ClaimFilter f = m_filter;
    f.tags = tags;
    setFilter(f);
}

void FilterState::setMarkup(const Markup *markup)
{
    m_markup = markup;
    markupChanged();
}

void FilterState::markupChanged()
{
    if (!m_filter.keyOnly && m_filter.tags.isEmpty())
        return;
    recompute();
    emit changed();
}

void FilterState::clear()
{
    setFilter(ClaimFilter());
}

void FilterState::applyDelta(const DatasetDelta &delta)
{
    m_searchText.applyDelta(delta.claims);
    m_yearOrder.applyDelta(delta.claims);
    m_dateOrder.applyDelta(delta.claims);
    if (!delta.sources.isEmpty() || !delta.actors.isEmpty() || !delta.conflicts.isEmpty()) {
        // A conflict, an actor or a source changed may change whether claims the delta does
        // not name match (whether they are in conflict, which indexes their actors have): all
        // are matched again.
        recompute();
        return;
    }
    const ClaimMatcher matcher(m_dataset, m_filter, &m_searchText, &m_yearOrder, m_markup);
    delta.claims.applyTo(m_matching,
                         [&matcher](int claim) { return char(matcher.matches(claim)); });
    m_matchingIndexes.clear();
    for (size_t i = 0; i < m_matching.size(); ++i)
        if (m_matching[i])
            m_matchingIndexes.push_back(int(i));
}

void FilterState::announceDelta()
{
    emit changed();
}

void FilterState::recompute()
{
    m_matching =
        ClaimMatcher(m_dataset, m_filter, &m_searchText, &m_yearOrder, m_markup).matchAll();
    m_matchingIndexes.clear();
    for (size_t i = 0; i < m_matching.size(); ++i)
        if (m_matching[i])
            m_matchingIndexes.push_back(int(i));
}

QVariantMap FilterState::toVariantMap(const ClaimFilter &filter)
{
    return {{QStringLiteral("actors"), filter.actors},
            {QStringLiteral("fromYear"), filter.fromYear},
            {QStringLiteral("toYear"), filter.toYear},
            {QStringLiteral("sources"), filter.sources},
            {QStringLiteral("kinds"), filter.kinds},
            {QStringLiteral("text"), filter.text},
            {QStringLiteral("inConflict"), int(filter.inConflict)},
            {QStringLiteral("singleSource"), int(filter.singleSource)},
            {QStringLiteral("claimants"), filter.claimants},
            {QStringLiteral("reportedAsFact"), filter.reportedAsFact},
            {QStringLiteral("keyOnly"), filter.keyOnly},
            {QStringLiteral("tags"), filter.tags}};
}

ClaimFilter FilterState::fromVariantMap(const QVariantMap &map, const Dataset &dataset)
{
    ClaimFilter f;
    for (const QString &id : map.value(QStringLiteral("actors")).toStringList())
        if (dataset.actorIndex(id) >= 0)
            f.actors.append(id);
    for (const QString &id : map.value(QStringLiteral("sources")).toStringList())
        if (dataset.sourceIndex(id) >= 0)
            f.sources.append(id);
    f.fromYear = map.value(QStringLiteral("fromYear")).toInt();
    f.toYear = map.value(QStringLiteral("toYear")).toInt();
    f.kinds = map.value(QStringLiteral("kinds")).toStringList();
    f.text = map.value(QStringLiteral("text")).toString();
    const auto side = [&map](const QString &key) {
        const int v = map.value(key).toInt();
        return v >= 0 && v <= int(ClaimFilter::Side::No) ? ClaimFilter::Side(v)
                                                         : ClaimFilter::Side::Any;
    };
    f.inConflict = side(QStringLiteral("inConflict"));
    f.singleSource = side(QStringLiteral("singleSource"));
    for (const QString &id : map.value(QStringLiteral("claimants")).toStringList())
        if (dataset.actorIndex(id) >= 0)
            f.claimants.append(id);
    f.reportedAsFact = map.value(QStringLiteral("reportedAsFact")).toBool();
    f.keyOnly = map.value(QStringLiteral("keyOnly")).toBool();
    f.tags = MarkupTags::normaliseAll(map.value(QStringLiteral("tags")).toStringList());
    return f;
}
