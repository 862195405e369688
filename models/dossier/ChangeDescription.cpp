#include "models/dossier/ChangeDescription.h"

#include "models/dossier/ChangeValidator.h"

#include <QCoreApplication>
#include <QHash>

namespace ChangeDescription {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChangeDescription", text);
}

// "claim c052": the table's name in the reader's language, and the record's id.
QString recordName(const Record &record)
{
    switch (tableOf(record)) {
    case RecordTable::Source:
        return tr("source %1").arg(idOf(record));
    case RecordTable::Actor:
        return tr("actor %1").arg(idOf(record));
    case RecordTable::Claim:
        return tr("claim %1").arg(idOf(record));
    case RecordTable::Conflict:
        break;
    }
    return tr("conflict %1").arg(idOf(record));
}

} // namespace

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("ChangeDescription", "date")},
        {QStringLiteral("date_basis"), QT_TRANSLATE_NOOP("ChangeDescription", "date")},
        {QStringLiteral("date_note"), QT_TRANSLATE_NOOP("ChangeDescription", "date note")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ChangeDescription", "kind")},
        {QStringLiteral("statement"), QT_TRANSLATE_NOOP("ChangeDescription", "statement")},
        {QStringLiteral("actors"), QT_TRANSLATE_NOOP("ChangeDescription", "actors")},
        {QStringLiteral("claimant"), QT_TRANSLATE_NOOP("ChangeDescription", "claimant")},
        {QStringLiteral("responds_to"), QT_TRANSLATE_NOOP("ChangeDescription", "response")},
        {QStringLiteral("citations"), QT_TRANSLATE_NOOP("ChangeDescription", "citations")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("ChangeDescription", "label")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("ChangeDescription", "file")},
        {QStringLiteral("outlet"), QT_TRANSLATE_NOOP("ChangeDescription", "outlet")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ChangeDescription", "title")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("ChangeDescription", "author")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("ChangeDescription", "publication date")},
        {QStringLiteral("published_note"),
         QT_TRANSLATE_NOOP("ChangeDescription", "publication note")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ChangeDescription", "notes")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("ChangeDescription", "language")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("ChangeDescription", "SHA-256")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ChangeDescription", "name")},
        {QStringLiteral("aliases"), QT_TRANSLATE_NOOP("ChangeDescription", "aliases")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ChangeDescription", "description")},
        {QStringLiteral("claims"), QT_TRANSLATE_NOOP("ChangeDescription", "claims")},
        {QStringLiteral("about"), QT_TRANSLATE_NOOP("ChangeDescription", "description")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

QString ofEdit(const Record &before, const Record &after)
{
    QStringList fields = differingFields(before, after);
    QStringList labels;
    for (const QString &field : std::as_const(fields))
        if (const QString label = fieldLabel(field); !labels.contains(label))
            labels.append(label);
    if (labels.size() == 1)
        return tr("Change %1 of %2").arg(labels.first(), idOf(after));
    return tr("Edit %1").arg(recordName(after));
}

QString ofCreate(const Record &record)
{
    return tr("Add %1").arg(recordName(record));
}

QString ofRemove(const Record &record)
{
    return tr("Delete %1").arg(recordName(record));
}

} // namespace ChangeDescription
