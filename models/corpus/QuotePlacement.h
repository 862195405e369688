#pragma once

#include "models/corpus/ArticleText.h"

#include <QString>

struct Citation;

/// Where a citation's quote stands in its article, and whether that is where the citation says
/// it stands. The one rule `dossier check` (CorpusChecker) and "Show in Article"
/// (CitationLocator) both apply: the quote, with its prefix and suffix, occurs exactly once in
/// the article, and in the paragraph the citation names.
struct QuotePlacement
{
    enum class Verdict
    {
        Placed,          ///< once, in the cited paragraph
        NoSuchParagraph, ///< the article has fewer paragraphs than the citation names
        NotFound,        ///< nowhere in the article
        Ambiguous,       ///< more than once: a prefix or suffix must tell them apart
        OtherParagraph,  ///< once, but in another paragraph
    };

    Verdict verdict = Verdict::NotFound;
    /// The occurrence to show a reader: the one in the cited paragraph when there is one, else
    /// the first; empty when the quote is nowhere.
    ArticleText::Span span;
    int paragraph = 0; ///< 1-based paragraph holding `span`; 0 when empty
    int occurrences = 0;
    int citedParagraph = 0;
    int paragraphCount = 0; ///< of the article

    static QuotePlacement of(const ArticleText &article, const Citation &citation);

    bool isPlaced() const { return verdict == Verdict::Placed; }
    bool isFound() const { return span.end > span.start; }
    /// What is wrong with the citation, in words naming the source; empty when placed.
    QString problem(const QString &sourceId) const;
};
