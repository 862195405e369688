#pragma once

#include <QList>
#include <QString>

class Dataset;
class QMimeData;

/// What copying claims puts on the clipboard, ready for a memo: each claim's date (with its
/// precision in words), kind and statement, then each quote with its attribution (outlet,
/// title, author, publication date, paragraph), in date order. As plain text, where dataset
/// text is copied exactly as written, and as HTML, where it is escaped and isolated for
/// direction like everywhere else it is shown.
namespace ClaimClipboard {

QString plainText(const Dataset &dataset, const QList<int> &claims);
QString html(const Dataset &dataset, const QList<int> &claims);
/// Both, as the clipboard takes them; the caller owns the result.
QMimeData *mimeData(const Dataset &dataset, const QList<int> &claims);

} // namespace ClaimClipboard
