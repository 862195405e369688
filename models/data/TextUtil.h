#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Small text helpers shared by validation, search and the quote matcher.
namespace TextUtil {

/// Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.
/// Overlong forms, encoded surrogates, values past U+10FFFF and a sequence cut short by the
/// end are invalid; noncharacters and NUL are valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

/// 1-based line and column (in characters) of a byte offset into UTF-8 text.
void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column);

/// Number of Unicode code points.
qsizetype codePointCount(QStringView text);

/// True when the text holds a C0 control character other than tab and newline, or U+FFFF-class
/// noncharacters; such text cannot come from an article.
bool hasControlCharacters(QStringView text);

/// Lower-cased, accent-stripped form for search, apostrophes of every kind made straight:
/// "Élon" and "elon" fold alike, and so do "d’OpenAI" and "d'OpenAI".
QString foldForSearch(QStringView text);

/// Lowercase hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray &bytes);

} // namespace TextUtil
