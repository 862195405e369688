#include "DatasetJsonReader.h"

#include "TextUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>
#include <cmath>
#include <future>

namespace {

// Reads one JSON object field by field, recording what is wrong with it.
class RecordReader
{
public:
    RecordReader(const QJsonObject &object, QString record, QString file, Problems *problems)
        : m_object(object), m_record(std::move(record)), m_file(std::move(file)),
          m_problems(problems)
    {
    }

    QString string(const QString &key, bool required = true)
    {
        m_known.append(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                report(key, QCoreApplication::translate("DatasetJsonReader", "missing"));
            return {};
        }
        if (!v.isString()) {
            report(key, QCoreApplication::translate("DatasetJsonReader", "must be a string"));
            return {};
        }
        const QString s = v.toString();
        if (TextUtil::hasControlCharacters(s))
            report(key, QCoreApplication::translate("DatasetJsonReader",
                                                    "holds a control character (NUL or similar)"));
        return s;
    }

    /// A string or null; null and absent both give an empty string.
    QString nullableString(const QString &key)
    {
        m_known.append(key);
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        return string(key);
    }

    int integer(const QString &key)
    {
        m_known.append(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            report(key, QCoreApplication::translate("DatasetJsonReader", "missing"));
            return 0;
        }
        const double d = v.toDouble(-1.0);
        // Range first: converting a huge double to an integer is undefined (found by fuzzing).
        if (!v.isDouble() || !(d >= 0 && d <= 1e9) || d != std::floor(d)) {
            report(key, QCoreApplication::translate("DatasetJsonReader",
                                                    "must be a whole number from 0 to 1000000000"));
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
        m_known.append(key);
        const QJsonValue v = m_object.value(key);
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
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_known.contains(it.key()))
                report(it.key(), QCoreApplication::translate("DatasetJsonReader", "unknown field"));
    }

    void report(const QString &field, const QString &message)
    {
        m_problems->append({m_file, m_record, field, message, 0, 0});
    }

