#include "widgets/shell/AboutText.h"

#include "models/data/Dataset.h"
#include "models/format/DatasetValidator.h"
#include "models/viewmodels/PlainText.h"

#include <QCoreApplication>
#include <QDir>

namespace AboutText {

QString about(const Dataset &dataset, const QString &databasePath)
{
    const QString database =
        databasePath.isEmpty() ? QCoreApplication::translate("AboutText", "none (bundled dataset)")
                               : QDir::toNativeSeparators(databasePath);
    // One arg() call: a "%4" in the dataset's title must stay as it is.
    return QCoreApplication::translate(
               "AboutText",
               "<h3>Dossier %1</h3><p>An investigative dashboard over a curated, cited dataset.</p>"
               "<p><b>Dataset:</b> %2, version %3<br>%4 claims · %5 sources · %6 actors<br>"
               "<b>Database:</b> %7</p>"
               "<p>Licence: GNU General Public License, version 3 or later. Charts drawn with "
               "QCustomPlot (GPL-3.0). Built with Qt %8.</p>")
        .arg(QStringLiteral(DOSSIER_VERSION), PlainText::html(dataset.info.title),
             PlainText::html(dataset.info.version), QString::number(dataset.claims.size()),
             QString::number(dataset.sources.size()), QString::number(dataset.actors.size()),
             PlainText::html(database), QString::fromLatin1(qVersion()));
}

QString sources()
{
    return QCoreApplication::translate(
               "AboutText",
               "<h3>About the sources</h3>"
               "<p>Every claim rests on one or more press articles. Each citation gives the "
               "article, the paragraph and a short verbatim quote.</p><ul>"
               "<li><b>Short quotes.</b> A quote is at most %1 characters and is always shown "
               "with its attribution: outlet, title and publication date. Quotes stay in the "
               "language the article was written in.</li>"
               "<li><b>Statements are ours.</b> The statement of a claim is the editors' "
               "paraphrase in English, not the article's words.</li>"
               "<li><b>Dates keep their precision.</b> A claim known to the month is never "
               "given a day.</li>"
               "<li><b>Your own corpus.</b> Dossier does not ship the full texts. Attach your "
               "own copies of the articles with <i>File ▸ Attach Corpus Folder…</i> (or drop "
               "the folder on the window) to read each quote in its article.</li></ul>")
        .arg(DatasetValidator::MaxQuoteLength);
}

} // namespace AboutText
