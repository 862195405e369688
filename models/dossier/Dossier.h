#pragma once

#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/data/Problem.h"
#include "models/dossier/Change.h"

#include <QObject>
#include <functional>

/// The open dossier: its dataset and the revision, which counts the changes this process has
/// applied. Every change goes through apply(), the one write path (docs/design-editing.md).
/// The store behind it, and with it the record versions a change expects, come next.
class Dossier : public QObject
{
    Q_OBJECT

public:
    /// Where a change comes from: this window's edit or undo (Local), or another window or
    /// client (Remote), which is shown but never undone from here.
    enum class Origin
    {
        Local,
        Remote
    };
    Q_ENUM(Origin)

    /// `dataset` is indexed here.
    explicit Dossier(Dataset dataset, QObject *parent = nullptr);

    const Dataset &dataset() const { return m_dataset; }
    quint64 revision() const { return m_revision; }
    /// Validates, applies, moves the revision on and emits changed(). A refused change touches
    /// nothing and its problems come back; empty on success, with `change`'s positions filled
    /// in, so that its inverse() undoes it.
    Problems apply(Change &change, Origin origin);

    /// Saves a change once it is validated and before it is applied in memory (the store's
    /// transaction); problems returned refuse the change, which then touches nothing. Without
    /// a writer changes live in memory only. Remote changes are not given to it.
    using Writer = std::function<Problems(Change &change)>;
    void setWriter(Writer writer) { m_writer = std::move(writer); }

signals:
    void changed(const DatasetDelta &delta, Dossier::Origin origin);

private:
    Dataset m_dataset;
    quint64 m_revision = 0;
    Writer m_writer;
};
