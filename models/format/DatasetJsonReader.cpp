#include "models/format/DatasetJsonReader.h"

#include "models/data/RecordName.h"
#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <unordered_set>

// The text is read with simdjson's On Demand API, straight into the dataset's structures: it
// hands out each value where the reading asks for it, with its place in the text, which line and
// column messages need, and it refuses what JSON forbids (bad escapes, lone surrogates, invalid
// UTF-8) itself. Its DOM API keeps no places, and building its tree touched 118 MB more memory
// than On Demand at 100k claims, which cost more than parsing (RapidJSON, whose reader does say
// where, parsed that file in 540-720 ms against 220-300 ms; see the report of issue 15).
// On Demand validates only what is read: every value is read, or walked by skip().

namespace {

namespace od = simdjson::ondemand;

// Qt's own JSON parser refused documents nested deeper than this; so does this reader.
constexpr int MaxDepth = 1024;

// What ends a read: text that is not JSON, or JSON the format refuses. simdjson cannot go on after
// a fault either; the fault leaves the reading, however deep, as an exception.
struct SyntaxFault
{
    enum Kind
    {
        Unexpected,
        Number,
        Literal,
        Escape,
        Surrogate,
        RepeatedKey,
        TrailingText,
        EndsEarly,
        UnclosedString,
        ControlCharacter,
        TooDeep,
        NoValue,
        Library, // a failure simdjson names itself
    };
    Kind kind;
    const char *at;  // where in the text; nullptr when not known
    QByteArray text; // the escape or the key, as written
    simdjson::error_code code = simdjson::SUCCESS;
};

QString describe(const SyntaxFault &f)
{
    const QString text = QString::fromUtf8(f.text);
    QString what;
    switch (f.kind) {
    case SyntaxFault::Unexpected:
        what = QCoreApplication::translate(
            "DatasetJsonReader",
            "unexpected text (a comma, colon, quote, brace or bracket is missing or out of place)");
        break;
    case SyntaxFault::Number:
        what = QCoreApplication::translate("DatasetJsonReader", "invalid number");
        break;
    case SyntaxFault::Literal:
        what = QCoreApplication::translate(
            "DatasetJsonReader", "invalid value (only true, false and null go without quotes)");
        break;
    case SyntaxFault::Escape:
        what =
            QCoreApplication::translate(
                "DatasetJsonReader",
                "invalid escape %1 (a string may hold \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                .arg(text);
        break;
    case SyntaxFault::Surrogate:
        what = QCoreApplication::translate("DatasetJsonReader",
                                           "%1 is half a UTF-16 surrogate pair, without the other")
                   .arg(text);
        break;
    case SyntaxFault::RepeatedKey:
        what = QCoreApplication::translate("DatasetJsonReader", "key %1 is repeated in its object")
                   .arg(text);
        break;
    case SyntaxFault::TrailingText:
        what = QCoreApplication::translate("DatasetJsonReader",
                                           "text after the end of the JSON value");
        break;
    case SyntaxFault::EndsEarly:
        what = QCoreApplication::translate(
            "DatasetJsonReader",
            "the text ends before the JSON value does (something is not closed)");
        break;
    case SyntaxFault::UnclosedString:
        what = QCoreApplication::translate("DatasetJsonReader", "unterminated string");
        break;
    case SyntaxFault::ControlCharacter:
        what = QCoreApplication::translate(
            "DatasetJsonReader",
            "control character in a string (write it as an escape such as \\n or \\u0001)");
        break;
    case SyntaxFault::TooDeep:
        what = QCoreApplication::translate("DatasetJsonReader", "nested more than %1 levels deep")
                   .arg(MaxDepth);
        break;
    case SyntaxFault::NoValue:
        what = QCoreApplication::translate("DatasetJsonReader", "the text holds no JSON value");
        break;
    case SyntaxFault::Library:
        what = f.code == simdjson::MEMALLOC
                   ? QCoreApplication::translate("DatasetJsonReader", "not enough memory")
                   : QString::fromUtf8(simdjson::error_message(f.code));
        break;
    }
    return QCoreApplication::translate("DatasetJsonReader", "malformed JSON: %1").arg(what);
}

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
int unicodeEscape(const char *at, const char *end)
{
    if (end - at < 6 || at[0] != '\\' || at[1] != 'u')
        return -1;
    int unit = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = hexDigit(at[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// simdjson refuses a string with a wrong escape without saying which: the first one in the
// string opening at `quote`.
SyntaxFault escapeFault(const char *quote, const char *end)
{
    for (const char *p = quote + 1; p < end && *p != '"'; ++p) {
        if (*p != '\\')
            continue;
        const char c = p + 1 < end ? p[1] : '\0';
        if (c != 'u') {
            if (c == '\0' || !std::strchr("\"\\/bfnrt", c))
                return {SyntaxFault::Escape, p, QByteArray(p, c ? 2 : 1)};
            ++p;
            continue;
        }
        const int unit = unicodeEscape(p, end);
        if (unit < 0)
            return {SyntaxFault::Escape, p, QByteArray(p, qMin<qsizetype>(6, end - p))};
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const int low = high ? unicodeEscape(p + 6, end) : -1;
        if ((unit >= 0xDC00 && unit <= 0xDFFF) || (high && (low < 0xDC00 || low > 0xDFFF)))
            return {SyntaxFault::Surrogate, p, QByteArray(p, 6)};
        p += high ? 11 : 5;
    }
    return {SyntaxFault::Library, quote, {}, simdjson::STRING_ERROR};
}

// simdjson's first pass refuses these before it can say where: a raw control character in a
// string (after a backslash too: no escape is a backslash and a control character), or the
// quote of a string that never closes. A backslash escapes the next byte anywhere, as in
// simdjson's pass.
SyntaxFault stringFault(const char *begin, const char *end)
{
    const char *open = nullptr;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\\') {
            ++p;
            if (open && p < end && static_cast<unsigned char>(*p) < 0x20)
                return {SyntaxFault::ControlCharacter, p, {}};
        } else if (*p == '"')
            open = open ? nullptr : p;
        else if (open && static_cast<unsigned char>(*p) < 0x20)
            return {SyntaxFault::ControlCharacter, p, {}};
    }
    return {SyntaxFault::UnclosedString, open, {}};
}

// The keys of one record type in the format's order, which is the order its problems are told in,
// whatever order the file writes them in.
template <size_t N> struct Schema
{
    std::array<std::string_view, N> keys;
    quint32 optional = 0; // one bit per key a record may leave out

    // A key's index; a misspelt key does not compile where a constant is needed.
    constexpr int operator[](std::string_view key) const
    {
        for (size_t i = 0; i < N; ++i)
            if (keys[i] == key)
                return int(i);
        throw "not a key of this schema";
    }
};

template <size_t N>
constexpr Schema<N> schema(std::array<std::string_view, N> keys,
                           std::initializer_list<std::string_view> optional = {})
{
    Schema<N> s{keys};
    for (std::string_view key : optional)
        s.optional |= 1u << s[key];
    return s;
}

constexpr auto TopKeys = schema<9>({"format", "format_version", "version", "title", "description",
                                    "sources", "actors", "claims", "conflicts"},
                                   {"description", "conflicts"});
// A file of format 1 has no labels and no notes; the validator asks for a label.
constexpr auto SourceKeys =
    schema<11>({"id", "label", "file", "outlet", "title", "author", "published", "published_note",
                "notes", "language", "sha256"},
               {"label", "author", "published_note", "notes"});
constexpr auto ActorKeys =
    schema<5>({"id", "name", "kind", "aliases", "description"}, {"description"});
constexpr auto ClaimKeys = schema<10>({"id", "date", "date_basis", "date_note", "kind", "statement",
                                       "actors", "claimant", "responds_to", "citations"},
                                      {"date_basis", "date_note", "claimant", "responds_to"});
constexpr auto ActorRefKeys = schema<2>({"actor", "role"}, {"role"});
constexpr auto CitationKeys =
    schema<5>({"source", "paragraph", "quote", "prefix", "suffix"}, {"prefix", "suffix"});
constexpr auto ConflictKeys = schema<3>({"id", "claims", "about"});

// One record's problems until it is read whole: told in its schema's order (unknown keys last),
// under the record's name, known once its id is read.
class Record
{
public:
    template <size_t N> explicit Record(const Schema<N> &schema) : m_keys(schema.keys.data()) {}

    QString keyName(int key) const { return QString::fromLatin1(m_keys[key]); }

    void report(int key, const QString &message) { add(key, keyName(key), message); }
    void add(int order, const QString &field, const QString &message)
    {
        m_problems.append({order, {}, field, message});
    }
    /// A nested object's problems, as problems of the field holding it ("citations[2].quote").
    void adopt(int key, const QString &field, Record &&nested)
    {
        for (Entry &e : nested.m_problems)
            add(key, field + QLatin1Char('.') + e.field, e.message);
    }
    /// The problems of a record held in one of this one's fields, under that record's name.
    void take(int key, Record &&record, const QString &name)
    {
        record.sort();
        for (Entry &e : record.m_problems)
            m_problems.append({key, name, std::move(e.field), std::move(e.message)});
    }
    bool hasProblems() const { return !m_problems.isEmpty(); }

    /// Moves the problems out, in order; this record's own under `name`.
    void flush(Problems *out, const QString &file, const QString &name)
    {
        sort();
        for (Entry &e : m_problems)
            out->append({file, e.record.isNull() ? name : std::move(e.record), std::move(e.field),
                         std::move(e.message), 0, 0});
    }

    QString id; ///< the record's id once read, if it is a string

private:
    struct Entry
    {
        int order;
        QString record; // null for this record's own
        QString field;
        QString message;
    };
    void sort()
    {
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [](const Entry &a, const Entry &b) { return a.order < b.order; });
    }

    const std::string_view *m_keys;
    QList<Entry> m_problems; // empty, so never allocated, for nearly every record
};

// A record's id names it in messages when it is a short string without control characters.
struct ReadId
{
    QString id;
    QString operator()() const
    {
        return id.size() <= 64 && !TextUtil::hasControlCharacters(id) ? id : QString();
    }
};

// The keys of one object the schema does not know, to find one repeated: a few are compared in a
// list, many in a hash, so that an object of a million keys stays linear.
class KeySet
{
public:
    bool insert(std::string_view key) // false when the key is there already
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

private:
    QVarLengthArray<std::string_view, 16> m_list;
    std::unordered_set<std::string_view> m_hashed;
};

// The quick ways of reading (counting arrays before reading them, reading the claims on all
// cores) stop at the first fault without knowing whether it is the first in the text, and
// simdjson cannot go on after one: the text is then read again in one plain pass, which tells the
// first fault in text order.
struct ReadAgain
{
};

// Claims are most of a dataset, and each can be read as a text of its own: they are read on all
// cores in a text of at least this many bytes, this many claims per task.
constexpr qsizetype ParallelBytes = qsizetype(1) << 20;
constexpr qsizetype ClaimsPerTask = 512;

constexpr auto noReserve = [](qsizetype) {};

template <typename List> auto reserveIn(List &list)
{
    return [&list](qsizetype count) { list.reserve(count); };
}

QString elementField(const QString &array, int index)
{
    return QStringLiteral("%1[%2]").arg(array).arg(index);
}

// Reads the document from its first value to its end, into the dataset and its problems; throws a
// SyntaxFault at the first text that is not JSON or that the format refuses.
class DocumentReader
{
public:
    /// `quick`: read in the quick ways, which may throw ReadAgain. `depth`: how deep the
    /// document's value lies in the whole text.
    DocumentReader(od::document &doc, bool quick, const char *end, const QString &file,
                   Problems *problems, int depth = 0)
        : m_doc(doc), m_quick(quick), m_end(end), m_file(file), m_problems(problems), m_depth(depth)
    {
        const char *at = nullptr;
        m_parallel = quick && !m_doc.current_location().get(at) && m_end - at >= ParallelBytes;
    }

    void read(Dataset &d)
    {
        const char *at = place(m_doc);
        const od::json_type t = type(m_doc);
        if (t == od::json_type::object || t == od::json_type::array) {
            // Taken as a value: as the document, simdjson refuses an object or array that does not
            // close at the text's very end before reading it, and so cannot say where it goes
            // wrong.
            od::value root = get<od::value>(m_doc.get_value(), at);
            if (t == od::json_type::object) {
                Record top(TopKeys);
                fields(get<od::object>(root.get_object(), at), TopKeys, top,
                       [&](int k, od::value v) { readTop(k, v, top, d); });
                atEnd();
                top.flush(m_problems, m_file, QString());
                // Labels came with format 2: an older file's sources are named as before.
                if (m_formatVersion < 2)
                    d.labelUnlabelledSources();
                return;
            }
            skip(root, 0);
        } else {
            skip(m_doc, 0);
        }
        atEnd();
        m_problems->append({m_file,
                            {},
                            {},
                            QCoreApplication::translate("DatasetJsonReader",
                                                        "the top level must be a JSON object"),
                            0,
                            0});
    }

private:
    // How deep the values being read lie: the limit holds in walked values too.
    struct Nesting
    {
        explicit Nesting(int &depth) : m_depth(++depth) {}
        ~Nesting() { --m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;
        int &m_depth;
    };

    [[noreturn]] static void fail(SyntaxFault::Kind kind, const char *at)
    {
        throw SyntaxFault{kind, at, {}};
    }

    // Where the iteration stands: the place of a fault found on the way to the next value.
    const char *here()
    {
        const char *at = nullptr;
        return m_doc.current_location().get(at) ? m_end : at;
    }

    // Where a value not yet read starts.
    template <typename V> const char *place(V &v)
    {
        const char *at = nullptr;
        return v.current_location().get(at) ? here() : at;
    }

    template <typename T> static T get(simdjson::simdjson_result<T> &&result, const char *at)
    {
        T value;
        if (const simdjson::error_code e = std::move(result).get(value))
            fail(e == simdjson::NUMBER_ERROR ? SyntaxFault::Number : SyntaxFault::Unexpected, at);
        return value;
    }

    template <typename V> od::json_type type(V &v)
    {
        od::json_type t;
        if (v.type().get(t))
            fail(SyntaxFault::Unexpected, place(v));
        return t;
    }

    void atEnd()
    {
        const char *at = nullptr;
        if (m_doc.current_location().get(at) != simdjson::OUT_OF_BOUNDS)
            fail(SyntaxFault::TrailingText, at);
    }

    // A string's text. Without a backslash it is the bytes between the quotes, which simdjson's
    // first pass checked; with one, simdjson unescapes it, refusing what JSON does not define.
    QString text(od::value &v)
    {
        std::string_view raw = v.raw_json_token();
        while (!raw.empty() && raw.back() != '"') // the token runs on over spaces
            raw.remove_suffix(1);
        if (raw.size() < 2)
            fail(SyntaxFault::Unexpected, v.raw_json_token().data());
        std::string_view s = raw.substr(1, raw.size() - 2);
        if (s.find('\\') != std::string_view::npos) {
            if (v.get_string().get(s))
                throw escapeFault(raw.data(), m_end);
        } else {
            // Taking the token alone leaves the value unread, and simdjson then skips it by
            // depth alone, over what follows it: `["a": 1]` would pass (found by fuzzing).
            // Reading it as a raw string moves on as reading any value does, without unescaping.
            od::raw_json_string consumed;
            if (v.get_raw_json_string().get(consumed))
                fail(SyntaxFault::Unexpected, raw.data());
        }
        // An empty string is empty, not null: null stands for a key left out.
        return s.empty() ? QString(QLatin1StringView(""))
                         : TextUtil::fromUtf8Exact(s.data(), qsizetype(s.size()));
    }

    // Walks a value the schema does not read, so that what JSON forbids in it is still refused.
    template <typename V> void skip(V &v, int depth)
    {
        const char *at = place(v);
        if (depth >= MaxDepth)
            fail(SyntaxFault::TooDeep, at);
        switch (type(v)) {
        case od::json_type::object: {
            KeySet keys;
            for (auto result : get<od::object>(v.get_object(), at)) {
                od::field field = get<od::field>(std::move(result), here());
                const char *quote = field.key().raw() - 1;
                if (!keys.insert(key(field, quote)))
                    throw repeatedKey(quote);
                skip(field.value(), depth + 1);
            }
            break;
        }
        case od::json_type::array:
            for (auto result : get<od::array>(v.get_array(), at)) {
                od::value element = get<od::value>(std::move(result), here());
                skip(element, depth + 1);
            }
            break;
        case od::json_type::string: {
            std::string_view s;
            if (v.get_string().get(s))
                throw escapeFault(at, m_end);
            break;
        }
        case od::json_type::number:
            get<double>(v.get_double(), at);
            break;
        case od::json_type::boolean: {
            bool b = false;
            if (v.get_bool().get(b))
                fail(SyntaxFault::Literal, at);
            break;
        }
        case od::json_type::null: {
            bool null = false;
            if (v.is_null().get(null) || !null)
                fail(SyntaxFault::Literal, at);
            break;
        }
        }
    }
    template <typename V> void skip(V &v) { skip(v, m_depth); }

    // A key as its object compares it: "\u0069d" is the key "id". `quote` is where it starts.
    std::string_view key(od::field &field, const char *quote)
    {
        const char *raw = quote + 1;
        const auto *close = static_cast<const char *>(std::memchr(raw, '"', size_t(m_end - raw)));
        if (!close)
            fail(SyntaxFault::UnclosedString, quote);
        if (!std::memchr(raw, '\\', size_t(close - raw)))
            return {raw, size_t(close - raw)};
        std::string_view k; // unescaping uses the key up: take its place first
        if (field.unescaped_key().get(k))
            throw escapeFault(quote, m_end);
        return k;
    }

    SyntaxFault repeatedKey(const char *quote) const
    {
        const char *p = quote + 1;
        while (p < m_end && *p != '"')
            p += *p == '\\' ? 2 : 1;
        return {SyntaxFault::RepeatedKey, quote, QByteArray(quote, qMin(p + 1, m_end) - quote)};
    }

    // Reads an object's fields in the file's order, each known one with `readField(key, value)`,
    // and reports unknown and missing keys.
    template <size_t N, typename Fn>
    void fields(od::object object, const Schema<N> &schema, Record &r, Fn readField)
    {
        const Nesting nesting(m_depth);
        quint32 seen = 0;
        KeySet unknown;
        size_t next = 0; // files write keys in the schema's order: the one after the last, first
        for (auto result : object) {
            od::field field = get<od::field>(std::move(result), here());
            const char *quote = field.key().raw() - 1;
            const std::string_view name = key(field, quote);
            size_t k = next < N && schema.keys[next] == name ? next : 0;
            while (k < N && schema.keys[k] != name)
                ++k;
            if (k == N) {
                if (!unknown.insert(name))
                    throw repeatedKey(quote);
                r.add(int(N), TextUtil::fromUtf8Exact(name.data(), qsizetype(name.size())),
                      QCoreApplication::translate("DatasetJsonReader", "unknown field"));
                skip(field.value());
                continue;
            }
            if (seen & (1u << k))
                throw repeatedKey(quote);
            seen |= 1u << k;
            next = k + 1;
            readField(int(k), field.value());
        }
        for (size_t k = 0; k < N; ++k)
            if (!(seen & (1u << k)) && !(schema.optional & (1u << k)))
                r.report(int(k), QCoreApplication::translate("DatasetJsonReader", "missing"));
    }

    QString string(od::value v, Record &r, int key)
    {
        if (type(v) != od::json_type::string) {
            r.report(key, QCoreApplication::translate("DatasetJsonReader", "must be a string"));
            skip(v);
            return {};
        }
        // Its characters are the validator's to judge (TextRules), as for a database's text.
        return text(v);
    }

    /// A string or null; null gives a null string, as a key left out does.
    QString nullableString(od::value v, Record &r, int key)
    {
        if (type(v) != od::json_type::null)
            return string(v, r, key);
        skip(v);
        return {};
    }

    PartialDate date(od::value v, Record &r, int key)
    {
        const QString s = string(v, r, key);
        if (s.isNull())
            return {};
        QString why;
        const PartialDate d = PartialDate::parse(s, &why);
        if (!d.isValid())
            r.report(key, why);
        return d;
    }

    int integer(od::value v, Record &r, int key)
    {
        const char *at = place(v);
        const bool number = type(v) == od::json_type::number;
        const double d = number ? get<double>(v.get_double(), at) : -1.0;
        // Range first: converting a huge double to an integer is undefined (found by fuzzing).
        if (!(d >= 0 && d <= 1e9) || d != std::floor(d)) {
            if (!number)
                skip(v);
            // Paragraphs are numbered from 1; a 0 gets through here and the validator says so.
            r.report(key, QCoreApplication::translate(
                              "DatasetJsonReader", "must be a whole number from 1 to 1000000000"));
            return 0;
        }
        return static_cast<int>(d);
    }

    // Missing, a version this program does not read, and something that is no version at all are
    // told apart: 0 is a wrong version, not a missing one.
    void formatVersion(od::value v, Record &r, int key)
    {
        const char *at = place(v);
        const QString readable =
            QCoreApplication::translate("DatasetJsonReader", "this program reads versions %1 to %2")
                .arg(Dataset::OldestFormatVersion)
                .arg(Dataset::FormatVersion);
        if (type(v) != od::json_type::number) {
            skip(v);
            r.report(key,
                     QCoreApplication::translate("DatasetJsonReader", "must be a whole number (%1)")
                         .arg(readable));
            return;
        }
        const double d = get<double>(v.get_double(), at);
        if (d != std::floor(d))
            r.report(key,
                     QCoreApplication::translate("DatasetJsonReader", "must be a whole number (%1)")
                         .arg(readable));
        else if (d < Dataset::OldestFormatVersion || d > Dataset::FormatVersion)
            r.report(key, QCoreApplication::translate("DatasetJsonReader",
                                                      "version %1 is not supported (%2)")
                              .arg(QString::number(d, 'g', 17), readable));
        else
            m_formatVersion = int(d);
    }

    // "date_basis": "reported" when the articles give the claim no date of its own; "text",
    // the default, when they do.
    bool dateBasis(od::value v, Record &r, int key)
    {
        const QString basis = string(v, r, key);
        if (basis.isNull() || basis == QLatin1String("text"))
            return false;
        if (basis == QLatin1String("reported"))
            return true;
        r.report(key, QCoreApplication::translate("DatasetJsonReader",
                                                  "must be \"reported\" or \"text\""));
        return false;
    }

    // Calls `readElement(index, value)` for each element of an array, once `sized(count)` had
    // the count, so that lists grow once.
    template <typename Fn, typename Sized = decltype(noReserve)>
    void array(od::value v, Record &r, int key, Fn readElement, Sized sized = noReserve)
    {
        const char *at = place(v);
        if (type(v) != od::json_type::array) {
            r.report(key, QCoreApplication::translate("DatasetJsonReader", "must be an array"));
            skip(v);
            return;
        }
        od::array items = get<od::array>(v.get_array(), at);
        if (m_quick) {
            size_t count = 0;
            if (items.count_elements().get(count))
                throw ReadAgain{};
            sized(qsizetype(count));
        }
        const Nesting nesting(m_depth);
        int index = 0;
        for (auto result : items)
            readElement(index++, get<od::value>(std::move(result), here()));
    }

    QStringList stringList(od::value v, Record &r, int key)
    {
        QStringList out;
        array(
            v, r, key,
            [&](int i, od::value item) {
                if (type(item) == od::json_type::string) {
                    out.append(text(item));
                    return;
                }
                r.add(key, elementField(r.keyName(key), i),
                      QCoreApplication::translate("DatasetJsonReader", "must be a string"));
                skip(item);
            },
            [&](qsizetype count) { out.reserve(count); });
        return out;
    }

    // Each object of a top-level array is a record read by `readOne(object, record)`; anything
    // else is reported and left out.
    template <size_t N, typename Fn, typename Sized>
    void records(od::value v, Record &top, int key, const char *singular, const char *plural,
                 const Schema<N> &schema, Sized reserve, Fn readOne)
    {
        array(
            v, top, key,
            [&](int index, od::value item) {
                Record r(schema);
                const char *at = place(item);
                if (type(item) == od::json_type::object) {
                    readOne(get<od::object>(item.get_object(), at), r);
                } else {
                    skip(item);
                    r.add(-1, {},
                          QCoreApplication::translate("DatasetJsonReader", "must be an object"));
                }
                if (r.hasProblems())
                    top.take(key, std::move(r),
                             LazyRecordName<ReadId>(singular, plural, index, ReadId{r.id}).text());
            },
            reserve);
    }

    void readTop(int k, od::value v, Record &top, Dataset &d)
    {
        switch (k) {
        case TopKeys["format"]: {
            const QString format = string(v, top, k);
            if (!format.isNull() && format != QLatin1String("dossier-dataset"))
                top.report(k, QCoreApplication::translate("DatasetJsonReader",
                                                          "must be \"dossier-dataset\""));
            break;
        }
        case TopKeys["format_version"]:
            formatVersion(v, top, k);
            break;
        case TopKeys["version"]:
            d.info.version = string(v, top, k);
            break;
        case TopKeys["title"]:
            d.info.title = string(v, top, k);
            break;
        case TopKeys["description"]:
            d.info.description = string(v, top, k);
            break;
        case TopKeys["sources"]:
            records(v, top, k, "source", "sources", SourceKeys, reserveIn(d.sources),
                    [&](od::object o, Record &r) { readSource(o, r, d.sources.emplaceBack()); });
            break;
        case TopKeys["actors"]:
            records(v, top, k, "actor", "actors", ActorKeys, reserveIn(d.actors),
                    [&](od::object o, Record &r) { readActor(o, r, d.actors.emplaceBack()); });
            break;
        case TopKeys["claims"]:
            if (!m_parallel || !claimsInParallel(v, top, k, d.claims))
                records(v, top, k, "claim", "claims", ClaimKeys, reserveIn(d.claims),
                        [&](od::object o, Record &r) { readClaim(o, r, d.claims.emplaceBack()); });
            break;
        case TopKeys["conflicts"]:
            records(
                v, top, k, "conflict", "conflicts", ConflictKeys, reserveIn(d.conflicts),
                [&](od::object o, Record &r) { readConflict(o, r, d.conflicts.emplaceBack()); });
            break;
        }
    }

    // Reads the claims on all cores, each claim as a text of its own (whose places are still
    // places in the whole text).
    bool claimsInParallel(od::value v, Record &top, int key, QList<Claim> &claims)
    {
        const char *at = place(v);
        if (type(v) != od::json_type::array)
            return false;
        od::array items = get<od::array>(v.get_array(), at);
        size_t count = 0;
        if (items.count_elements().get(count))
            throw ReadAgain{};
        // Walking over the claims only finds where each starts and ends; a claim that is no
        // object is left for the plain pass to report.
        std::vector<std::string_view> texts;
        texts.reserve(count);
        for (auto result : items) {
            od::value item;
            od::object object;
            std::string_view text;
            if (std::move(result).get(item) || item.get_object().get(object) ||
                object.raw_json().get(text))
                throw ReadAgain{};
            texts.push_back(text);
        }
        struct Task
        {
            qsizetype begin;
            qsizetype end;
            std::vector<std::pair<qsizetype, Record>> withProblems;
            bool fault = false;
        };
        std::vector<Task> tasks;
        for (qsizetype begin = 0; begin < qsizetype(count); begin += ClaimsPerTask)
            tasks.push_back({begin, qMin(begin + ClaimsPerTask, qsizetype(count)), {}});
        claims.resize(qsizetype(count));
        Claim *read = claims.data();
        auto readTask = [&](Task &task) {
            od::parser parser;
            for (qsizetype i = task.begin; i < task.end && !task.fault; ++i) {
                const std::string_view text = texts[size_t(i)];
                od::document doc;
                Record r(ClaimKeys);
                try {
                    if (parser
                            .iterate(text.data(), text.size(),
                                     size_t(m_end - text.data()) + simdjson::SIMDJSON_PADDING)
                            .get(doc))
                        throw ReadAgain{};
                    DocumentReader(doc, true, m_end, m_file, nullptr, m_depth + 1)
                        .readClaimText(read[i], r);
                } catch (...) { // SyntaxFault or ReadAgain
                    task.fault = true;
                }
                if (r.hasProblems())
                    task.withProblems.emplace_back(i, std::move(r));
            }
        };
        QtConcurrent::blockingMap(tasks, readTask);
        for (Task &task : tasks) {
            if (task.fault)
                throw ReadAgain{};
            for (auto &[index, r] : task.withProblems)
                top.take(
                    key, std::move(r),
                    LazyRecordName<ReadId>("claim", "claims", int(index), ReadId{r.id}).text());
        }
        return true;
    }

    void readClaimText(Claim &c, Record &r)
    {
        const char *at = place(m_doc);
        od::value claim = get<od::value>(m_doc.get_value(), at);
        readClaim(get<od::object>(claim.get_object(), at), r, c);
    }

    void readSource(od::object o, Record &r, Source &s)
    {
        fields(o, SourceKeys, r, [&](int k, od::value v) {
            switch (k) {
            case SourceKeys["id"]:
                r.id = s.id = string(v, r, k);
                break;
            case SourceKeys["label"]:
                s.label = string(v, r, k);
                break;
            case SourceKeys["file"]:
                s.file = string(v, r, k);
                break;
            case SourceKeys["outlet"]:
                s.outlet = string(v, r, k);
                break;
            case SourceKeys["title"]:
                s.title = string(v, r, k);
                break;
            case SourceKeys["author"]:
                s.author = nullableString(v, r, k);
                break;
            case SourceKeys["published"]:
                s.published = date(v, r, k);
                break;
            case SourceKeys["published_note"]:
                s.publishedNote = string(v, r, k);
                break;
            case SourceKeys["notes"]:
                s.notes = string(v, r, k);
                break;
            case SourceKeys["language"]:
                s.language = string(v, r, k);
                break;
            case SourceKeys["sha256"]:
                s.sha256 = string(v, r, k);
                break;
            }
        });
    }

    void readActor(od::object o, Record &r, Actor &a)
    {
        fields(o, ActorKeys, r, [&](int k, od::value v) {
            switch (k) {
            case ActorKeys["id"]:
                r.id = a.id = string(v, r, k);
                break;
            case ActorKeys["name"]:
                a.name = string(v, r, k);
                break;
            case ActorKeys["kind"]:
                a.kind = string(v, r, k);
                break;
            case ActorKeys["aliases"]:
                a.aliases = stringList(v, r, k);
                break;
            case ActorKeys["description"]:
                a.description = string(v, r, k);
                break;
            }
        });
    }

    void readClaim(od::object o, Record &r, Claim &c)
    {
        fields(o, ClaimKeys, r, [&](int k, od::value v) {
            switch (k) {
            case ClaimKeys["id"]:
                r.id = c.id = string(v, r, k);
                break;
            case ClaimKeys["date"]:
                c.date = date(v, r, k);
                break;
            case ClaimKeys["date_basis"]:
                c.datedByReport = dateBasis(v, r, k);
                break;
            case ClaimKeys["date_note"]:
                c.dateNote = string(v, r, k);
                break;
            case ClaimKeys["kind"]:
                c.kind = string(v, r, k);
                break;
            case ClaimKeys["statement"]:
                c.statement = string(v, r, k);
                break;
            case ClaimKeys["actors"]:
                array(
                    v, r, k,
                    [&](int i, od::value item) { c.actors.append(readActorRef(item, r, k, i)); },
                    reserveIn(c.actors));
                break;
            case ClaimKeys["claimant"]:
                c.claimant = nullableString(v, r, k);
                break;
            case ClaimKeys["responds_to"]:
                c.respondsTo = nullableString(v, r, k);
                break;
            case ClaimKeys["citations"]:
                array(
                    v, r, k,
                    [&](int i, od::value item) { c.citations.append(readCitation(item, r, k, i)); },
                    reserveIn(c.citations));
                break;
            }
        });
    }

    ActorRef readActorRef(od::value v, Record &claim, int key, int index)
    {
        ActorRef ref;
        const char *at = place(v);
        switch (type(v)) {
        case od::json_type::string: // a bare id is accepted: the role is optional
            ref.actor = text(v);
            break;
        case od::json_type::object: {
            Record r(ActorRefKeys);
            fields(get<od::object>(v.get_object(), at), ActorRefKeys, r, [&](int k, od::value f) {
                (k == ActorRefKeys["actor"] ? ref.actor : ref.role) = string(f, r, k);
            });
            claim.adopt(key, elementField(claim.keyName(key), index), std::move(r));
            break;
        }
        default:
            skip(v);
            claim.add(
                key, elementField(claim.keyName(key), index),
                QCoreApplication::translate(
                    "DatasetJsonReader", "must be an object {\"actor\", \"role\"} or an actor id"));
        }
        return ref;
    }

    Citation readCitation(od::value v, Record &claim, int key, int index)
    {
        Citation c;
        const char *at = place(v);
        if (type(v) != od::json_type::object) {
            skip(v);
            claim.add(key, elementField(claim.keyName(key), index),
                      QCoreApplication::translate("DatasetJsonReader", "must be an object"));
            return c;
        }
        Record r(CitationKeys);
        fields(get<od::object>(v.get_object(), at), CitationKeys, r, [&](int k, od::value f) {
            switch (k) {
            case CitationKeys["source"]:
                c.source = string(f, r, k);
                break;
            case CitationKeys["paragraph"]:
                c.paragraph = integer(f, r, k);
                break;
            case CitationKeys["quote"]:
                c.quote = string(f, r, k);
                break;
            case CitationKeys["prefix"]:
                c.prefix = string(f, r, k);
                break;
            case CitationKeys["suffix"]:
                c.suffix = string(f, r, k);
                break;
            }
        });
        claim.adopt(key, elementField(claim.keyName(key), index), std::move(r));
        return c;
    }

    void readConflict(od::object o, Record &r, Conflict &k)
    {
        fields(o, ConflictKeys, r, [&](int key, od::value v) {
            switch (key) {
            case ConflictKeys["id"]:
                r.id = k.id = string(v, r, key);
                break;
            case ConflictKeys["claims"]:
                k.claims = stringList(v, r, key);
                break;
            case ConflictKeys["about"]:
                k.about = string(v, r, key);
                break;
            }
        });
    }

    od::document &m_doc;
    bool m_quick;
    bool m_parallel; // whether to read the claims on all cores
    const char *m_end;
    const QString &m_file;
    Problems *m_problems;
    int m_depth;
    int m_formatVersion = Dataset::FormatVersion;
};

// A fault at the last token of text cut short, or past it, is the text ending early: said so,
// at the end, rather than blaming the last token.
bool endsAfterOneToken(const char *at, const char *end)
{
    const auto delimiter = [](char c) { return c == '\0' || std::strchr("{}[],:\" \t\r\n", c); };
    while (at < end && !delimiter(*at))
        ++at;
    while (at < end && (*at == ' ' || *at == '\t' || *at == '\r' || *at == '\n'))
        ++at;
    return at == end;
}

Problem utf8Problem(const QByteArray &bytes, qsizetype bad, const QString &fileName)
{
    Problem p{fileName,
              {},
              {},
              QCoreApplication::translate(
                  "DatasetJsonReader",
                  "invalid UTF-8 (byte 0x%1 at offset %2); the dataset must be UTF-8")
                  .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'))
                  .arg(bad),
              0,
              0};
    TextUtil::lineAndColumn(bytes, bad, &p.line, &p.column);
    return p;
}

// Parses `text` (followed in memory by simdjson's padding) into `result`; gives false when the
// text is not UTF-8.
bool parse(const QByteArray &bytes, const char *text, const QString &fileName,
           DatasetJsonReader::Result &result)
{
    const char *end = text + bytes.size();
    // simdjson does not skip a byte-order mark; Qt's parser did.
    const char *start = bytes.startsWith("\xEF\xBB\xBF") ? text + 3 : text;
    const size_t size = size_t(end - start);
    std::optional<SyntaxFault> fault;
    {
        od::parser parser;
        od::document doc;
        const auto iterate = [&] {
            return parser.iterate(start, size, size + simdjson::SIMDJSON_PADDING).get(doc);
        };
        try {
            if (const simdjson::error_code e = iterate()) {
                // simdjson's first pass checks the encoding, but does not say where it fails.
                const qsizetype bad = TextUtil::firstInvalidUtf8(bytes);
                if (bad >= 0) {
                    result.problems.append(utf8Problem(bytes, bad, fileName));
                    return false;
                }
                if (e == simdjson::UNCLOSED_STRING || e == simdjson::UNESCAPED_CHARS)
                    throw stringFault(start, end);
                throw SyntaxFault{e == simdjson::EMPTY ? SyntaxFault::NoValue
                                                       : SyntaxFault::Library,
                                  e == simdjson::EMPTY ? end : nullptr,
                                  {},
                                  e};
            }
            try {
                DocumentReader(doc, true, end, fileName, &result.problems).read(result.dataset);
            } catch (const ReadAgain &) {
                result = {};
                if (const simdjson::error_code e = iterate())
                    throw SyntaxFault{SyntaxFault::Library, nullptr, {}, e};
                DocumentReader(doc, false, end, fileName, &result.problems).read(result.dataset);
            }
        } catch (const SyntaxFault &f) {
            fault = f;
        }
    }
    if (fault) {
        if ((fault->kind == SyntaxFault::Unexpected || fault->kind == SyntaxFault::Number ||
             fault->kind == SyntaxFault::Literal) &&
            fault->at && endsAfterOneToken(fault->at, end))
            fault = SyntaxFault{SyntaxFault::EndsEarly, end, {}};
        Problem p{fileName, {}, {}, describe(*fault), 0, 0};
        if (fault->at)
            TextUtil::lineAndColumn(bytes, fault->at - text, &p.line, &p.column);
        result.dataset = Dataset();
        result.problems = {p};
    }
    return true;
}

DatasetJsonReader::Result readText(const QByteArray &bytes, const char *text,
                                   const QString &fileName)
{
    DatasetJsonReader::Result result;
    // Hashing reads the whole text, as parsing does: on another core, beside it.
    QFuture<QByteArray> sha256 =
        QtConcurrent::run([&bytes] { return TextUtil::sha256Hex(bytes).toLatin1(); });
    const bool utf8 = parse(bytes, text, fileName, result);
    // A dataset with faults in its fields is still checked and counted, so it is indexed too.
    result.dataset.reindex();
    sha256.waitForFinished();
    if (utf8)
        result.sha256 = sha256.result();
    return result;
}

// Reads to the end, or gives nothing once more than `limit` bytes came: the size a pipe or a
// device such as /dev/zero reports (0) says nothing of what it holds. `sizeHint` (the size of a
// regular file) lets the file be read in one piece. What it gives is followed in memory by
// simdjson's padding.
std::optional<QByteArray> readAtMost(QFile &file, qint64 sizeHint, qint64 limit)
{
    constexpr qint64 Chunk = qint64(1) << 20;
    QByteArray bytes;
    bytes.reserve(qMin(sizeHint, limit) + 1 + simdjson::SIMDJSON_PADDING);
    for (;;) {
        // One byte more than the limit tells a file of exactly the limit from a larger one.
        const qint64 want =
            qMin(qMax<qint64>(bytes.capacity() - bytes.size(), Chunk), limit + 1 - bytes.size());
        const qsizetype had = bytes.size();
        bytes.resize(had + want);
        const qint64 got = file.read(bytes.data() + had, want);
        bytes.resize(had + qMax<qint64>(got, 0));
        if (got <= 0)
            break;
        if (bytes.size() > limit)
            return std::nullopt;
    }
    // Spaces, not whatever the memory held: a cut-short text is then refused the same way twice.
    const qsizetype size = bytes.size();
    bytes.resize(size + simdjson::SIMDJSON_PADDING, ' ');
    bytes.resize(size);
    return bytes;
}

} // namespace

DatasetJsonReader::Result DatasetJsonReader::read(const QByteArray &bytes, const QString &fileName)
{
    // simdjson reads a little past the text: a copy with room for that.
    QByteArray padded(bytes.size() + simdjson::SIMDJSON_PADDING, ' ');
    std::memcpy(padded.data(), bytes.constData(), size_t(bytes.size()));
    return readText(bytes, padded.constData(), fileName);
}

DatasetJsonReader::Result DatasetJsonReader::readFile(const QString &path, qint64 limit)
{
    Result result;
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        result.problems.append({path, {}, {}, message, 0, 0});
        return result;
    };
    if (!info.exists())
        return fail(QCoreApplication::translate("DatasetJsonReader", "no such file"));
    if (info.isDir())
        return fail(
            QCoreApplication::translate("DatasetJsonReader", "is a folder, not a dataset file"));
    if (info.size() > limit)
        return fail(QCoreApplication::translate(
                        "DatasetJsonReader", "is %1 MB, larger than the %2 MB this program reads")
                        .arg(info.size() >> 20)
                        .arg(limit >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("DatasetJsonReader", "cannot be read: %1")
                        .arg(file.errorString()));
    const std::optional<QByteArray> bytes = readAtMost(file, info.size(), limit);
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("DatasetJsonReader", "cannot be read: %1")
                        .arg(file.errorString()));
    if (!bytes)
        return fail(QCoreApplication::translate("DatasetJsonReader",
                                                "is larger than the %1 MB this program reads")
                        .arg(limit >> 20));
    return readText(*bytes, bytes->constData(), path);
}
