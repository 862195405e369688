#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QByteArray>
#include <QString>

/// Reads the authoring format. It reports every structural problem it finds (syntax with
/// line and column, wrong types, unknown or missing fields, malformed dates) rather than
/// stopping at the first; semantic checks (references, duplicates) are DatasetValidator's.
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

    /// A claims array is parsed in parts of about this many bytes, on two threads, when the file
    /// holds at least two: a whole large document costs more to hold than to parse.
    static constexpr qsizetype PartBytes = qsizetype(1) << 20;

    /// `fileName` only names the input in messages. `partBytes` is for tests of the parts.
    static Result read(const QByteArray &bytes, const QString &fileName,
                       qsizetype partBytes = PartBytes);
    /// Reads at most `limit` bytes, from a file or from a pipe or device whose size is not known
    /// before it ends. `limit` is for tests.
    static Result readFile(const QString &path, qint64 limit = MaxFileSize);
};
