#pragma once

#include "models/dossier/Change.h"

#include <QRandomGenerator>
#include <optional>

/// Changes a user could make, drawn at random against a dataset: claims added (copied),
/// removed (when nothing refers to them) and edited (date and statement); an actor added with
/// a claim naming it; conflicts recorded and removed; actors' descriptions and sources' notes
/// edited. Each is valid against the dataset it was drawn from.
class RandomChanges
{
public:
    explicit RandomChanges(quint32 seed) : m_random(seed) {}
    /// A change, or nothing when the draw fits no record (draw again).
    std::optional<Change> next(const Dataset &dataset);
    QRandomGenerator &random() { return m_random; }

private:
    QRandomGenerator m_random;
    int m_created = 0;
};
