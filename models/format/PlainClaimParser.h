#pragma once

#include "models/data/Dataset.h"

#include <QByteArrayView>
#include <QList>
#include <optional>

/// Parses claims written the plain way straight from the file's bytes into our structures,
/// without building a JSON document first (which costs more than the claims themselves): only
/// the known keys, each once, with the right types and valid values, strings with the common
/// escapes. Anything else, from a misspelt key to a syntax error, it declines, and the general
/// reader (QJsonDocument, with its messages) reads those claims instead. What it accepts, it reads
/// exactly as the general reader does.
class PlainClaimParser
{
public:
    /// `text` holds `elements` claims separated by commas (a stretch of the claims array).
    static std::optional<QList<Claim>> parse(QByteArrayView text, qsizetype elements);
};
