#include "JsonArrayParts.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

// Walks JSON text far enough to find value boundaries. Every position it returns is either a
// boundary or -1 ("cannot follow this"); it never reads past the end.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_data(text.data()), m_size(text.size()) {}

    char at(qsizetype i) const { return i >= 0 && i < m_size ? m_data[i] : '\0'; }
    qsizetype size() const { return m_size; }

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_size &&
               (m_data[i] == ' ' || m_data[i] == '\n' || m_data[i] == '\r' || m_data[i] == '\t'))
            ++i;
        return i;
    }

    // One past the closing quote of the string opening at `i`.
    qsizetype skipString(qsizetype i) const
    {
        const qsizetype content = i + 1;
        qsizetype from = content;
        while (from < m_size) {
            const void *hit = std::memchr(m_data + from, '"', size_t(m_size - from));
            if (!hit)
                return -1;
            const qsizetype quote = static_cast<const char *>(hit) - m_data;
            qsizetype run = quote;
            while (run > content && m_data[run - 1] == '\\')
                --run;
            if ((quote - run) % 2 == 0) // an odd run of backslashes escapes the quote
                return quote + 1;
            from = quote + 1;
        }
        return -1;
    }

    // One past the value starting at `i`: a string, a nested array or object (brackets counted,
    // not matched: the parser checks them), or a scalar up to the next delimiter.
    qsizetype skipValue(qsizetype i) const
    {
        const char c = at(i);
        if (c == '"')
            return skipString(i);
        if (c == '[' || c == '{') {
            qsizetype depth = 0;
            while (i < m_size) {
                const char d = m_data[i];
                if (d == '"') {
                    i = skipString(i);
                    if (i < 0)
                        return -1;
                    continue;
                }
                if (d == '[' || d == '{')
                    ++depth;
                else if ((d == ']' || d == '}') && --depth == 0)
                    return i + 1;
                ++i;
            }
            return -1;
        }
        const qsizetype start = i;
        while (i < m_size && !std::strchr(",]} \n\r\t", m_data[i]))
            ++i;
        return i > start ? i : -1;
    }

private:
    const char *m_data;
    qsizetype m_size;
};

} // namespace

std::optional<JsonArrayParts> JsonArrayParts::find(QByteArrayView json, QByteArrayView key,
                                                   qsizetype partBytes)
{
    const Scanner s(json);
    JsonArrayParts found;
    found.m_key = key.toByteArray();
    bool seen = false;

    qsizetype i = s.skipSpace(json.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    if (s.at(i) != '{')
        return std::nullopt;
    i = s.skipSpace(i + 1);
    if (s.at(i) == '}')
        return std::nullopt;
    for (;;) {
        if (s.at(i) != '"')
            return std::nullopt;
        const qsizetype keyEnd = s.skipString(i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArrayView name = json.sliced(i + 1, keyEnd - i - 2);
        // An escaped key could spell `key` in a way this byte comparison misses.
        if (name.contains('\\'))
            return std::nullopt;
        i = s.skipSpace(keyEnd);
        if (s.at(i) != ':')
            return std::nullopt;
        i = s.skipSpace(i + 1);
        if (name == key) {
            // A repeated key leaves the choice between values to the parser.
            if (seen || s.at(i) != '[')
                return std::nullopt;
            seen = true;
            found.m_arrayBegin = i;
            i = s.skipSpace(i + 1);
            if (s.at(i) != ']') {
                Part part{i, 0, 0, 0};
                for (;;) {
                    i = s.skipValue(i);
                    if (i < 0)
                        return std::nullopt;
                    ++part.elements;
                    const qsizetype end = i;
                    i = s.skipSpace(i);
                    if (s.at(i) == ']') {
                        part.end = end;
                        found.m_parts.append(part);
                        break;
                    }
                    if (s.at(i) != ',')
                        return std::nullopt;
                    if (end - part.begin >= partBytes) {
                        part.end = end;
                        found.m_parts.append(part);
                        part = Part{0, 0, 0, part.firstIndex + part.elements};
                    }
                    i = s.skipSpace(i + 1);
                    if (part.elements == 0)
                        part.begin = i;
                }
            }
            found.m_arrayEnd = i + 1;
            i = found.m_arrayEnd;
        } else {
            i = s.skipValue(i);
            if (i < 0)
                return std::nullopt;
        }
        i = s.skipSpace(i);
        if (s.at(i) == ',') {
            i = s.skipSpace(i + 1);
            continue;
        }
        if (s.at(i) == '}' && s.skipSpace(i + 1) == s.size())
            break;
        return std::nullopt;
    }
    if (!seen)
        return std::nullopt;
    for (const Part &p : std::as_const(found.m_parts))
        found.m_elements += p.elements;
    return found;
}

QByteArray JsonArrayParts::rest(QByteArrayView json) const
{
    QByteArray out;
    out.reserve(json.size() - (m_arrayEnd - m_arrayBegin) + 2);
    out.append(json.first(m_arrayBegin));
    out.append("[]");
    out.append(json.sliced(m_arrayEnd));
    return out;
}

QByteArray JsonArrayParts::partDocument(QByteArrayView json, qsizetype index) const
{
    const Part &p = m_parts.at(index);
    QByteArray out;
    out.reserve(p.end - p.begin + m_key.size() + 8);
    out.append("{\"").append(m_key).append("\":[");
    out.append(json.sliced(p.begin, p.end - p.begin));
    out.append("]}");
    return out;
}

qsizetype JsonArrayParts::offsetInPart(qsizetype index, qsizetype partDocumentOffset) const
{
    const qsizetype prefix = m_key.size() + 5; // {"key":[
    return m_parts.at(index).begin + partDocumentOffset - prefix;
}

qsizetype JsonArrayParts::offsetInRest(qsizetype restOffset) const
{
    const qsizetype emptied = m_arrayBegin + 2; // one past the "[]" that stands for the array
    return restOffset < emptied ? restOffset : m_arrayEnd + (restOffset - emptied);
}

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
