#include "models/store/ChangeJson.h"

#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr const char *TableNames[] = {"source", "actor", "claim", "conflict"};
// The dataset file's list each table's records stand in.
constexpr const char *ListNames[] = {"sources", "actors", "claims", "conflicts"};

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray recordJson(const std::optional<Record> &record)
{
    if (!record)
        return QByteArrayLiteral("null");
    return std::visit([](const auto &r) { return DatasetJsonWriter::record(r); }, *record);
}

// A record is read by the reader of dataset files, as the only record of a dataset: one
// definition of a record's JSON, read as it was written.
std::optional<Record> readRecord(RecordTable table, const QJsonObject &object, QString *error)
{
    QJsonObject dataset{{QStringLiteral("format"), QStringLiteral("dossier-dataset")},
                        {QStringLiteral("format_version"), Dataset::FormatVersion},
                        {QStringLiteral("version"), QString()},
                        {QStringLiteral("title"), QString()},
                        {QStringLiteral("sources"), QJsonArray()},
                        {QStringLiteral("actors"), QJsonArray()},
                        {QStringLiteral("claims"), QJsonArray()}};
    dataset.insert(QLatin1String(ListNames[int(table)]), QJsonArray{object});
    const auto read =
        DatasetJsonReader::read(QJsonDocument(dataset).toJson(), QStringLiteral("change"));
    if (!read.ok()) {
        *error = read.problems.first().toString();
        return std::nullopt;
    }
    const Dataset &d = read.dataset;
    switch (table) {
    case RecordTable::Source:
        return Record(d.sources.value(0));
    case RecordTable::Actor:
        return Record(d.actors.value(0));
    case RecordTable::Claim:
        return Record(d.claims.value(0));
    case RecordTable::Conflict:
        break;
    }
    return Record(d.conflicts.value(0));
}

QJsonObject recordObject(const std::optional<Record> &record)
{
    return record ? QJsonDocument::fromJson(recordJson(record)).object() : QJsonObject();
}

QString plainText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
            items.append(item.toString());
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .mid(1);
}

} // namespace

namespace ChangeJson {

QList<FieldChange> changedFields(const RecordOperation &operation)
{
    const QJsonObject before = recordObject(operation.before);
    const QJsonObject after = recordObject(operation.after);
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    QList<FieldChange> changes;
    for (const QString &key : std::as_const(keys))
        if (before.value(key) != after.value(key))
            changes.append({key, plainText(before.value(key)), plainText(after.value(key))});
    return changes;
}

QString tableName(RecordTable table)
{
    return QLatin1String(TableNames[int(table)]);
}

std::optional<RecordTable> tableNamed(const QString &name)
{
    for (int t = 0; t < int(std::size(TableNames)); ++t)
        if (name == QLatin1String(TableNames[t]))
            return RecordTable(t);
    return std::nullopt;
}

QByteArray write(const Change &change)
{
    QByteArray out = "{\"operations\": [";
    for (qsizetype i = 0; i < change.operations.size(); ++i) {
        const RecordOperation &op = change.operations[i];
        out += i ? ",\n  {" : "\n  {";
        out += "\"table\": " + jsonString(tableName(op.table()));
        out += ", \"id\": " + jsonString(op.id);
        out += ", \"expected_version\": " + QByteArray::number(op.expectedVersion);
        out += ", \"position\": " + QByteArray::number(op.position);
        out += ",\n    \"before\": " + recordJson(op.before);
        out += ",\n    \"after\": " + recordJson(op.after);
        out += '}';
    }
    out += "\n]}\n";
    return out;
}

std::optional<Change> read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("operations")).isArray()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? parseError.errorString()
                     : QStringLiteral("not a change: no list of operations");
        return std::nullopt;
    }
    Change change;
    const QJsonArray operations = doc.object().value(QLatin1String("operations")).toArray();
    for (const QJsonValue &value : operations) {
        const QJsonObject o = value.toObject();
        const auto table = tableNamed(o.value(QLatin1String("table")).toString());
        if (!table) {
            *error = QStringLiteral("an operation names no table Dossier knows");
            return std::nullopt;
        }
        RecordOperation op;
        op.id = o.value(QLatin1String("id")).toString();
        op.expectedVersion = o.value(QLatin1String("expected_version")).toInt();
        op.position = o.value(QLatin1String("position")).toInt(-1);
        const std::pair<const char *, std::optional<Record> *> sides[] = {{"before", &op.before},
                                                                          {"after", &op.after}};
        for (const auto &[key, record] : sides) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isNull() || v.isUndefined())
                continue;
            *record = readRecord(*table, v.toObject(), error);
            if (!*record)
                return std::nullopt;
        }
        change.operations.append(std::move(op));
    }
    return change;
}

} // namespace ChangeJson
