#include "models/format/DatasetJsonReader.h"

#include "models/data/RecordName.h"
#include "models/format/JsonArrayParts.h"
#include "models/format/JsonStrictCheck.h"
#include "models/format/PlainClaimParser.h"

#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>
#include <atomic>
#include <cmath>
#include <future>

namespace {

// A record's id names it in messages when it is a short string without control characters.
struct JsonRecordId
{
    QJsonValue value;
    QString operator()() const
    {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        return id.size() <= 64 && !TextUtil::hasControlCharacters(id) ? id : QString();
    }
};
using RecordName = LazyRecordName<JsonRecordId>;

// Reads one JSON object field by field, recording what is wrong with it.
class RecordReader
{
public:
    RecordReader(const QJsonObject &object, const RecordName &record, const QString &file,
                 Problems *problems)
        : m_object(object), m_record(record), m_file(file), m_problems(problems)
    {
    }

    QString string(const QString &key, bool required = true)
    {
        return stringValue(key, lookup(key), required);
    }

    /// A string or null; null and absent both give an empty string.
    QString nullableString(const QString &key)
    {
        const QJsonValue v = lookup(key);
        if (v.isNull() || v.isUndefined())
            return {};
        return stringValue(key, v, true);
    }

    int integer(const QString &key)
    {
        const QJsonValue v = lookup(key);
        if (v.isUndefined()) {
            report(key, QCoreApplication::translate("DatasetJsonReader", "missing"));
            return 0;
        }
        const double d = v.toDouble(-1.0);
        // Range first: converting a huge double to an integer is undefined (found by fuzzing).
        if (!v.isDouble() || !(d >= 0 && d <= 1e9) || d != std::floor(d)) {
            // Paragraphs are numbered from 1; a 0 gets through here and the validator says so.
            report(key, QCoreApplication::translate("DatasetJsonReader",
                                                    "must be a whole number from 1 to 1000000000"));
            return 0;
        }
        return static_cast<int>(d);
    }

    PartialDate date(const QString &key)
    {
        const QString text = string(key);
        if (text.isNull())
            return {};
        QString why;
        const PartialDate d = PartialDate::parse(text, &why);
        if (!d.isValid())
            report(key, why);
        return d;
    }

    QJsonArray array(const QString &key, bool required = true)
    {
        const QJsonValue v = lookup(key);
        if (v.isUndefined()) {
            if (required)
                report(key, QCoreApplication::translate("DatasetJsonReader", "missing"));
            return {};
        }
        if (!v.isArray()) {
            report(key, QCoreApplication::translate("DatasetJsonReader", "must be an array"));
            return {};
        }
        return v.toArray();
    }

    QStringList stringList(const QString &key)
    {
        QStringList out;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].isString())
                report(QStringLiteral("%1[%2]").arg(key).arg(i),
                       QCoreApplication::translate("DatasetJsonReader", "must be a string"));
            else
                out.append(items[i].toString());
        }
        return out;
    }

    /// Reports keys this reader never asked for: a misspelt key must not vanish silently.
    void rejectUnknownKeys()
    {
        // Keys are unique, so when every key present was asked for there is nothing to report,
        // and the scan below (a string per key) is skipped for the common, well-formed record.
        if (m_found == m_object.size())
            return;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!m_known.contains(it.key()))
                report(it.key(), QCoreApplication::translate("DatasetJsonReader", "unknown field"));
    }

    void report(const QString &field, const QString &message)
    {
        m_problems->append({m_file, m_record.text(), field, message, 0, 0});
    }

    const RecordName &record() const { return m_record; }

    /// The value as it is, for checks of its own.
    QJsonValue value(const QString &key) { return lookup(key); }

