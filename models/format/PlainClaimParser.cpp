#include "models/format/PlainClaimParser.h"

#include "models/data/TextUtil.h"

#include <QVarLengthArray>

namespace {

// Reads one stretch of claims; every read returns false to decline, never to report.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool atEnd() const { return m_p == m_end; }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // Consumes `c` after optional space.
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }

    bool takeNull()
    {
        skipSpace();
        if (m_end - m_p < 4 || QByteArrayView(m_p, 4) != "null")
            return false;
        m_p += 4;
        return true;
    }

    // A key without escapes, and its colon.
    bool key(QByteArrayView *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p != m_end && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (m_p == m_end || *m_p != '"')
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return take(':');
    }

    bool string(QString *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        // The common string: no escape, no byte the parser would have to look at twice.
        while (m_p != m_end && *m_p != '"' && *m_p != '\\' &&
               static_cast<unsigned char>(*m_p) >= 0x20)
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '"') {
            // An empty string is empty, not null, as QJsonValue gives it.
            *out = m_p == start ? QString(QLatin1StringView(""))
                                : QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        if (*m_p != '\\')
            return false;
        QVarLengthArray<char, 512> utf8;
        utf8.append(start, m_p - start);
        while (m_p != m_end && *m_p != '"') {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c < 0x20)
                return false;
            if (c != '\\') {
                utf8.append(*m_p++);
                continue;
            }
            if (++m_p == m_end)
                return false;
            switch (*m_p++) {
            case '"':
                utf8.append('"');
                break;
            case '\\':
                utf8.append('\\');
                break;
            case '/':
                utf8.append('/');
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                char32_t u = 0;
                if (!hex4(&u))
                    return false;
                if (u >= 0xDC00 && u <= 0xDFFF)
                    return false; // a lone low surrogate: the general reader keeps it as is
                if (u >= 0xD800 && u <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(utf8, u);
                break;
            }
            default:
                return false; // the general reader is lenient with unknown escapes: let it be
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        *out = QString::fromUtf8(utf8.constData(), utf8.size());
        return true;
    }

    // A whole number from 0 to 1e9 written plainly: what `integer()` accepts without comment.
    bool paragraph(int *out)
    {
        skipSpace();
        const char *start = m_p;
        qint64 v = 0;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 10)
            v = v * 10 + (*m_p++ - '0');
        if (m_p == start || (*start == '0' && m_p - start > 1) || v > 1000000000)
            return false;
        if (m_p != m_end &&
            (*m_p == '.' || *m_p == 'e' || *m_p == 'E' || (*m_p >= '0' && *m_p <= '9')))
            return false;
        *out = int(v);
        return true;
    }

private:
    bool hex4(char32_t *out)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    static void appendUtf8(QVarLengthArray<char, 512> &out, char32_t u)
    {
        if (u < 0x80) {
            out.append(char(u));
        } else if (u < 0x800) {
            out.append(char(0xC0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3F)));
        } else if (u < 0x10000) {
            out.append(char(0xE0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3F)));
            out.append(char(0x80 | (u & 0x3F)));
        } else {
            out.append(char(0xF0 | (u >> 18)));
            out.append(char(0x80 | ((u >> 12) & 0x3F)));
            out.append(char(0x80 | ((u >> 6) & 0x3F)));
            out.append(char(0x80 | (u & 0x3F)));
        }
    }

    const char *m_p;
    const char *m_end;
};

// A string the general reader would check for control characters.
bool checkedString(Cursor &in, QString *out)
{
    return in.string(out) && !TextUtil::hasControlCharacters(*out);
}

// Reads `{ key: value, ... }`, calling `field` per key; `field` returns false to decline. Keys
// are recorded in `seen` by the bit `field` gives them, so a repeated key is declined.
template <typename Field> bool object(Cursor &in, Field field)
{
    if (!in.take('{'))
        return false;
    if (in.peek('}'))
        return in.take('}');
    unsigned seen = 0;
    do {
        QByteArrayView key;
        if (!in.key(&key))
            return false;
        const unsigned bit = field(key);
        if (bit == 0 || (seen & bit))
            return false;
        seen |= bit;
    } while (in.take(','));
    return in.take('}');
}

