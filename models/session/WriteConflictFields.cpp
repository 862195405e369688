#include "models/session/WriteConflictFields.h"

#include "models/data/ActorKinds.h"
#include "models/data/ActorRoles.h"
#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"
#include "models/dossier/ChangeDescription.h"
#include "models/format/DatasetJsonWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace WriteConflictFields {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WriteConflictFields", text);
}

// Dataset text as a cell shows it: isolated, and said to be empty rather than left blank.
QString value(const QString &text)
{
    return text.isEmpty() ? tr("(empty)") : TextUtil::isolated(text);
}

QString joined(const QStringList &texts)
{
    QStringList shown;
    for (const QString &text : texts)
        shown.append(TextUtil::isolated(text));
    return shown.isEmpty() ? tr("(none)") : shown.join(QStringLiteral(", "));
}

// A field: its name in the authoring format (what decides whether the two sides differ,
// with the names it also covers) and its value in words.
struct Field
{
    QString name;
    QString text;
    QStringList alsoCovers = {};
};

QList<Field> fieldsOf(const Source &s, const Dataset &)
{
    return {
        {QStringLiteral("id"), value(s.id)},
        {QStringLiteral("label"), value(s.label)},
        {QStringLiteral("title"), value(s.title)},
        {QStringLiteral("outlet"), value(s.outlet)},
        {QStringLiteral("author"), s.author.isEmpty() ? tr("unknown") : value(s.author)},
        {QStringLiteral("published"), s.published.toDisplayString(QLocale())},
        {QStringLiteral("published_note"), value(s.publishedNote)},
        {QStringLiteral("notes"), value(s.notes)},
        {QStringLiteral("language"), value(s.language)},
        {QStringLiteral("file"), value(s.file)},
        {QStringLiteral("sha256"), value(s.sha256)},
    };
}

QList<Field> fieldsOf(const Actor &a, const Dataset &)
{
    return {
        {QStringLiteral("id"), value(a.id)},
        {QStringLiteral("name"), value(a.name)},
        {QStringLiteral("kind"), ActorKinds::label(a.kind)},
        {QStringLiteral("aliases"), joined(a.aliases)},
        {QStringLiteral("description"), value(a.description)},
    };
}

QString actorsOf(const Claim &c, const Dataset &dataset)
{
    QStringList actors;
    for (const ActorRef &ref : c.actors) {
        const QString name = TextUtil::isolated(dataset.actorName(ref.actor));
        actors.append(
            ref.role.isEmpty()
                ? name
                : tr("%1 (%2)").arg(name, TextUtil::isolated(ActorRoles::label(ref.role))));
    }
    return actors.isEmpty() ? tr("(none)") : actors.join(QStringLiteral(", "));
}

QString citationsOf(const Claim &c, const Dataset &dataset)
{
    QStringList quotes;
    for (const Citation &cit : c.citations)
        quotes.append(tr("“%1” — %2, paragraph %3")
                          .arg(TextUtil::isolated(cit.quote),
                               TextUtil::isolated(dataset.sourceLabel(cit.source)),
                               QString::number(cit.paragraph)));
    return quotes.isEmpty() ? tr("(none)") : quotes.join(u'\n');
}

QString respondsToOf(const Claim &c, const Dataset &dataset)
{
    if (c.respondsTo.isEmpty())
        return tr("(none)");
    const int index = dataset.claimIndex(c.respondsTo);
    if (index < 0)
        return TextUtil::isolated(c.respondsTo);
    return tr("%1: %2").arg(
        TextUtil::isolated(c.respondsTo),
        TextUtil::isolated(TextUtil::truncated(dataset.claims[index].statement, 80)));
}

QList<Field> fieldsOf(const Claim &c, const Dataset &dataset)
{
    return {
        {QStringLiteral("id"), value(c.id)},
        {QStringLiteral("date"), ClaimDate::longText(c), {QStringLiteral("date_basis")}},
        {QStringLiteral("date_note"), value(c.dateNote)},
        {QStringLiteral("kind"), ClaimKinds::label(c.kind)},
        {QStringLiteral("statement"), value(c.statement)},
        {QStringLiteral("actors"), actorsOf(c, dataset)},
        {QStringLiteral("claimant"), c.claimant.isEmpty()
                                         ? tr("reported as fact")
                                         : TextUtil::isolated(dataset.actorName(c.claimant))},
        {QStringLiteral("responds_to"), respondsToOf(c, dataset)},
        {QStringLiteral("citations"), citationsOf(c, dataset)},
    };
}

QList<Field> fieldsOf(const Conflict &k, const Dataset &)
{
    return {
        {QStringLiteral("id"), value(k.id)},
        {QStringLiteral("claims"), joined(k.claims)},
        {QStringLiteral("about"), value(k.about)},
    };
}

QList<Field> fieldsOf(const std::optional<Record> &record, const Dataset &dataset)
{
    if (!record)
        return {};
    return std::visit([&](const auto &r) { return fieldsOf(r, dataset); }, *record);
}

// The stored values, as the authoring format writes them: what "differs" compares.
QJsonObject storedOf(const std::optional<Record> &record)
{
    if (!record)
        return {};
    const QByteArray json =
        std::visit([](const auto &r) { return DatasetJsonWriter::record(r); }, *record);
    return QJsonDocument::fromJson(json).object();
}

QString labelOf(const QString &field)
{
    QString label =
        field == QLatin1String("id") ? tr("identifier") : ChangeDescription::fieldLabel(field);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace

QList<ConflictField> of(const WriteConflict &conflict, const Dataset &dataset)
{
    const QList<Field> theirs = fieldsOf(conflict.theirs, dataset);
    const QList<Field> mine = fieldsOf(conflict.mineRecord(), dataset);
    const QJsonObject theirStored = storedOf(conflict.theirs);
    const QJsonObject myStored = storedOf(conflict.mineRecord());
    // Both sides are the same kind of record (one id, one table), or one of them is none.
    const QList<Field> &names = theirs.isEmpty() ? mine : theirs;
    const QString removed = tr("(removed)");
    QList<ConflictField> differing, same;
    for (int i = 0; i < names.size(); ++i) {
        ConflictField field;
        field.field = names[i].name;
        field.label = labelOf(field.field);
        field.theirs = theirs.isEmpty() ? removed : theirs[i].text;
        field.mine = mine.isEmpty() ? removed : mine[i].text;
        for (const QString &name : QStringList{names[i].name} + names[i].alsoCovers)
            field.differs = field.differs || theirStored.value(name) != myStored.value(name);
        (field.differs ? differing : same).append(field);
    }
    return differing + same;
}

} // namespace WriteConflictFields
