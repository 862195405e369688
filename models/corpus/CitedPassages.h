#pragma once

#include "models/corpus/ArticleText.h"

#include <QList>
#include <QString>

class Dataset;

/// One citation of the dataset: a claim's index and the index of its citation.
struct CitationRef
{
    int claim = -1;
    int citation = -1;
    bool operator==(const CitationRef &) const = default;
};

/// A stretch of an article that the dataset quotes, with every citation quoting exactly it.
struct CitedPassage
{
    ArticleText::Span span;       ///< in the article's original text
    int paragraph = 0;            ///< 1-based, by ArticleText's paragraphs
    QList<CitationRef> citations; ///< in dataset order
};

/// Every passage the dataset cites from one article, in text order, each once however many
/// claims quote it. A quote is placed by QuotePlacement, as `dossier check` and "Show in
/// article" place it; quotes not found in the text have no passage.
namespace CitedPassages {

QList<CitedPassage> of(const Dataset &dataset, const QString &sourceId, const ArticleText &article);

} // namespace CitedPassages
