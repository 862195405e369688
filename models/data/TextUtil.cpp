#include "models/data/TextUtil.h"

#include "models/data/Sha256.h"

#include <cstring>

namespace TextUtil {

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Most text is ASCII: eight bytes at a time while no byte has its high bit set.
        while (n - i >= 8) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i == n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n) // truncated sequence at the end
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    int l = 1;
    int col = 1;
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++l;
            col = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++col;
        }
    }
    *line = l;
    *column = col;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7F || u == 0xFFFE || u == 0xFFFF)
            return true;
    }
    return false;
}

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // The articles write d’OpenAI and d'OpenAI, sometimes in one paragraph; a keyboard
        // types the straight one.
        switch (c.unicode()) {
        case u'\u2019': // right single quotation mark, the typographic apostrophe
        case u'\u2018': // left single quotation mark
        case u'\u02BC': // modifier letter apostrophe
        case u'\u2032': // prime
        case u'\u00B4': // acute accent
        case u'`':
        case u'\uFF07': // fullwidth apostrophe
            c = QLatin1Char('\'');
            break;
        default:
            break;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(Sha256::hash(bytes).toHex());
}

} // namespace TextUtil
