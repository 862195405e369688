#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QStringList>

/// Checks what the reader cannot: unique and well-formed ids, references that resolve,
/// non-empty statements, at least one citation per claim, short quotes, known kinds
/// (ClaimKinds::known(), ActorKinds::known()).
class DatasetValidator
{
public:
    static constexpr int MaxQuoteLength = 300;  ///< in Unicode code points
    static constexpr int MaxTextLength = 10000; ///< statements, names, notes (UTF-16 units)
    static bool isValidId(const QString &id);

    static Problems validate(const Dataset &dataset, const QString &fileName);
};
