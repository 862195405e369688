#include "models/format/JsonStrictCheck.h"

#include <QCoreApplication>
#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the "\uXXXX" escape at `at`, or -1 when there is none.
int unicodeEscape(QByteArrayView text, qsizetype at)
{
    if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexDigit(text[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

void appendUtf8(std::string &out, char32_t u)
{
    if (u < 0x80) {
        out += char(u);
    } else if (u < 0x800) {
        out += char(0xC0 | (u >> 6));
        out += char(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        out += char(0xE0 | (u >> 12));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    } else {
        out += char(0xF0 | (u >> 18));
        out += char(0x80 | ((u >> 12) & 0x3F));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    }
}

// The keys of one open object. A few are compared in a list; from many on, in a hash, so that
// an object of a million keys stays linear.
class ObjectKeys
{
public:
    // False when the key is there already.
    bool insert(std::string_view key)
    {
        if (m_hashed.empty() && m_list.size() < 16) {
            if (std::find(m_list.begin(), m_list.end(), key) != m_list.end())
                return false;
            m_list.push_back(key);
            return true;
        }
        if (m_hashed.empty())
            m_hashed.insert(m_list.begin(), m_list.end());
        return m_hashed.insert(key).second;
    }

    void clear()
    {
        m_list.clear();
        m_hashed.clear();
    }

private:
    std::vector<std::string_view> m_list;
    std::unordered_set<std::string_view> m_hashed;
};

class StrictScanner
{
public:
    explicit StrictScanner(QByteArrayView text) : m_text(text) {}

    JsonStrictCheck::Finding run()
    {
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size && m_finding.kind == JsonStrictCheck::Kind::None;) {
            switch (m_text[i]) {
            case '{':
            case '[':
                open(m_text[i] == '{');
                ++i;
                break;
            case '}':
            case ']':
                if (m_depth > 0)
                    --m_depth;
                ++i;
                break;
            case ',':
                if (m_depth > 0 && m_levels[m_depth - 1].object)
                    m_levels[m_depth - 1].expectKey = true;
                ++i;
                break;
            case '"':
                i = string(i);
                break;
            default:
                ++i;
            }
        }
        return m_finding;
    }

private:
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        ObjectKeys keys;
    };

    // Levels are kept when closed, so that the next object at a depth reuses their memory.
    void open(bool object)
    {
        if (m_depth == m_levels.size())
            m_levels.emplace_back();
        Level &level = m_levels[m_depth++];
        level.object = object;
        level.expectKey = object;
        level.keys.clear();
    }

    // One past the string opening at `quote`, or the end once something is found.
    qsizetype string(qsizetype quote)
    {
        bool escaped = false;
        qsizetype i = quote + 1;
        const qsizetype size = m_text.size();
        while (i < size && m_text[i] != '"') {
            if (static_cast<unsigned char>(m_text[i]) < 0x20) {
                find(JsonStrictCheck::Kind::RawControl, i, 1);
                return size;
            }
            if (m_text[i] != '\\') {
                ++i;
                continue;
            }
            escaped = true;
            const qsizetype next = escape(i);
            if (next < 0)
                return size;
            i = next;
        }
        const qsizetype end = qMin(i + 1, size);
        if (m_depth > 0 && m_levels[m_depth - 1].expectKey) {
            Level &level = m_levels[m_depth - 1];
            level.expectKey = false;
            if (!level.keys.insert(key(quote + 1, i, escaped)))
                find(JsonStrictCheck::Kind::RepeatedKey, quote, end - quote);
        }
        return end;
    }

    // One past the escape at `at`, or -1 once it is found wrong.
    qsizetype escape(qsizetype at)
    {
        const char c = at + 1 < m_text.size() ? m_text[at + 1] : '\0';
        if (c != 'u') {
            if (c && std::strchr("\"\\/bfnrt", c))
                return at + 2;
            find(JsonStrictCheck::Kind::UnknownEscape, at, c ? 2 : 1);
            return -1;
        }
        const int unit = unicodeEscape(m_text, at);
        if (unit < 0) {
            find(JsonStrictCheck::Kind::UnknownEscape, at, qMin<qsizetype>(6, m_text.size() - at));
            return -1;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            find(JsonStrictCheck::Kind::LoneSurrogate, at, 6);
            return -1;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = unicodeEscape(m_text, at + 6);
            if (low < 0xDC00 || low > 0xDFFF) {
                find(JsonStrictCheck::Kind::LoneSurrogate, at, 6);
                return -1;
            }
            return at + 12;
        }
        return at + 6;
    }

    // A key as its object compares it: decoded, since "\u0069d" and "id" are the same key.
    std::string_view key(qsizetype begin, qsizetype end, bool escaped)
    {
        if (!escaped)
            return std::string_view(m_text.data() + begin, size_t(end - begin));
        std::string &out = m_decoded.emplace_back();
        for (qsizetype i = begin; i < end;) {
            if (m_text[i] != '\\') {
                out += m_text[i++];
                continue;
            }
            const char c = m_text[i + 1];
            if (c != 'u') {
                static const char from[] = "\"\\/bfnrt";
                static const char to[] = "\"\\/\b\f\n\r\t";
                out += to[std::strchr(from, c) - from];
                i += 2;
                continue;
            }
            char32_t unit = char32_t(unicodeEscape(m_text, i));
            i += 6;
            if (unit >= 0xD800 && unit <= 0xDBFF) { // paired: escape() checked it
                unit = 0x10000 + ((unit - 0xD800) << 10) +
                       (char32_t(unicodeEscape(m_text, i)) - 0xDC00);
                i += 6;
            }
            appendUtf8(out, unit);
        }
        return out;
    }

    void find(JsonStrictCheck::Kind kind, qsizetype at, qsizetype length)
    {
        m_finding = {kind, at, m_text.sliced(at, length).toByteArray()};
    }

    QByteArrayView m_text;
    std::vector<Level> m_levels;
    size_t m_depth = 0;
    std::deque<std::string> m_decoded; // a deque does not move its strings: views stay valid
    JsonStrictCheck::Finding m_finding;
};

} // namespace

JsonStrictCheck::Finding JsonStrictCheck::first(QByteArrayView json)
{
    return StrictScanner(json).run();
}

// The reader shows these among its own messages: they keep its translation context.
QString JsonStrictCheck::describe(const Finding &f)
{
    const QString text = QString::fromUtf8(f.text);
    QString what;
    switch (f.kind) {
    case Kind::UnknownEscape:
        what =
            QCoreApplication::translate(
                "DatasetJsonReader",
                "invalid escape %1 (a string may hold \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                .arg(text);
        break;
    case Kind::LoneSurrogate:
        what = QCoreApplication::translate("DatasetJsonReader",
                                           "%1 is half a UTF-16 surrogate pair, without the other")
                   .arg(text);
        break;
    case Kind::RepeatedKey:
        what = QCoreApplication::translate("DatasetJsonReader", "key %1 is repeated in its object")
                   .arg(text);
        break;
    case Kind::RawControl:
        what = QCoreApplication::translate("DatasetJsonReader",
                                           "a string holds the control character U+%1 as it is; "
                                           "JSON allows it only escaped (\\t, \\n, \\u00XX)")
                   .arg(QString::number(uint(static_cast<unsigned char>(f.text.at(0))), 16)
                            .toUpper()
                            .rightJustified(4, QLatin1Char('0')));
        break;
    case Kind::None:
        break;
    }
    return QCoreApplication::translate("DatasetJsonReader", "malformed JSON: %1").arg(what);
}
