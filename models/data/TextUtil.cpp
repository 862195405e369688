#include "models/data/TextUtil.h"

#include <QCryptographicHash>
#include <QStringDecoder>
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
