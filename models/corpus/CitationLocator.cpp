#include "models/corpus/CitationLocator.h"

#include "models/corpus/CorpusFolder.h"
#include "models/corpus/QuotePlacement.h"
#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CitationLocator", text);
}

} // namespace

CitationLocator::Result CitationLocator::locate(const Dataset &dataset, const QString &corpusDir,
                                                int claim, int citation)
{
    Result result;
    const Citation &cit = dataset.claims[claim].citations[citation];
    const int s = dataset.sourceIndex(cit.source);
    if (s < 0) {
        result.status = Status::Unreadable;
        result.message =
            tr("The dataset names an unknown source “%1”.").arg(TextUtil::isolated(cit.source));
        return result;
    }
    const Source &source = dataset.sources[s];
    const CorpusFolder corpus(corpusDir);
    if (corpusDir.isEmpty() || !corpus.exists()) {
        result.message = tr("No corpus folder is attached. Use File ▸ Attach Corpus Folder… to "
                            "choose the folder that holds the articles.");
        return result;
    }
    QString error;
    const auto article = corpus.read(source.file, &error);
    if (!article) {
        result.status = Status::Unreadable;
        result.message = tr("The article file “%1” cannot be read: %2")
                             .arg(TextUtil::isolated(source.file), error);
        return result;
    }
    result.text = article->text;
    const QuotePlacement placement = QuotePlacement::of(ArticleText(article->text), cit);
    result.quote = placement.span;
    result.paragraph = placement.paragraph;
    // A changed file or a misplaced quote is still shown, highlighted where it is, with a
    // warning: the reader can judge the passage, and `dossier check` says the same.
    if (!source.sha256.isEmpty() && article->sha256 != source.sha256) {
        result.status = Status::ChecksumMismatch;
        result.message = tr("The file “%1” differs from the article the dataset was built from "
                            "(its SHA-256 does not match); the text may not be what was quoted.")
                             .arg(TextUtil::isolated(source.file));
    } else if (!placement.isFound()) {
        result.status = Status::QuoteNotFound;
        result.message =
            tr("The quote was not found in “%1”.").arg(TextUtil::isolated(source.file));
    } else if (!placement.isPlaced()) {
        result.status = Status::QuoteMisplaced;
        result.message = tr("The citation does not match “%1”: %2.")
                             .arg(TextUtil::isolated(source.file), placement.problem(source.id));
    } else {
        result.status = Status::Found;
    }
    return result;
}
