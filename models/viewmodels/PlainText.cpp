#include "models/viewmodels/PlainText.h"

#include "models/data/TextUtil.h"

#include <QTextDocument>

namespace PlainText {

QString forAutoText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    // pre-wrap keeps the text's spaces and line breaks, and still wraps a long tooltip.
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QString html(QStringView text)
{
    QString escaped = TextUtil::isolated(text).toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

QString forButton(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString forWindowTitle(const QString &text)
{
    // Qt shows "[*][*]" as "[*]", and hides a single one.
    QString out = text;
    return out.replace(QLatin1String("[*]"), QLatin1String("[*][*]"));
}

} // namespace PlainText
