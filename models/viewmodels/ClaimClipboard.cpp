#include "models/viewmodels/ClaimClipboard.h"

#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/viewmodels/PlainText.h"

#include <QCoreApplication>
#include <QMimeData>
#include <algorithm>

namespace {

/// The claims in date order (an undated claim last), each once.
QList<int> inDateOrder(const Dataset &d, QList<int> claims)
{
    claims.erase(std::remove_if(claims.begin(), claims.end(),
                                [&d](int c) { return c < 0 || c >= d.claims.size(); }),
                 claims.end());
    std::sort(claims.begin(), claims.end());
    claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
    std::stable_sort(claims.begin(), claims.end(), [&d](int a, int b) {
        const PartialDate &x = d.claims[a].date;
        const PartialDate &y = d.claims[b].date;
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x.isValid() && x < y;
    });
    return claims;
}

/// The parts of an attribution, each dataset text as `wrap` makes it.
template <typename Wrap>
QStringList attribution(const Dataset &d, const Citation &citation, Wrap wrap)
{
    QStringList parts;
    const int s = d.sourceIndex(citation.source);
    if (s < 0)
        return {
            wrap(citation.source),
            QCoreApplication::translate("ClaimClipboard", "paragraph %1").arg(citation.paragraph)};
    const Source &source = d.sources[s];
    parts << wrap(source.outlet);
    if (!source.title.isEmpty())
        parts << QCoreApplication::translate("ClaimClipboard", "“%1”").arg(wrap(source.title));
    if (!source.author.isEmpty())
        parts << wrap(source.author);
    if (source.published.isValid())
        parts << QCoreApplication::translate("ClaimClipboard", "published %1")
                     .arg(source.published.toDisplayString());
    parts << QCoreApplication::translate("ClaimClipboard", "paragraph %1").arg(citation.paragraph);
    return parts;
}

} // namespace

namespace ClaimClipboard {

QString plainText(const Dataset &d, const QList<int> &claims)
{
    QStringList blocks;
    const auto verbatim = [](const QString &text) { return text; };
    for (int c : inDateOrder(d, claims)) {
        const Claim &claim = d.claims[c];
        QString block = ClaimDate::withPrecision(claim) + QStringLiteral(" · ") +
                        ClaimKinds::label(claim.kind) + u'\n' + claim.statement + u'\n';
        for (const Citation &citation : claim.citations)
            block += QStringLiteral("    “") + citation.quote + QStringLiteral("”\n    — ") +
                     attribution(d, citation, verbatim).join(QStringLiteral(", ")) + u'\n';
        blocks << block;
    }
    return blocks.join(u'\n');
}

QString html(const Dataset &d, const QList<int> &claims)
{
    QString out;
    const auto escaped = [](const QString &text) { return PlainText::html(text); };
    for (int c : inDateOrder(d, claims)) {
        const Claim &claim = d.claims[c];
        out += QStringLiteral("<p><b>%1</b> · %2<br>%3</p>\n")
                   .arg(ClaimDate::withPrecision(claim).toHtmlEscaped(),
                        ClaimKinds::label(claim.kind).toHtmlEscaped(),
                        PlainText::html(claim.statement));
        for (const Citation &citation : claim.citations)
            out += QStringLiteral("<blockquote><p>“%1”</p><p>— %2</p></blockquote>\n")
                       .arg(PlainText::html(citation.quote),
                            attribution(d, citation, escaped).join(QStringLiteral(", ")));
    }
    return QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>\n%1</body></html>")
        .arg(out);
}

QMimeData *mimeData(const Dataset &d, const QList<int> &claims)
{
    auto *mime = new QMimeData;
    mime->setText(plainText(d, claims));
    mime->setHtml(html(d, claims));
    return mime;
}

} // namespace ClaimClipboard
