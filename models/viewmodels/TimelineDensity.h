#pragma once

#include <utility>
#include <vector>

class TimelineLayout;

/// How the shown claims spread over time, for the overview strip under the timeline and the
/// period a fit frames. Each claim counts once, however many lanes it is drawn in, and is
/// spread evenly over its date's period: a claim dated to a year adds a twelfth to each month
/// of it, never a whole one to a month no source gives.
class TimelineDensity
{
public:
    TimelineDensity() = default;
    explicit TimelineDensity(const TimelineLayout &layout);
    /// The same as a new density of `layout`, in the buffer this one had: after each edit at
    /// 100,000 claims, a fresh one cost more in page faults than filling it.
    void rebuild(const TimelineLayout &layout);

    /// Claims in each of `bins` equal stretches of [lower, upper): each bin holds the share of
    /// every claim's period that falls in it.
    std::vector<double> histogram(double lower, double upper, int bins) const;
    /// The shortest stretch holding the periods of at least `share` (0..1) of the claims,
    /// whole: a fit frames it so that the densest stretch gets the room. The whole span when
    /// there are few claims; {0, 0} when there are none.
    std::pair<double, double> densestStretch(double share) const;
    /// Claims whose period lies wholly before `lower`, and wholly after `upper`.
    std::pair<int, int> outside(double lower, double upper) const;
    int claimCount() const { return int(m_spans.size()); }

private:
    struct Span
    {
        double start;
        double end;
    };
    std::vector<Span> m_spans; ///< one per claim, in the layout's order
    std::vector<char> m_seen;  ///< per claim, while rebuilding
};
