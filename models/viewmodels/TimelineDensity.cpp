#include "models/viewmodels/TimelineDensity.h"

#include "models/viewmodels/TimelineLayout.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <tuple>

TimelineDensity::TimelineDensity(const TimelineLayout &layout)
{
    rebuild(layout);
}

void TimelineDensity::rebuild(const TimelineLayout &layout)
{
    int claims = 0;
    for (const TimelineMarker &m : layout.markers)
        claims = std::max(claims, m.claim + 1);
    m_seen.assign(size_t(claims), 0);
    m_spans.clear();
    for (const TimelineMarker &m : layout.markers)
        if (!m_seen[size_t(m.claim)]) {
            m_seen[size_t(m.claim)] = 1;
            m_spans.push_back({m.spanStart, m.spanEnd});
        }
}

std::vector<double> TimelineDensity::histogram(double lower, double upper, int bins) const
{
    std::vector<double> counts(size_t(std::max(bins, 0)), 0.0);
    if (bins <= 0 || !(upper > lower))
        return counts;
    const double width = (upper - lower) / bins;
    for (const Span &s : m_spans) {
        const double length = s.end - s.start;
        if (length <= 0) { // a point: all of it in one bin
            const double at = std::floor((s.start - lower) / width);
            if (at >= 0 && at < bins)
                counts[size_t(at)] += 1;
            continue;
        }
        const int first = std::max(0, int(std::floor((s.start - lower) / width)));
        const int last = std::min(bins - 1, int(std::floor((s.end - lower) / width)));
        for (int b = first; b <= last; ++b) {
            const double from = std::max(s.start, lower + b * width);
            const double to = std::min(s.end, lower + (b + 1) * width);
            if (to > from)
                counts[size_t(b)] += (to - from) / length;
        }
    }
    return counts;
}

std::pair<double, double> TimelineDensity::densestStretch(double share) const
{
    if (m_spans.empty())
        return {0, 0};
    // Sorted here, on a fit, not on each build: the strip is built again after every edit and
    // needs no order, and at 100,000 claims the sort was most of its cost.
    std::vector<Span> spans = m_spans;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
    const size_t n = spans.size();
    // For each claim by start, from the last, the k earliest ends among the claims that start
    // no earlier (a max-heap of k ends): the shortest stretch that starts there and holds k.
    const size_t k =
        std::clamp<size_t>(size_t(std::ceil(std::clamp(share, 0.0, 1.0) * double(n))), 1, n);
    std::priority_queue<double> ends;
    std::pair<double, double> best{0, -1};
    for (size_t i = n; i-- > 0;) {
        ends.push(spans[i].end);
        if (ends.size() > k)
            ends.pop();
        if (ends.size() == k &&
            (best.second < best.first || ends.top() - spans[i].start <= best.second - best.first))
            best = {spans[i].start, ends.top()};
    }
    return best;
}

std::pair<int, int> TimelineDensity::outside(double lower, double upper) const
{
    int before = 0, after = 0;
    for (const Span &s : m_spans) {
        if (s.end <= lower)
            ++before;
        else if (s.start >= upper)
            ++after;
    }
    return {before, after};
}
