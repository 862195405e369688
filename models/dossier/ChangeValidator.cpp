#include "models/dossier/ChangeValidator.h"

#include "models/dossier/DatasetEdit.h"
#include "models/format/DatasetValidator.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString recordName(RecordTable table, const QString &id)
{
    static const char *const names[] = {"source", "actor", "claim", "conflict"};
    return QLatin1String(names[int(table)]) + QLatin1Char(' ') + id.left(80);
}

Problem problem(RecordTable table, const QString &id, const QString &field, const QString &message)
{
    return {QString(), recordName(table, id), field, message, 0, 0};
}

// The fields, named as in the authoring format, in which two records of one table differ.
QStringList differingFields(const Source &a, const Source &b)
{
    QStringList f;
    const auto add = [&f](bool differs, const char *name) {
        if (differs)
            f.append(QLatin1String(name));
    };
    add(a.label != b.label, "label");
    add(a.file != b.file, "file");
    add(a.outlet != b.outlet, "outlet");
    add(a.title != b.title, "title");
    add(a.author != b.author, "author");
    add(!(a.published == b.published), "published");
    add(a.publishedNote != b.publishedNote, "published_note");
    add(a.notes != b.notes, "notes");
    add(a.language != b.language, "language");
    add(a.sha256 != b.sha256, "sha256");
    return f;
}

QStringList differingFields(const Actor &a, const Actor &b)
{
    QStringList f;
    const auto add = [&f](bool differs, const char *name) {
        if (differs)
            f.append(QLatin1String(name));
    };
    add(a.name != b.name, "name");
    add(a.kind != b.kind, "kind");
    add(a.aliases != b.aliases, "aliases");
    add(a.description != b.description, "description");
    return f;
}

QStringList differingFields(const Claim &a, const Claim &b)
{
    QStringList f;
    const auto add = [&f](bool differs, const char *name) {
        if (differs)
            f.append(QLatin1String(name));
    };
    add(!(a.date == b.date), "date");
    add(a.datedByReport != b.datedByReport, "date_basis");
    add(a.dateNote != b.dateNote, "date_note");
    add(a.kind != b.kind, "kind");
    add(a.statement != b.statement, "statement");
    add(a.actors != b.actors, "actors");
    add(a.claimant != b.claimant, "claimant");
    add(a.respondsTo != b.respondsTo, "responds_to");
    add(a.citations != b.citations, "citations");
    return f;
}

QStringList differingFields(const Conflict &a, const Conflict &b)
{
    QStringList f;
    if (a.claims != b.claims)
        f.append(QStringLiteral("claims"));
    if (a.about != b.about)
        f.append(QStringLiteral("about"));
    return f;
}

// Refuses an operation that cannot apply as written; false when it may.
bool refuseMisfit(const Dataset &trial, const RecordOperation &op, Problems &problems)
{
    const RecordTable table = op.table();
    const auto refuse = [&](const QString &field, const QString &message) {
        problems.append(problem(table, op.id, field, message));
    };
    if ((!op.before && !op.after) ||
        (op.before && op.after && tableOf(*op.before) != tableOf(*op.after))) {
        refuse(QString(),
               QCoreApplication::translate(
                   "ChangeValidator", "an operation holds the record before it, after it or both, "
                                      "of one table"));
        return true;
    }
    for (const auto &record : {op.before, op.after})
        if (record && idOf(*record) != op.id) {
            refuse(QStringLiteral("id"),
                   QCoreApplication::translate("ChangeValidator",
                                               "a record keeps its id: '%1' cannot become '%2'")
                       .arg(op.id.left(80), idOf(*record).left(80)));
            return true;
        }
    const int index = DatasetEdit::indexOf(trial, table, op.id);
    if (!op.before) {
        if (index >= 0) {
            refuse(QStringLiteral("id"),
                   QCoreApplication::translate("DatasetValidator", "duplicate id '%1'").arg(op.id));
            return true;
        }
        return false;
    }
    if (index < 0) {
        refuse(QString(), QCoreApplication::translate("ChangeValidator", "no longer exists"));
        return true;
    }
    const QStringList fields =
        differingFields(*op.before, DatasetEdit::recordAt(trial, table, index));
    for (const QString &field : fields)
        refuse(field, QCoreApplication::translate(
                          "ChangeValidator",
                          "no longer holds what the edit expects: it was changed meanwhile"));
    return !fields.isEmpty();
}

} // namespace

