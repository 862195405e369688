#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// What QJsonDocument lets through although JSON forbids it, and would change silently: a
/// repeated key in an object (the last one wins), an unknown escape ("\\q" becomes "q"), a lone
/// UTF-16 surrogate escape (it becomes U+FFFD), a raw control character (a tab, a line feed)
/// inside a string, which JSON allows only escaped. Meant for text QJsonDocument has parsed: it
/// follows only strings and nesting, and syntax is the parser's to report.
class JsonStrictCheck
{
public:
    enum class Kind
    {
        None,
        UnknownEscape,
        LoneSurrogate,
        RepeatedKey,
        RawControl
    };
    struct Finding
    {
        Kind kind = Kind::None;
        qsizetype offset = -1; ///< of the escape's backslash, the repeated key's quote, the control
        QByteArray text;       ///< the escape, or the key, as written
    };

    /// The first finding in text order, or one of kind None.
    static Finding first(QByteArrayView json);
    /// What is wrong, in the words of the parser's syntax errors ("malformed JSON: …").
    static QString describe(const Finding &finding);
};
