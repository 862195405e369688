#pragma once

#include "models/corpus/ArticleText.h"
#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QStringList>

/// Checks a dataset against the full texts: each source file's SHA-256, and each quote
/// found verbatim (after NFC and whitespace folding) in its paragraph, exactly once in its
/// article once prefix and suffix are taken into account (QuotePlacement).
class CorpusChecker
{
public:
    struct Location
    {
        QString claim;
        int citation = 0;
        QString source;
        ArticleText::Span span; ///< character offsets of the quote in the article
    };
    struct Report
    {
        Problems failures;
        QList<Location> located;
        int sourcesChecked = 0;
        int quotesChecked = 0;
    };

    static Report check(const Dataset &dataset, const QString &corpusDir);
};
