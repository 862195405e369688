#include "models/data/DatasetDelta.h"

#include <algorithm>
#include <limits>

int TableDelta::firstMovedRow() const
{
    // Before the first removal and the first insertion, nothing shifts.
    int first = std::numeric_limits<int>::max();
    if (!removed.isEmpty())
        first = std::min(first, removed.first());
    if (!added.isEmpty())
        first = std::min(first, added.first());
    return first;
}

bool TableDelta::renumbersKept(int oldCount) const
{
    const int first = firstMovedRow();
    if (first >= oldCount)
        return false;
    // From the first moved position on, some record stays unless every one there went.
    const auto goneFrom = std::lower_bound(removed.cbegin(), removed.cend(), first);
    return oldCount - first > int(removed.cend() - goneFrom);
}

int TableDelta::newIndexOf(int oldIndex) const
{
    const auto gone = std::lower_bound(removed.cbegin(), removed.cend(), oldIndex);
    if (gone != removed.cend() && *gone == oldIndex)
        return -1;
    // The records that stayed keep their order; the added ones take their places among them.
    int index = oldIndex - int(gone - removed.cbegin());
    for (const int at : added) {
        if (at > index)
            break;
        ++index;
    }
    return index;
}

int TableDelta::oldIndexOf(int newIndex) const
{
    const auto came = std::lower_bound(added.cbegin(), added.cend(), newIndex);
    if (came != added.cend() && *came == newIndex)
        return -1;
    // It is the k-th record that stayed (k counting out the added ones before it); before
    // the change, each removed one at or before its place counted in.
    int index = newIndex - int(came - added.cbegin());
    for (const int at : removed) {
        if (at > index)
            break;
        ++index;
    }
    return index;
}