private:
    QJsonValue lookup(const QString &key)
    {
        QJsonValue v = m_object.value(key);
        if (!m_known.contains(key)) {
            m_known.append(key);
            m_found += v.isUndefined() ? 0 : 1;
        }
        return v;
    }

    QString stringValue(const QString &key, const QJsonValue &v, bool required)
    {
        if (v.isUndefined()) {
            if (required)
                report(key, QCoreApplication::translate("DatasetJsonReader", "missing"));
            return {};
        }
        if (!v.isString()) {
            report(key, QCoreApplication::translate("DatasetJsonReader", "must be a string"));
            return {};
        }
        // Its characters are the validator's to judge (TextRules), as for a database's text.
        return v.toString();
    }

    const QJsonObject m_object;
    const RecordName &m_record;
    const QString &m_file;
    Problems *m_problems;
    QVarLengthArray<QString, 12> m_known; // few keys: a scan beats hashing
    qsizetype m_found = 0;                // how many of m_known the object holds
};

// `firstIndex` is the index of `items[0]` in the whole array, for a part of it.
template <typename Fn>
void forEachObject(const QJsonArray &items, qsizetype from, qsizetype to, qsizetype firstIndex,
                   const char *singular, const char *plural, const QString &file,
                   Problems *problems, Fn readOne)
{
    for (qsizetype i = from; i < to; ++i) {
        const QJsonValue item = items[i];
        const RecordName name(singular, plural, int(firstIndex + i), JsonRecordId{item});
        if (!item.isObject()) {
            problems->append({file,
                              name.text(),
                              {},
                              QCoreApplication::translate("DatasetJsonReader", "must be an object"),
                              0,
                              0});
            continue;
        }
        RecordReader r(item.toObject(), name, file, problems);
        readOne(r);
        r.rejectUnknownKeys();
    }
}

template <typename Fn>
void forEachObject(const QJsonArray &items, const char *singular, const char *plural,
                   const QString &file, Problems *problems, Fn readOne)
{
    forEachObject(items, 0, items.size(), 0, singular, plural, file, problems, readOne);
}

// "citations[2]": built only when a nested record has a problem.
QString elementField(const char *array, int index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(array)).arg(index);
}

// A nested reader's problems name fields of the nested object: prefix them with that object's
// place in its claim.
void prefixFields(Problems *problems, qsizetype from, const QString &field)
{
    for (qsizetype i = from; i < problems->size(); ++i)
        (*problems)[i].field.prepend(field + QLatin1Char('.'));
}

Citation readCitation(const QJsonValue &value, int index, RecordReader &claim, const QString &file,
                      Problems *problems)
{
    Citation c;
    if (!value.isObject()) {
        claim.report(elementField("citations", index),
                     QCoreApplication::translate("DatasetJsonReader", "must be an object"));
        return c;
    }
    const qsizetype before = problems->size();
    RecordReader r(value.toObject(), claim.record(), file, problems);
    c.source = r.string(QStringLiteral("source"));
    c.paragraph = r.integer(QStringLiteral("paragraph"));
    c.quote = r.string(QStringLiteral("quote"));
    c.prefix = r.string(QStringLiteral("prefix"), false);
    c.suffix = r.string(QStringLiteral("suffix"), false);
    r.rejectUnknownKeys();
    if (problems->size() > before)
        prefixFields(problems, before, elementField("citations", index));
    return c;
}

ActorRef readActorRef(const QJsonValue &value, int index, RecordReader &claim, const QString &file,
                      Problems *problems)
{
    ActorRef ref;
    if (value.isString()) { // a bare id is accepted: the role is optional
        ref.actor = value.toString();
        return ref;
    }
    if (!value.isObject()) {
        claim.report(
            elementField("actors", index),
            QCoreApplication::translate("DatasetJsonReader",
                                        "must be an object {\"actor\", \"role\"} or an actor id"));
        return ref;
    }
    const qsizetype before = problems->size();
    RecordReader r(value.toObject(), claim.record(), file, problems);
    ref.actor = r.string(QStringLiteral("actor"));
    ref.role = r.string(QStringLiteral("role"), false);
    r.rejectUnknownKeys();
    if (problems->size() > before)
        prefixFields(problems, before, elementField("actors", index));
    return ref;
}

