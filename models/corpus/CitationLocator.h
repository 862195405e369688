#pragma once

#include "models/corpus/ArticleText.h"

#include <QString>

class Dataset;

/// Finds a citation's quote in its article in the corpus folder, for "Show in article", by the
/// rule `dossier check` applies (QuotePlacement). Never throws and never shows anything: the
/// result says what went wrong in plain words.
class CitationLocator
{
public:
    enum class Status
    {
        Found,            ///< the article reads, its checksum matches and the quote is in it
        NoCorpus,         ///< no corpus folder attached, or it does not exist
        Unreadable,       ///< the article file is missing or refused (see message)
        ChecksumMismatch, ///< the file is not the one the dataset was curated from
        QuoteNotFound,    ///< the article reads but the quote is not in it
        QuoteMisplaced,   ///< the quote is in it, but not once in the cited paragraph
    };
    struct Result
    {
        Status status = Status::NoCorpus;
        QString text; ///< the article text when it could be read
        /// Where the quote stands in text (of several, the one in the cited paragraph); empty
        /// when not found.
        ArticleText::Span quote;
        int paragraph = 0; ///< 1-based paragraph holding the quote, 0 when not found
        QString message;   ///< what went wrong, for the user; empty when Found
    };

    static Result locate(const Dataset &dataset, const QString &corpusDir, int claim, int citation);
};
