#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QByteArray>
#include <QString>

/// Reads the authoring format. It reports every structural problem it finds (wrong types,
/// unknown or missing fields, malformed dates) rather than stopping at the first; text that is not
/// JSON, or JSON the format refuses (a repeated key, an escape JSON does not define, half a UTF-16
/// surrogate pair), is one problem with its line and column. Semantic checks (references,
/// duplicates) are DatasetValidator's.
class DatasetJsonReader
{
public:
    /// Files larger than this are refused before parsing.
    static constexpr qint64 MaxFileSize = qint64(1) << 30;

    struct Result
    {
        Dataset dataset;
        Problems problems;
        QByteArray sha256; ///< hex SHA-256 of the bytes read
        bool ok() const { return problems.isEmpty(); }
    };

    /// `fileName` only names the input in messages.
    static Result read(const QByteArray &bytes, const QString &fileName);
    /// Reads at most `limit` bytes, from a file or from a pipe or device whose size is not known
    /// before it ends. `limit` is for tests.
    static Result readFile(const QString &path, qint64 limit = MaxFileSize);
};
