#pragma once

#include "models/data/Dataset.h"

#include <QByteArray>

/// Writes the authoring format in its canonical layout: fixed key order, two-space indent,
/// one record per group of lines, so that a change to one record is a small diff and
/// reading then writing a canonical file gives the same bytes.
class DatasetJsonWriter
{
public:
    static QByteArray write(const Dataset &dataset);
    /// The same, for a subset of claims (by index, in the order given). Only the sources,
    /// actors and conflicts those claims refer to are written, so the result stands alone.
    static QByteArray write(const Dataset &dataset, const QList<int> &claims);
};
