#include "models/data/TextUtil.h"

#include "models/data/TextRules.h"

#include <QCryptographicHash>
#include <QStringDecoder>
#include <QTextBoundaryFinder>
#include <QVarLengthArray>
#include <cstring>
#include <openssl/evp.h>

namespace TextUtil {

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    if (bytes.isValidUtf8())
        return -1;
    // Only bad text gets here. Qt's decoder makes an invalid sequence a NUL (where the bytes
    // hold a real NUL, so does the text), and each character before the first invalid
    // sequence is exactly its bytes: the offset is the UTF-8 length of the text before the
    // first NUL that was not a NUL byte. A sequence cut short by the end stays in the
    // decoder's state, awaiting bytes that never come, and is not in the text at all.
    QStringDecoder decode(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInvalidToNull |
                                                    QStringConverter::Flag::ConvertInitialBom);
    const QString text = decode(bytes);
    qsizetype offset = 0;
    qsizetype decoded = 0;
    for (qsizetype nul = text.indexOf(QChar(0)); nul >= 0; nul = text.indexOf(QChar(0), decoded)) {
        offset += QStringView(text).sliced(decoded, nul - decoded).toUtf8().size();
        if (offset >= bytes.size() || bytes[offset] != '\0')
            return offset;
        ++offset;
        decoded = nul + 1;
    }
    // No invalid sequence: the bytes end inside one.
    return offset + QStringView(text).sliced(decoded).toUtf8().size();
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
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        if (TextRules::isForbidden(c))
            return true;
    }
    return false;
}

namespace {

// Explicit direction controls, and the characters that make text right-to-left.
bool actsOnDirection(char32_t c)
{
    if (TextRules::isDirectionControl(c))
        return true;
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN;
}

} // namespace

QString isolated(QStringView text)
{
    bool needed = false;
    for (qsizetype i = 0; i < text.size() && !needed; ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x590) // below Hebrew: nothing right-to-left, no controls
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        needed = actsOnDirection(c);
    }
    if (!needed)
        return text.toString();
    // A close without its open would end our isolate early and let the rest act on the text
    // around it; an open without its close is closed here, before our own close.
    QString out;
    out.reserve(text.size() + 8);
    out += QChar(0x2068);          // FIRST STRONG ISOLATE
    QVarLengthArray<bool, 8> open; // true for an isolate
    for (const QChar ch : text) {
        switch (ch.direction()) {
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirRLE:
        case QChar::DirRLO:
            open.append(false);
            break;
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
            open.append(true);
            break;
        case QChar::DirPDF:
            if (open.isEmpty() || open.back())
                continue; // no embedding of its own to close
            open.removeLast();
            break;
        case QChar::DirPDI:
            if (!open.contains(true))
                continue;          // it would close ours
            while (!open.back()) { // closing an isolate closes the embeddings in it: say so
                out += QChar(0x202C);
                open.removeLast();
            }
            open.removeLast();
            break;
        default:
            break;
        }
        out += ch;
    }
    while (!open.isEmpty()) {
        out += QChar(open.back() ? 0x2069 : 0x202C);
        open.removeLast();
    }
    out += QChar(0x2069); // POP DIRECTIONAL ISOLATE
    return out;
}

QString fromUtf8Exact(const char *utf8, qsizetype size)
{
    if (size >= 3 && std::memcmp(utf8, "\xEF\xBB\xBF", 3) == 0)
        return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom)
            .decode(QByteArrayView(utf8, size));
    return QString::fromUtf8(utf8, size);
}

QString truncated(QStringView text, qsizetype length)
{
    if (text.size() <= length)
        return text.toString();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text.data(), text.size());
    graphemes.setPosition(qMax<qsizetype>(0, length - 1));
    if (!graphemes.isAtBoundary())
        graphemes.toPreviousBoundary();
    return text.first(qMax<qsizetype>(0, graphemes.position())).toString() + QChar(0x2026);
}

QString printable(QStringView text)
{
    const auto shownAsIs = [](char32_t c) {
        if (c >= 0x20 && c < 0x7F)
            return true;
        if (TextRules::isForbidden(c) || c == u'\t' || c == u'\n' ||
            TextRules::isDirectionControl(c))
            return false;
        // Line and paragraph separators; the invisible marks that steer direction.
        return c != 0x2028 && c != 0x2029 && c != 0x200E && c != 0x200F && c != 0x061C;
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), text[i + 1].unicode());
            units = 2;
        }
        if (shownAsIs(c))
            out += text.sliced(i, units);
        else
            out += QStringLiteral("<U+%1>").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        i += units - 1;
    }
    return out;
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
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &size, EVP_sha256(), nullptr) !=
        1)
        // Only when OpenSSL cannot allocate its context: Qt's is slower, never wrong.
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), qsizetype(size)).toHex());
}

} // namespace TextUtil
