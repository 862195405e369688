#include "models/dossier/Dossier.h"

#include "models/dossier/ChangeValidator.h"
#include "models/dossier/DatasetEdit.h"

Dossier::Dossier(Dataset dataset, QObject *parent) : QObject(parent), m_dataset(std::move(dataset))
{
    m_dataset.reindex();
}

Problems Dossier::apply(Change &change, Origin origin)
{
    Problems problems = validateChangeInPlace(m_dataset, change);
    if (!problems.isEmpty())
        return problems;
    // A remote change is already in the store: another writer saved it.
    if (m_writer && origin == Origin::Local) {
        problems = m_writer(change);
        if (!problems.isEmpty())
            return problems;
    }
    const DatasetDelta delta = DatasetEdit::apply(m_dataset, change);
    ++m_revision;
    emit changed(delta, origin);
    return {};
}
