#pragma once

#include "models/corpus/ArticleText.h"
#include "models/data/Dataset.h"

#include <QString>

/// A citation made from a selection in an article: the selected text as its quote, the
/// paragraph it stands in, and, when the same words occur elsewhere in the article, the
/// shortest prefix and suffix (whole words of the same paragraph) that make QuotePlacement
/// place it exactly where it was selected. Every citation given is checked by resolving it
/// back; what cannot be one (a selection over two paragraphs, a passage too long, words that
/// no context within their paragraph tells apart) is refused with the reason.
class QuoteAnchor
{
public:
    struct Result
    {
        Citation citation;
        /// Where the quote stands in the article's original text: the selection, trimmed of
        /// surrounding whitespace and widened to whole characters.
        ArticleText::Span span;
        QString error; ///< why no citation; empty when there is one

        bool ok() const { return error.isEmpty(); }
    };

    /// A selection within paragraph `paragraph` (1-based, as citations number them), from
    /// `start` to `end` in UTF-16 units from the paragraph's first character.
    static Result inParagraph(const ArticleText &article, const QString &sourceId, int paragraph,
                              qsizetype start, qsizetype end);
    /// A selection given by offsets in the article's original text.
    static Result inArticle(const ArticleText &article, const QString &sourceId, qsizetype start,
                            qsizetype end);
};
