#include "models/store/ChangeLog.h"

void RecordVersions::apply(const Change &change)
{
    for (const RecordOperation &op : change.operations) {
        if (op.after)
            set(op.table(), op.id, op.expectedVersion + 1);
        else
            remove(op.table(), op.id);
    }
}