template <typename Element> bool array(Cursor &in, Element element)
{
    if (!in.take('['))
        return false;
    if (in.peek(']'))
        return in.take(']');
    do {
        if (!element())
            return false;
    } while (in.take(','));
    return in.take(']');
}

bool actorRef(Cursor &in, ActorRef *ref)
{
    if (in.peek('"'))
        return in.string(&ref->actor); // a bare id, read unchecked as the general reader does
    bool hasActor = false;
    bool ok = true;
    const bool read = object(in, [&](QByteArrayView key) -> unsigned {
        if (key == "actor") {
            ok = checkedString(in, &ref->actor);
            hasActor = true;
            return ok ? 1 : 0;
        }
        if (key == "role")
            return checkedString(in, &ref->role) ? 2 : 0;
        return 0;
    });
    return read && ok && hasActor;
}

bool citation(Cursor &in, Citation *c)
{
    unsigned required = 0;
    const bool read = object(in, [&](QByteArrayView key) -> unsigned {
        unsigned bit = 0;
        bool ok = false;
        if (key == "source") {
            bit = 1;
            ok = checkedString(in, &c->source);
        } else if (key == "paragraph") {
            bit = 2;
            ok = in.paragraph(&c->paragraph);
        } else if (key == "quote") {
            bit = 4;
            ok = checkedString(in, &c->quote);
        } else if (key == "prefix") {
            bit = 8;
            ok = checkedString(in, &c->prefix);
        } else if (key == "suffix") {
            bit = 16;
            ok = checkedString(in, &c->suffix);
        }
        required |= bit & 7;
        return ok ? bit : 0;
    });
    return read && required == 7;
}

bool claim(Cursor &in, Claim *c)
{
    unsigned present = 0;
    const bool read = object(in, [&](QByteArrayView key) -> unsigned {
        unsigned bit = 0;
        bool ok = false;
        if (key == "id") {
            bit = 1;
            ok = checkedString(in, &c->id);
        } else if (key == "date") {
            bit = 2;
            QString text;
            ok = checkedString(in, &text);
            if (ok) {
                c->date = PartialDate::parse(text);
                ok = c->date.isValid();
            }
        } else if (key == "kind") {
            bit = 4;
            ok = checkedString(in, &c->kind);
        } else if (key == "statement") {
            bit = 8;
            ok = checkedString(in, &c->statement);
        } else if (key == "actors") {
            bit = 16;
            ok = array(in, [&] {
                ActorRef ref;
                if (!actorRef(in, &ref))
                    return false;
                c->actors.append(std::move(ref));
                return true;
            });
        } else if (key == "citations") {
            bit = 32;
            ok = array(in, [&] {
                Citation cite;
                if (!citation(in, &cite))
                    return false;
                c->citations.append(std::move(cite));
                return true;
            });
        } else if (key == "date_note") {
            bit = 64;
            ok = checkedString(in, &c->dateNote);
        } else if (key == "claimant" || key == "responds_to") {
            bit = key == "claimant" ? 128 : 256;
            QString *target = bit == 128 ? &c->claimant : &c->respondsTo;
            ok = in.takeNull() || checkedString(in, target);
        }
        present |= bit;
        return ok ? bit : 0;
    });
    return read && (present & 63) == 63;
}

} // namespace

std::optional<QList<Claim>> PlainClaimParser::parse(QByteArrayView text, qsizetype elements)
{
    QList<Claim> claims;
    claims.reserve(elements);
    Cursor in(text);
    do {
        Claim c;
        if (claims.size() == elements || !claim(in, &c))
            return std::nullopt;
        claims.append(std::move(c));
    } while (in.take(','));
    in.skipSpace();
    if (!in.atEnd() || claims.size() != elements)
        return std::nullopt;
    return claims;
}