void readClaim(RecordReader &r, Claim &c, const QString &file, Problems *problems)
{
    c.id = r.string(QStringLiteral("id"));
    c.date = r.date(QStringLiteral("date"));
    c.dateNote = r.string(QStringLiteral("date_note"), false);
    c.kind = r.string(QStringLiteral("kind"));
    c.statement = r.string(QStringLiteral("statement"));
    const QJsonArray actors = r.array(QStringLiteral("actors"));
    c.actors.reserve(actors.size());
    for (int i = 0; i < actors.size(); ++i)
        c.actors.append(readActorRef(actors[i], i, r, file, problems));
    c.claimant = r.nullableString(QStringLiteral("claimant"));
    c.respondsTo = r.nullableString(QStringLiteral("responds_to"));
    const QJsonArray citations = r.array(QStringLiteral("citations"));
    c.citations.reserve(citations.size());
    for (int i = 0; i < citations.size(); ++i)
        c.citations.append(readCitation(citations[i], i, r, file, problems));
}

// One stretch of the claims array, with the problems found in it, in order.
struct ClaimsPart
{
    QList<Claim> claims;
    Problems problems;
    JsonStrictCheck::Finding strict; // offsets in the whole file
};

ClaimsPart readClaims(const QJsonArray &items, qsizetype from, qsizetype to, qsizetype firstIndex,
                      const QString &file)
{
    ClaimsPart part;
    part.claims.reserve(to - from);
    forEachObject(items, from, to, firstIndex, "claim", "claims", file, &part.problems,
                  [&](RecordReader &r) {
                      Claim c;
                      readClaim(r, c, file, &part.problems);
                      part.claims.append(std::move(c));
                  });
    return part;
}

