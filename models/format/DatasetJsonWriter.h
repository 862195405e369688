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

    /// One record as an object, laid out as it stands in its list in a file: what a change
    /// written to a store holds of it (models/store/ChangeJson.h), so that a record has one
    /// JSON wherever it is written.
    static QByteArray record(const Source &source);
    static QByteArray record(const Actor &actor);
    static QByteArray record(const Claim &claim);
    static QByteArray record(const Conflict &conflict);
};
