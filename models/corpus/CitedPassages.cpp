#include "models/corpus/CitedPassages.h"

#include "models/corpus/QuotePlacement.h"
#include "models/data/Dataset.h"

#include <algorithm>

QList<CitedPassage> CitedPassages::of(const Dataset &dataset, const QString &sourceId,
                                      const ArticleText &article)
{
    QList<CitedPassage> passages;
    for (int c = 0; c < dataset.claims.size(); ++c) {
        const QList<Citation> &citations = dataset.claims[c].citations;
        for (int i = 0; i < citations.size(); ++i) {
            if (citations[i].source != sourceId)
                continue;
            const QuotePlacement placement = QuotePlacement::of(article, citations[i]);
            if (!placement.isFound())
                continue;
            const auto same =
                std::find_if(passages.begin(), passages.end(),
                             [&](const CitedPassage &p) { return p.span == placement.span; });
            if (same != passages.end())
                same->citations.append({c, i});
            else
                passages.append({placement.span, placement.paragraph, {{c, i}}});
        }
    }
    std::stable_sort(passages.begin(), passages.end(),
                     [](const CitedPassage &a, const CitedPassage &b) {
                         return a.span.start != b.span.start ? a.span.start < b.span.start
                                                             : a.span.end < b.span.end;
                     });
    return passages;
}