QStringList differingFields(const Record &before, const Record &after)
{
    if (before.index() != after.index())
        return {};
    return std::visit(
        [&after](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            return differingFields(r, std::get<T>(after));
        },
        before);
}

namespace {

/// Applies the change's operations to `trial` one by one, as far as they fit, and checks
/// what they leave. `undo` receives, last first, the operations that take `trial` back.
Problems applyAndCheck(Dataset &trial, const Change &change, QList<RecordOperation> &undo)
{
    Problems problems;
    QSet<QString> removed[4];
    QSet<QString> kept[4];
    for (const RecordOperation &op : change.operations) {
        if (refuseMisfit(trial, op, problems))
            return problems; // later operations would meet an unknown state
        int position = -1;
        DatasetEdit::applyOperation(trial, op, &position);
        undo.prepend({op.id, op.after, op.before, 0, position});
        const int t = int(op.table());
        if (op.after) {
            kept[t].insert(op.id);
            removed[t].remove(op.id);
        } else {
            kept[t].remove(op.id);
            removed[t].insert(op.id);
        }
    }

    // What the change leaves, and what referred to what it removed.
    DatasetValidator::Records records;
    const auto positions = [&](RecordTable table, QList<int> &into) {
        for (const QString &id : std::as_const(kept[int(table)]))
            into.append(DatasetEdit::indexOf(trial, table, id));
    };
    positions(RecordTable::Source, records.sources);
    positions(RecordTable::Actor, records.actors);
    positions(RecordTable::Claim, records.claims);
    positions(RecordTable::Conflict, records.conflicts);
    // A change removes one record or a few: comparing with each is cheaper than hashing every
    // reference of 100,000 claims.
    struct Gone
    {
        const QSet<QString> &set;
        const bool few = set.size() <= 4;
        const QStringList list = few ? set.values() : QStringList();
        bool isEmpty() const { return set.isEmpty(); }
        bool contains(const QString &id) const
        {
            return few ? list.contains(id) : set.contains(id);
        }
    };
    const Gone goneSources{removed[int(RecordTable::Source)]};
    const Gone goneActors{removed[int(RecordTable::Actor)]};
    const Gone goneClaims{removed[int(RecordTable::Claim)]};
    const auto refersToo = [&records](int claim) {
        if (claim >= 0 && !records.claims.contains(claim))
            records.claims.append(claim);
    };
    // The claims that respond to a removed one, from the dataset's index.
    for (const QString &id : goneClaims.set)
        for (const QString &responder : trial.respondersTo(id))
            refersToo(trial.claimIndex(responder));
    // The references to actors and sources, only of the kinds removed.
    if (!goneSources.isEmpty() || !goneActors.isEmpty())
        for (int i = 0; i < trial.claims.size(); ++i) {
            const Claim &c = trial.claims[i];
            bool refers = false;
            if (!goneActors.isEmpty()) {
                refers = goneActors.contains(c.claimant);
                for (const ActorRef &ref : c.actors)
                    refers = refers || goneActors.contains(ref.actor);
            }
            if (!goneSources.isEmpty())
                for (const Citation &cit : c.citations)
                    refers = refers || goneSources.contains(cit.source);
            if (refers)
                refersToo(i);
        }
    if (!goneClaims.isEmpty())
        for (int k = 0; k < trial.conflicts.size(); ++k) {
            const QStringList &ids = trial.conflicts[k].claims;
            const bool refers = std::any_of(
                ids.begin(), ids.end(), [&](const QString &id) { return goneClaims.contains(id); });
            if (refers && !records.conflicts.contains(k))
                records.conflicts.append(k);
        }
    for (QList<int> *list :
         {&records.sources, &records.actors, &records.claims, &records.conflicts})
        std::sort(list->begin(), list->end());
    return DatasetValidator::validateRecords(trial, records, QString());
}

} // namespace

Problems validateChange(const Dataset &dataset, const Change &change)
{
    Dataset trial = dataset;
    QList<RecordOperation> undo;
    return applyAndCheck(trial, change, undo);
}

Problems validateChangeInPlace(Dataset &dataset, const Change &change)
{
    QList<RecordOperation> undo;
    const Problems problems = applyAndCheck(dataset, change, undo);
    for (const RecordOperation &op : std::as_const(undo))
        DatasetEdit::applyOperation(dataset, op);
    return problems;
}
