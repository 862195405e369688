#pragma once

#include "models/data/DatasetDelta.h"

#include <functional>
#include <vector>

/// A flat model's rows while it announces a TableDelta. The dataset has already changed when
/// the delta arrives, but a model must announce each removal and insertion one at a time,
/// answering in between with the rows it had so far (QAbstractItemModelTester checks that the
/// neighbours of a removed row read the same before and after). So for the length of the
/// announcement this maps the model's rows to records: -1 for a row still to be removed.
/// Outside an announcement row and record are the same.
class DeltaRows
{
public:
    /// The model's protected begin/end calls, which this cannot make itself.
    struct Steps
    {
        std::function<void(int row)> beginRemove;
        std::function<void()> endRemove;
        std::function<void(int row)> beginInsert;
        std::function<void()> endInsert;
        /// Rows first..last changed (contiguous), after the rows moved.
        std::function<void(int first, int last)> changed;
    };

    /// Announces `delta` on a table that holds `records` records now: removals from the last
    /// down, then insertions in ascending order, then changes in contiguous runs.
    void announce(const TableDelta &delta, int records, const Steps &steps);

    int rowCount(int records) const { return m_active ? int(m_rows.size()) : records; }
    /// The record a row shows, -1 for a row about to be removed.
    int recordAt(int row) const { return m_active ? m_rows[size_t(row)] : row; }

private:
    bool m_active = false;
    std::vector<int> m_rows;
};