    const QString &record() const { return m_record; }

private:
    QJsonObject m_object;
    QString m_record;
    QString m_file;
    Problems *m_problems;
    QVarLengthArray<QString, 12> m_known; // few keys: a scan beats hashing
};

// "claim c012" when the record has a usable id, else "claims[12]".
QString recordName(const char *singular, const char *plural, const QJsonValue &value, int index)
{
    const QString id = value.toObject().value(QStringLiteral("id")).toString();
    if (!id.isEmpty() && id.size() <= 64 && !TextUtil::hasControlCharacters(id))
        return QStringLiteral("%1 %2").arg(QLatin1String(singular), id);
    return QStringLiteral("%1[%2]").arg(QLatin1String(plural)).arg(index);
}

template <typename Fn>
void forEachObject(const QJsonArray &items, const char *singular, const char *plural,
                   const QString &file, Problems *problems, Fn readOne)
{
    for (int i = 0; i < items.size(); ++i) {
        const QString name = recordName(singular, plural, items[i], i);
        if (!items[i].isObject()) {
            problems->append({file,
                              name,
                              {},
                              QCoreApplication::translate("DatasetJsonReader", "must be an object"),
                              0,
                              0});
            continue;
        }
        RecordReader r(items[i].toObject(), name, file, problems);
        readOne(r);
        r.rejectUnknownKeys();
    }
}

Citation readCitation(const QJsonValue &value, const QString &field, RecordReader &claim,
                      const QString &file, Problems *problems)
{
    Citation c;
    if (!value.isObject()) {
        claim.report(field, QCoreApplication::translate("DatasetJsonReader", "must be an object"));
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
    for (qsizetype i = before; i < problems->size(); ++i)
        (*problems)[i].field.prepend(field + QLatin1Char('.'));
    return c;
}

ActorRef readActorRef(const QJsonValue &value, const QString &field, RecordReader &claim,
                      const QString &file, Problems *problems)
{
    ActorRef ref;
    if (value.isString()) { // a bare id is accepted: the role is optional
        ref.actor = value.toString();
        return ref;
    }
    if (!value.isObject()) {
        claim.report(field, QCoreApplication::translate(
                                "DatasetJsonReader",
                                "must be an object {\"actor\", \"role\"} or an actor id"));
        return ref;
    }
    const qsizetype before = problems->size();
    RecordReader r(value.toObject(), claim.record(), file, problems);
    ref.actor = r.string(QStringLiteral("actor"));
    ref.role = r.string(QStringLiteral("role"), false);
    r.rejectUnknownKeys();
    for (qsizetype i = before; i < problems->size(); ++i)
        (*problems)[i].field.prepend(field + QLatin1Char('.'));
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
    for (int i = 0; i < actors.size(); ++i)
        c.actors.append(
            readActorRef(actors[i], QStringLiteral("actors[%1]").arg(i), r, file, problems));
    c.claimant = r.nullableString(QStringLiteral("claimant"));
    c.respondsTo = r.nullableString(QStringLiteral("responds_to"));
    const QJsonArray citations = r.array(QStringLiteral("citations"));
    for (int i = 0; i < citations.size(); ++i)
        c.citations.append(
            readCitation(citations[i], QStringLiteral("citations[%1]").arg(i), r, file, problems));
}

} // namespace

DatasetJsonReader::Result DatasetJsonReader::read(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    Problems &problems = result.problems;
    auto fileProblem = [&](const QString &message, qsizetype offset) {
        Problem p{fileName, {}, {}, message, 0, 0};
        if (offset >= 0)
            TextUtil::lineAndColumn(bytes, offset, &p.line, &p.column);
        problems.append(p);
    };

    if (const qsizetype bad = TextUtil::firstInvalidUtf8(bytes); bad >= 0) {
        fileProblem(QCoreApplication::translate(
                        "DatasetJsonReader",
                        "invalid UTF-8 (byte 0x%1 at offset %2); the dataset must be UTF-8")
                        .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'))
                        .arg(bad),
                    bad);
        return result;
    }
    QJsonParseError error{};
    // Hashing a large file costs as much as parsing it: do both at once.
    auto hash =
        std::async(std::launch::async, [&bytes] { return TextUtil::sha256Hex(bytes).toLatin1(); });
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    result.sha256 = hash.get();
    if (error.error != QJsonParseError::NoError) {
        fileProblem(QCoreApplication::translate("DatasetJsonReader", "malformed JSON: %1")
                        .arg(error.errorString()),
                    error.offset);
        return result;
    }
    if (!doc.isObject()) {
        fileProblem(
            QCoreApplication::translate("DatasetJsonReader", "the top level must be a JSON object"),
            -1);
        return result;
    }

    RecordReader top(doc.object(), {}, fileName, &problems);
    const QString format = top.string(QStringLiteral("format"));
    if (!format.isNull() && format != QLatin1String("dossier-dataset"))
        top.report(QStringLiteral("format"),
                   QCoreApplication::translate("DatasetJsonReader", "must be \"dossier-dataset\""));
    const int formatVersion = top.integer(QStringLiteral("format_version"));
    if (formatVersion != Dataset::FormatVersion && formatVersion != 0)
        top.report(
            QStringLiteral("format_version"),
            QCoreApplication::translate(
                "DatasetJsonReader", "version %1 is not supported (this program reads version %2)")
                .arg(formatVersion)
                .arg(Dataset::FormatVersion));
    Dataset &d = result.dataset;
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
                      d.sources.append(s);
                  });
    forEachObject(top.array(QStringLiteral("actors")), "actor", "actors", fileName, &problems,
                  [&](RecordReader &r) {
                      Actor a;
                      a.id = r.string(QStringLiteral("id"));
                      a.name = r.string(QStringLiteral("name"));
                      a.kind = r.string(QStringLiteral("kind"));
                      a.aliases = r.stringList(QStringLiteral("aliases"));
                      a.description = r.string(QStringLiteral("description"), false);
                      d.actors.append(a);
                  });
    forEachObject(top.array(QStringLiteral("claims")), "claim", "claims", fileName, &problems,
                  [&](RecordReader &r) {
                      Claim c;
                      readClaim(r, c, fileName, &problems);
                      d.claims.append(c);
                  });
    forEachObject(top.array(QStringLiteral("conflicts"), false), "conflict", "conflicts", fileName,
                  &problems, [&](RecordReader &r) {
                      Conflict k;
                      k.id = r.string(QStringLiteral("id"));
                      k.claims = r.stringList(QStringLiteral("claims"));
                      k.about = r.string(QStringLiteral("about"));
                      d.conflicts.append(k);
                  });
    top.rejectUnknownKeys();
    d.reindex();
    return result;
}

DatasetJsonReader::Result DatasetJsonReader::readFile(const QString &path)
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
    if (info.size() > MaxFileSize)
        return fail(QCoreApplication::translate(
                        "DatasetJsonReader", "is %1 MB, larger than the %2 MB this program reads")
                        .arg(info.size() >> 20)
                        .arg(MaxFileSize >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("DatasetJsonReader", "cannot be read: %1")
                        .arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("DatasetJsonReader", "cannot be read: %1")
                        .arg(file.errorString()));
    return read(bytes, path);
}
