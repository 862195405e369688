#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Small text helpers shared by validation, search and the quote matcher.
namespace TextUtil {

/// UTF-8 to UTF-16 character for character: QString::fromUtf8 drops a leading U+FEFF as a
/// byte order mark, which inside a JSON string or a database value is text.
QString fromUtf8Exact(const char *utf8, qsizetype size);

/// Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.
/// Overlong forms, encoded surrogates, values past U+10FFFF and a sequence cut short by the
/// end are invalid; noncharacters and NUL are valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

/// 1-based line and column (in characters) of a byte offset into UTF-8 text.
void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column);

/// Number of Unicode code points.
qsizetype codePointCount(QStringView text);

/// True when the text holds a character the format forbids in every text field (see
/// TextRules::isForbidden()): controls but tab and line feed, noncharacters, lone surrogates.
bool hasControlCharacters(QStringView text);

/// The text as one piece among other text for the bidirectional algorithm: wrapped in FIRST
/// STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds right-to-left characters or explicit
/// direction controls, with its own unmatched controls dropped and its open ones closed, so
/// that nothing in it reorders the text around it. Text without these is returned as it is.
QString isolated(QStringView text);

/// The text shortened to at most `length` UTF-16 units (the ellipsis included) when longer,
/// cut between two characters as the reader sees them: never inside a surrogate pair, nor
/// between a letter and its accents.
QString truncated(QStringView text, qsizetype length);

/// The text with every character that could act on a terminal or hide in a message (C0 and
/// C1 controls, DEL, direction controls, line and paragraph separators, noncharacters, lone
/// surrogates) written as "<U+001B>": for messages that quote data.
QString printable(QStringView text);

/// Lower-cased, accent-stripped form for search, apostrophes of every kind made straight:
/// "Élon" and "elon" fold alike, and so do "d’OpenAI" and "d'OpenAI".
QString foldForSearch(QStringView text);

/// Lowercase hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray &bytes);

} // namespace TextUtil
