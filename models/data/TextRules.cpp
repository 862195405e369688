#include "models/data/TextRules.h"

#include <QChar>
#include <QCoreApplication>
#include <QVarLengthArray>

namespace TextRules {

namespace {

bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

bool isLineBreak(char32_t c)
{
    return c == u'\t' || c == u'\n' || c == 0x2028 || c == 0x2029;
}

// Explicit direction controls: what opens a scope, and what closes one.
enum class Bidi
{
    None,
    OpenEmbedding,  // LRE, RLE, LRO, RLO
    CloseEmbedding, // PDF
    OpenIsolate,    // LRI, RLI, FSI
    CloseIsolate    // PDI
};

Bidi bidiOf(char32_t c)
{
    switch (c) {
    case 0x202A:
    case 0x202B:
    case 0x202D:
    case 0x202E:
        return Bidi::OpenEmbedding;
    case 0x202C:
        return Bidi::CloseEmbedding;
    case 0x2066:
    case 0x2067:
    case 0x2068:
        return Bidi::OpenIsolate;
    case 0x2069:
        return Bidi::CloseIsolate;
    default:
        return Bidi::None;
    }
}

// Letters that show nothing, whatever their category says.
bool isBlankLetter(char32_t c)
{
    switch (c) {
    case 0x115F: // HANGUL CHOSEONG FILLER
    case 0x1160: // HANGUL JUNGSEONG FILLER
    case 0x3164: // HANGUL FILLER
    case 0xFFA0: // HALFWIDTH HANGUL FILLER
    case 0x2800: // BRAILLE PATTERN BLANK
    case 0xFFFC: // OBJECT REPLACEMENT CHARACTER
        return true;
    default:
        return false;
    }
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool isDirectionControl(char32_t c)
{
    return bidiOf(c) != Bidi::None;
}

bool isForbidden(char32_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n';
    return (c >= 0x7F && c <= 0x9F) || isNoncharacter(c) || (c >= 0xD800 && c <= 0xDFFF);
}

Finding check(QStringView text, Lines lines)
{
    // The scopes direction controls open, innermost last: true for an isolate. Closing must
    // follow opening, so that nothing leaks out of the field into the text shown around it.
    QVarLengthArray<bool, 8> open;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> opened; // offset and position
    qsizetype position = 0; // in code points, 1-based once a character is read
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        ++position;
        char32_t c = text[i].unicode();
        const qsizetype at = i;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        // ASCII letters and punctuation, most of any text: nothing to check.
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (isForbidden(c)) {
            const Issue issue = c >= 0xD800 && c <= 0xDFFF ? Issue::LoneSurrogate
                                : isNoncharacter(c)        ? Issue::Noncharacter
                                                           : Issue::Control;
            return {issue, at, c, position};
        }
        if (lines == Lines::One && isLineBreak(c))
            return {Issue::LineBreak, at, c, position};
        switch (bidiOf(c)) {
        case Bidi::None:
            break;
        case Bidi::OpenEmbedding:
        case Bidi::OpenIsolate:
            open.append(bidiOf(c) == Bidi::OpenIsolate);
            opened.append({at, position});
            break;
        case Bidi::CloseEmbedding:
        case Bidi::CloseIsolate:
            if (open.isEmpty() || open.back() != (bidiOf(c) == Bidi::CloseIsolate))
                return {Issue::UnbalancedBidi, at, c, position};
            open.removeLast();
            opened.removeLast();
            break;
        }
    }
    if (!open.isEmpty()) {
        const auto [at, where] = opened.back();
        return {Issue::UnbalancedBidi, at, text[at].unicode(), where};
    }
    return {};
}

QString describe(const Finding &f)
{
    const QString what = codePoint(f.character);
    switch (f.issue) {
    case Issue::None:
        return {};
    case Issue::Control:
        return QCoreApplication::translate("TextRules",
                                           "holds %1, a control character, at character %2")
            .arg(what)
            .arg(f.position);
    case Issue::Noncharacter:
        return QCoreApplication::translate("TextRules",
                                           "holds %1, a Unicode noncharacter, at character %2")
            .arg(what)
            .arg(f.position);
    case Issue::LoneSurrogate:
        return QCoreApplication::translate(
                   "TextRules", "holds %1, half a UTF-16 surrogate pair, at character %2")
            .arg(what)
            .arg(f.position);
    case Issue::LineBreak:
        return QCoreApplication::translate(
                   "TextRules",
                   "holds %1 (a tab or line break) at character %2; this field is one line")
            .arg(what)
            .arg(f.position);
    case Issue::UnbalancedBidi:
        return QCoreApplication::translate(
                   "TextRules", "holds the direction control %1 at character %2 without its "
                                "pair: embeddings, overrides and isolates close within the field")
            .arg(what)
            .arg(f.position);
    }
    return {};
}

bool hasVisibleCharacter(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        if (c > 0x20 && c < 0x7F)
            return true;
        switch (QChar::category(c)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Number_Other:
        case QChar::Punctuation_Connector:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Open:
        case QChar::Punctuation_Close:
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
        case QChar::Punctuation_Other:
        case QChar::Symbol_Math:
        case QChar::Symbol_Currency:
        case QChar::Symbol_Modifier:
        case QChar::Symbol_Other:
        case QChar::Mark_SpacingCombining:
            if (!isBlankLetter(c))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace TextRules