// Parses and converts a large claims array part by part on two threads, each part's document
// freed once converted: the whole document is never held, and both cores parse. Gives nothing
// when a part does not parse into the elements the splitter counted; the caller then parses the
// whole document, whose error message and position are exact.
std::optional<ClaimsPart> readClaimParts(const QByteArray &bytes, const JsonArrayParts &parts,
                                         const QString &file)
{
    const QList<JsonArrayParts::Part> &list = parts.parts();
    std::vector<ClaimsPart> done(size_t(list.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<bool> failed{false};
    auto work = [&] {
        for (qsizetype k = next++; k < list.size() && !failed; k = next++) {
            const JsonArrayParts::Part &part = list[k];
            if (auto plain = PlainClaimParser::parse(
                    QByteArrayView(bytes).sliced(part.begin, part.end - part.begin),
                    part.elements)) {
                done[size_t(k)].claims = std::move(*plain);
                continue;
            }
            QJsonParseError error{};
            const QByteArray text = parts.partDocument(bytes, k);
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            const QJsonArray items = doc.object().value(QLatin1String("claims")).toArray();
            if (error.error != QJsonParseError::NoError || items.size() != list[k].elements) {
                failed = true;
                return;
            }
            done[size_t(k)] = readClaims(items, 0, items.size(), list[k].firstIndex, file);
            // The plain parser declines what the strict check looks for: only these parts need it.
            JsonStrictCheck::Finding &strict = done[size_t(k)].strict;
            strict = JsonStrictCheck::first(text);
            if (strict.kind != JsonStrictCheck::Kind::None)
                strict.offset = parts.offsetInPart(k, strict.offset);
        }
    };
    auto helper = std::async(std::launch::async, work);
    work();
    helper.get();
    if (failed)
        return std::nullopt;
    // Problems keep the order of a single pass: part by part.
    ClaimsPart all;
    all.claims.reserve(parts.elements());
    for (ClaimsPart &part : done) {
        all.claims.append(std::move(part.claims));
        all.problems.append(std::move(part.problems));
        if (all.strict.kind == JsonStrictCheck::Kind::None)
            all.strict = std::move(part.strict);
    }
    return all;
}

// Missing, a version this program does not read, and something that is no version at all are told
// apart: 0 is a wrong version, not a missing one.
void checkFormatVersion(RecordReader &top)
{
    const QString key = QStringLiteral("format_version");
    const QJsonValue v = top.value(key);
    const double d = v.toDouble();
    if (v.isUndefined())
        top.report(key, QCoreApplication::translate("DatasetJsonReader", "missing"));
    else if (!v.isDouble() || d != std::floor(d))
        top.report(
            key, QCoreApplication::translate(
                     "DatasetJsonReader", "must be a whole number (this program reads version %1)")
                     .arg(Dataset::FormatVersion));
    else if (d != Dataset::FormatVersion)
        top.report(key, QCoreApplication::translate(
                            "DatasetJsonReader",
                            "version %1 is not supported (this program reads version %2)")
                            .arg(QString::number(d, 'g', 17))
                            .arg(Dataset::FormatVersion));
}

// Everything but the parse: fills `d` from the document's top-level object.
// `claimsRead`, when given, holds the claims already read from parts; the document's own claims
// array is then empty.
void readDocument(const QJsonObject &root, const QString &fileName, Dataset &d, Problems &problems,
                  ClaimsPart *claimsRead)
{
    const RecordName topName{QString()};
    RecordReader top(root, topName, fileName, &problems);
    const QString format = top.string(QStringLiteral("format"));
    if (!format.isNull() && format != QLatin1String("dossier-dataset"))
        top.report(QStringLiteral("format"),
                   QCoreApplication::translate("DatasetJsonReader", "must be \"dossier-dataset\""));
    checkFormatVersion(top);
    d.info.version = top.string(QStringLiteral("version"));
    d.info.title = top.string(QStringLiteral("title"));
    d.info.description = top.string(QStringLiteral("description"), false);

    forEachObject(top.array(QStringLiteral("sources")), "source", "sources", fileName, &problems,
                  [&](RecordReader &r) {
                      Source s;
                      s.id = r.string(QStringLiteral("id"));
                      s.file = r.string(QStringLiteral("file"));
                      s.outlet = r.string(QStringLiteral("outlet"));
                      s.title = r.string(QStringLiteral("title"));
                      s.author = r.nullableString(QStringLiteral("author"));
                      s.published = r.date(QStringLiteral("published"));
                      s.publishedNote = r.string(QStringLiteral("published_note"), false);
                      s.language = r.string(QStringLiteral("language"));
                      s.sha256 = r.string(QStringLiteral("sha256"));
                      d.sources.append(std::move(s));
                  });
    forEachObject(top.array(QStringLiteral("actors")), "actor", "actors", fileName, &problems,
                  [&](RecordReader &r) {
                      Actor a;
                      a.id = r.string(QStringLiteral("id"));
                      a.name = r.string(QStringLiteral("name"));
                      a.kind = r.string(QStringLiteral("kind"));
                      a.aliases = r.stringList(QStringLiteral("aliases"));
                      a.description = r.string(QStringLiteral("description"), false);
                      d.actors.append(std::move(a));
                  });
    const QJsonArray claims = top.array(QStringLiteral("claims"));
    if (claimsRead) {
        d.claims = std::move(claimsRead->claims);
        problems.append(std::move(claimsRead->problems));
    } else {
        ClaimsPart part = readClaims(claims, 0, claims.size(), 0, fileName);
        d.claims = std::move(part.claims);
        problems.append(std::move(part.problems));
    }
    forEachObject(top.array(QStringLiteral("conflicts"), false), "conflict", "conflicts", fileName,
                  &problems, [&](RecordReader &r) {
                      Conflict k;
                      k.id = r.string(QStringLiteral("id"));
                      k.claims = r.stringList(QStringLiteral("claims"));
                      k.about = r.string(QStringLiteral("about"));
                      d.conflicts.append(std::move(k));
                  });
    top.rejectUnknownKeys();
}

// The first in text order of what the claims' parts and the rest of the document hold.
JsonStrictCheck::Finding firstFinding(const JsonStrictCheck::Finding &inClaims,
                                      const QByteArray &rest, const JsonArrayParts &parts)
{
    JsonStrictCheck::Finding inRest = JsonStrictCheck::first(rest);
    if (inRest.kind == JsonStrictCheck::Kind::None)
        return inClaims;
    inRest.offset = parts.offsetInRest(inRest.offset);
    if (inClaims.kind != JsonStrictCheck::Kind::None && inClaims.offset < inRest.offset)
        return inClaims;
    return inRest;
}

// Reads to the end, or gives nothing once more than `limit` bytes came: the size a pipe or a
// device such as /dev/zero reports (0) says nothing of what it holds. `sizeHint` (the size of a
// regular file) lets the file be read in one piece.
std::optional<QByteArray> readAtMost(QFile &file, qint64 sizeHint, qint64 limit)
{
    constexpr qint64 Chunk = qint64(1) << 20;
    QByteArray bytes;
    bytes.reserve(qMin(sizeHint, limit) + 1);
    for (;;) {
        // One byte more than the limit tells a file of exactly the limit from a larger one.
        const qint64 want =
            qMin(qMax<qint64>(bytes.capacity() - bytes.size(), Chunk), limit + 1 - bytes.size());
        const qsizetype had = bytes.size();
        bytes.resize(had + want);
        const qint64 got = file.read(bytes.data() + had, want);
        bytes.resize(had + qMax<qint64>(got, 0));
        if (got <= 0)
            return bytes;
        if (bytes.size() > limit)
            return std::nullopt;
    }
}

} // namespace

DatasetJsonReader::Result DatasetJsonReader::read(const QByteArray &bytes, const QString &fileName,
                                                  qsizetype partBytes)
{
    Result result;
    Problems &problems = result.problems;
    auto fileProblem = [&](const QString &message, qsizetype offset) {
        Problem p{fileName, {}, {}, message, 0, 0};
        if (offset >= 0)
            TextUtil::lineAndColumn(bytes, offset, &p.line, &p.column);
        problems.append(p);
    };

    // Checking the encoding and hashing each read the whole file, as parsing does: they run
    // beside the parse, whose work is wasted only on a file that is not UTF-8.
    auto encodingAndHash = std::async(std::launch::async, [&bytes] {
        std::pair<qsizetype, QByteArray> out{TextUtil::firstInvalidUtf8(bytes), {}};
        if (out.first < 0)
            out.second = TextUtil::sha256Hex(bytes).toLatin1();
        return out;
    });
    QJsonParseError error{};
    QJsonDocument doc;
    std::optional<ClaimsPart> claims;
    JsonStrictCheck::Finding strict;
    if (bytes.size() >= 2 * partBytes) {
        if (const auto parts = JsonArrayParts::find(bytes, "claims", partBytes)) {
            claims = readClaimParts(bytes, *parts, fileName);
            if (claims) {
                const QByteArray rest = parts->rest(bytes);
                doc = QJsonDocument::fromJson(rest, &error);
                if (error.error != QJsonParseError::NoError)
                    claims.reset();
                else
                    strict = firstFinding(claims->strict, rest, *parts);
            }
        }
    }
    if (!claims) {
        doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError)
            strict = JsonStrictCheck::first(bytes);
    }
    const auto [bad, sha256] = encodingAndHash.get();
    if (bad >= 0) {
        fileProblem(QCoreApplication::translate(
                        "DatasetJsonReader",
                        "invalid UTF-8 (byte 0x%1 at offset %2); the dataset must be UTF-8")
                        .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'))
                        .arg(bad),
                    bad);
        return result;
    }
    result.sha256 = sha256;
    if (error.error != QJsonParseError::NoError) {
        fileProblem(QCoreApplication::translate("DatasetJsonReader", "malformed JSON: %1")
                        .arg(error.errorString()),
                    error.offset);
        return result;
    }
    if (strict.kind != JsonStrictCheck::Kind::None) {
        fileProblem(JsonStrictCheck::describe(strict), strict.offset);
        return result;
    }
    if (!doc.isObject()) {
        fileProblem(
            QCoreApplication::translate("DatasetJsonReader", "the top level must be a JSON object"),
            -1);
        return result;
    }

    readDocument(doc.object(), fileName, result.dataset, problems, claims ? &*claims : nullptr);
    // Freeing the parsed document costs about what indexing the records does: both at once.
    auto release =
        std::async(std::launch::async, [doc = std::move(doc)]() mutable { doc = QJsonDocument(); });
    result.dataset.reindex();
    release.get();
    return result;
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
    return read(*bytes, path);
}
