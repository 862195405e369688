#pragma once

#include <QtGlobal>
#include <bit>
#include <vector>

/// A set of positions in [0, size), marked in any order and read back in order: one bit each,
/// so marking v positions and reading them costs v steps plus one per 64 positions. Views use
/// it to put the claims a filter keeps into an order computed once for all claims, without
/// walking every claim or sorting.
class PositionBits
{
public:
    explicit PositionBits(size_t size) : m_words((size + 63) / 64, 0) {}

    /// Marks a position; true when it was not marked yet. Out of range is a caller's error.
    bool set(size_t position)
    {
        quint64 &word = m_words[position / 64];
        const quint64 bit = quint64(1) << (position % 64);
        const bool added = (word & bit) == 0;
        word |= bit;
        return added;
    }

    template <typename Fn> void forEachAscending(Fn fn) const
    {
        for (size_t w = 0; w < m_words.size(); ++w)
            for (quint64 word = m_words[w]; word; word &= word - 1)
                fn(w * 64 + size_t(std::countr_zero(word)));
    }

    template <typename Fn> void forEachDescending(Fn fn) const
    {
        for (size_t w = m_words.size(); w-- > 0;)
            for (quint64 word = m_words[w]; word;) {
                const int top = 63 - std::countl_zero(word);
                fn(w * 64 + size_t(top));
                word &= ~(quint64(1) << top);
            }
    }

private:
    std::vector<quint64> m_words;
};
