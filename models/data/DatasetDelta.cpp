#include "models/data/DatasetDelta.h"

#include <algorithm>

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
