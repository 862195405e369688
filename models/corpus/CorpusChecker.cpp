#include "models/corpus/CorpusChecker.h"

#include "models/corpus/CorpusFolder.h"
#include "models/corpus/QuotePlacement.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusChecker", text);
}

} // namespace

CorpusChecker::Report CorpusChecker::check(const Dataset &dataset, const QString &corpusDir)
{
    Report report;
    const CorpusFolder corpus(corpusDir);
    QHash<QString, std::shared_ptr<ArticleText>> articles;
    for (const Source &s : dataset.sources) {
        const QString record = QStringLiteral("source ") + s.id;
        QString why;
        const auto article = corpus.read(s.file, &why);
        if (!article) {
            report.failures.append({corpusDir, record, QStringLiteral("file"), why, 0, 0});
            continue;
        }
        ++report.sourcesChecked;
        if (article->sha256 != s.sha256)
            report.failures.append({corpusDir, record, QStringLiteral("sha256"),
                                    tr("%1 has SHA-256 %2, the dataset expects %3")
                                        .arg(s.file, article->sha256, s.sha256),
                                    0, 0});
        articles.insert(s.id, std::make_shared<ArticleText>(article->text));
    }
    for (const Claim &c : dataset.claims) {
        for (int i = 0; i < c.citations.size(); ++i) {
            const Citation &cit = c.citations[i];
            const auto article = articles.value(cit.source);
            if (!article)
                continue; // the source's own failure already says why
            ++report.quotesChecked;
            const QuotePlacement placement = QuotePlacement::of(*article, cit);
            if (placement.isPlaced())
                report.located.append({c.id, i, cit.source, placement.span});
            else
                report.failures.append({corpusDir, QStringLiteral("claim ") + c.id,
                                        QStringLiteral("citations[%1]").arg(i),
                                        placement.problem(cit.source), 0, 0});
        }
    }
    return report;
}
