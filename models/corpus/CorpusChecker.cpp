#include "models/corpus/CorpusChecker.h"

#include "models/corpus/CorpusFolder.h"

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
            const QString record = QStringLiteral("claim ") + c.id;
            const QString field = QStringLiteral("citations[%1]").arg(i);
            auto fail = [&](const QString &message) {
                report.failures.append({corpusDir, record, field, message, 0, 0});
            };
            if (cit.paragraph > article->paragraphCount()) {
                fail(tr("paragraph %1 does not exist; %2 has %3")
                         .arg(QString::number(cit.paragraph), cit.source,
                              QString::number(article->paragraphCount())));
                continue;
            }
            const auto found = article->find(cit.quote, cit.prefix, cit.suffix);
            if (found.isEmpty()) {
                fail(tr("the quote is not found verbatim in source %1").arg(cit.source));
                continue;
            }
            if (found.size() > 1) {
                fail(tr("the quote occurs %1 times in source %2; add a prefix or suffix")
                         .arg(found.size())
                         .arg(cit.source));
                continue;
            }
            const int actual = article->paragraphAt(found.first().start);
            if (actual != cit.paragraph) {
                fail(tr("the quote stands in paragraph %1, not %2").arg(actual).arg(cit.paragraph));
                continue;
            }
            report.located.append({c.id, i, cit.source, found.first()});
        }
    }
    return report;
}
