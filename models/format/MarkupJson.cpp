#include "models/format/MarkupJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace {

const QString FormatName = QStringLiteral("dossier-markup");
constexpr int Version = 1;

bool isColour(const QString &colour)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return hex.match(colour).hasMatch();
}

// Every key of `object` must be one of `known`: a misspelt key would otherwise drop markup.
void checkKeys(const QJsonObject &object, const QStringList &known, const QString &where,
               QStringList *problems)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            problems->append(MarkupJson::tr("%1: unknown field \"%2\"").arg(where, it.key()));
}

} // namespace

QByteArray MarkupJson::write(const Markup &markup)
{
    QStringList ids = markup.claims().keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray claims;
    for (const QString &id : ids) {
        const ClaimMarkup m = markup.of(id);
        QJsonObject claim{{QStringLiteral("claim"), id}};
        if (m.key)
            claim.insert(QStringLiteral("key"), true);
        if (!m.tags.isEmpty())
            claim.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
        if (!m.note.isEmpty())
            claim.insert(QStringLiteral("note"), m.note);
        claims.append(claim);
    }
    const QHash<QString, QString> given = markup.colours();
    QStringList tags = given.keys();
    std::sort(tags.begin(), tags.end());
    QJsonArray colours;
    for (const QString &tag : tags)
        colours.append(QJsonObject{{QStringLiteral("tag"), tag},
                                   {QStringLiteral("colour"), given.value(tag)}});
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("claims"), claims},
                           {QStringLiteral("tagColours"), colours}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Markup> MarkupJson::read(const QByteArray &bytes, QStringList *problems)
{
    problems->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems->append(
            tr("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problems->append(tr("the markup must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    checkKeys(root,
              {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("claims"),
               QStringLiteral("tagColours")},
              tr("markup"), problems);
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        problems->append(tr("markup: \"format\" must be \"%1\"").arg(FormatName));
    if (root.value(QStringLiteral("version")) != QJsonValue(Version))
        problems->append(tr("markup: \"version\" must be %1").arg(Version));

    Markup markup;
    const QJsonValue claims = root.value(QStringLiteral("claims"));
    if (!claims.isArray() && !claims.isUndefined())
        problems->append(tr("markup: \"claims\" must be a list"));
    const QJsonArray claimList = claims.toArray();
    for (qsizetype i = 0; i < claimList.size(); ++i) {
        const QString where = tr("claims[%1]").arg(i);
        if (!claimList[i].isObject()) {
            problems->append(tr("%1: must be an object").arg(where));
            continue;
        }
        const QJsonObject claim = claimList[i].toObject();
        checkKeys(claim,
                  {QStringLiteral("claim"), QStringLiteral("key"), QStringLiteral("tags"),
                   QStringLiteral("note")},
                  where, problems);
        const QJsonValue id = claim.value(QStringLiteral("claim"));
        const QJsonValue key = claim.value(QStringLiteral("key"));
        const QJsonValue tags = claim.value(QStringLiteral("tags"));
        const QJsonValue note = claim.value(QStringLiteral("note"));
        if (!id.isString() || id.toString().isEmpty())
            problems->append(tr("%1: \"claim\" must be a claim id").arg(where));
        else if (!markup.of(id.toString()).isEmpty())
            problems->append(tr("%1: claim %2 has markup twice").arg(where, id.toString()));
        if (!key.isBool() && !key.isUndefined())
            problems->append(tr("%1: \"key\" must be true or false").arg(where));
        if (!note.isString() && !note.isUndefined())
            problems->append(tr("%1: \"note\" must be text").arg(where));
        ClaimMarkup m{.key = key.toBool(), .tags = {}, .note = note.toString()};
        if (!tags.isArray() && !tags.isUndefined())
            problems->append(tr("%1: \"tags\" must be a list").arg(where));
        for (const QJsonValue &tag : tags.toArray()) {
            const QString why =
                tag.isString() ? MarkupTags::whyNotATag(tag.toString()) : tr("a tag must be text");
            if (!why.isEmpty())
                problems->append(tr("%1: %2").arg(where, why));
            else
                m = m.withTag(tag.toString(), true);
        }
        if (id.isString() && !id.toString().isEmpty())
            markup.set(id.toString(), m);
    }

    const QJsonValue colours = root.value(QStringLiteral("tagColours"));
    if (!colours.isArray() && !colours.isUndefined())
        problems->append(tr("markup: \"tagColours\" must be a list"));
    const QJsonArray colourList = colours.toArray();
    for (qsizetype i = 0; i < colourList.size(); ++i) {
        const QString where = tr("tagColours[%1]").arg(i);
        const QJsonObject entry = colourList[i].toObject();
        checkKeys(entry, {QStringLiteral("tag"), QStringLiteral("colour")}, where, problems);
        const QString tag = entry.value(QStringLiteral("tag")).toString();
        const QString colour = entry.value(QStringLiteral("colour")).toString();
        const QString why = MarkupTags::whyNotATag(tag);
        if (!colourList[i].isObject())
            problems->append(tr("%1: must be an object").arg(where));
        else if (!why.isEmpty())
            problems->append(tr("%1: %2").arg(where, why));
        else if (!isColour(colour))
            problems->append(tr("%1: \"colour\" must be #rrggbb").arg(where));
        else
            markup.setColour(tag, colour);
    }
    if (!problems->isEmpty())
        return std::nullopt;
    return markup;
}

QString MarkupJson::pathBeside(const QString &datasetPath)
{
    QString stem = datasetPath;
    if (stem.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        stem.chop(5);
    return stem + QStringLiteral(".markup.json");
}
