#include "models/format/JsonArrayParts.h"

#include <cstring>

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
