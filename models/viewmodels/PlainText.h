#pragma once

#include <QString>
#include <QStringView>

/// Dataset text is data, never markup: how it goes into the places Qt might read it as
/// something else. Every tooltip, label, message, button and HTML block that shows dataset
/// text (or a path, or a message quoting either) takes it through one of these.
namespace PlainText {

/// For any place where Qt guesses the format with Qt::mightBeRichText(): tooltips (item
/// roles and widgets), QMessageBox, QLabel in Qt::AutoText. Text Qt would take for HTML
/// comes back as an HTML paragraph that shows it exactly as written, spaces and line breaks
/// included; other text comes back as it is.
QString forAutoText(const QString &text);

/// Dataset text placed inside HTML we compose (the citation panel, the timeline's tooltip, the
/// article's heading): escaped, line breaks kept, and isolated for direction
/// (TextUtil::isolated()) so that it cannot reorder the text around it.
QString html(QStringView text);

/// For a button's text, where '&' marks a shortcut: every '&' doubled.
QString forButton(const QString &text);

/// For a window title, where "[*]" marks the place of the modified flag: written so that it
/// shows as "[*]".
QString forWindowTitle(const QString &text);

} // namespace PlainText
