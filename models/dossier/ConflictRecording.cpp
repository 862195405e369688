#include "models/dossier/ConflictRecording.h"

#include "models/dossier/ChangeDescription.h"

namespace ConflictRecording {

QString nextId(const Dataset &dataset)
{
    int largest = 0;
    for (const Conflict &conflict : dataset.conflicts) {
        if (!conflict.id.startsWith(u'k'))
            continue;
        bool number = false;
        const int n = conflict.id.mid(1).toInt(&number);
        if (number)
            largest = qMax(largest, n);
    }
    // An id such as "k9" written by hand elsewhere in the list is still free-checked.
    QString id;
    do
        id = QStringLiteral("k%1").arg(++largest);
    while (dataset.conflictIndex(id) >= 0);
    return id;
}

Change of(const Dataset &dataset, const QStringList &claims, const QString &about)
{
    const Conflict conflict{nextId(dataset), claims, about};
    return Change::create(conflict, ChangeDescription::ofCreate(conflict));
}

} // namespace ConflictRecording
