#include "models/viewmodels/DeltaRows.h"

void DeltaRows::announce(const TableDelta &delta, int records, const Steps &steps)
{
    if (delta.movesRows()) {
        // The rows as the model had them: survivors mapped to where they stand now (they keep
        // their order, and the added records take their places among them), removed ones -1.
        const int before = records + int(delta.removed.size()) - int(delta.added.size());
        m_rows.assign(size_t(before), -1);
        auto removed = delta.removed.cbegin();
        auto added = delta.added.cbegin();
        int next = 0;
        for (int row = 0; row < before; ++row) {
            if (removed != delta.removed.cend() && *removed == row) {
                ++removed;
                continue;
            }
            while (added != delta.added.cend() && *added == next) {
                ++added;
                ++next;
            }
            m_rows[size_t(row)] = next++;
        }
        m_active = true;
        for (auto it = delta.removed.crbegin(); it != delta.removed.crend(); ++it) {
            steps.beginRemove(*it);
            m_rows.erase(m_rows.begin() + *it);
            steps.endRemove();
        }
        for (const int at : delta.added) {
            steps.beginInsert(at);
            m_rows.insert(m_rows.begin() + at, at);
            steps.endInsert();
        }
        m_active = false;
        m_rows.clear();
        m_rows.shrink_to_fit();
    }
    for (qsizetype i = 0; i < delta.changed.size();) {
        qsizetype j = i;
        while (j + 1 < delta.changed.size() && delta.changed[j + 1] == delta.changed[j] + 1)
            ++j;
        steps.changed(delta.changed[i], delta.changed[j]);
        i = j + 1;
    }
}
