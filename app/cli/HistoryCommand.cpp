#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "models/data/FileKind.h"
#include "models/data/TextUtil.h"
#include "models/store/ChangeJson.h"
#include "models/store/OpenStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace Commands {

void addHistoryOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("record"),
        QCoreApplication::translate(
            "Cli", "The id of a claim (or of a source, an actor or a conflict) whose changes to "
                   "show; all changes without it."),
        QCoreApplication::translate("Cli", "[CLAIM]"));
    CliContext::addDatabaseOption(parser);
}

namespace {

QString operationLine(const RecordOperation &op)
{
    const QString record = TextUtil::printable(ChangeJson::tableName(op.table()) + u' ' + op.id);
    if (!op.before)
        return QCoreApplication::translate("Cli", "  %1 created").arg(record);
    if (!op.after)
        return QCoreApplication::translate("Cli", "  %1 removed").arg(record);
    return QCoreApplication::translate("Cli", "  %1 changed").arg(record);
}

void print(CliContext &cli, const LoggedChange &logged, const QString &record)
{
    cli.out << TextUtil::printable(QStringLiteral("#%1  %2  %3  %4")
                                       .arg(QString::number(logged.revision),
                                            logged.time.toString(Qt::ISODate), logged.user,
                                            logged.change.description))
            << Qt::endl;
    for (const RecordOperation &op : logged.change.operations) {
        if (!record.isEmpty() && op.id != record)
            continue;
        cli.out << operationLine(op) << Qt::endl;
        // A record created or removed is listed, not spelt out: its fields are in the export.
        if (!op.before || !op.after)
            continue;
        for (const ChangeJson::FieldChange &field : ChangeJson::changedFields(op))
            cli.out << TextUtil::printable(QStringLiteral("    %1: %2 \u2192 %3")
                                               .arg(field.field, field.before, field.after))
                    << Qt::endl;
    }
}

} // namespace

int runHistory(CliContext &cli)
{
    const QStringList args = cli.parser.positionalArguments().mid(1);
    if (args.size() > 1) {
        cli.fail(QCoreApplication::translate("Cli", "history takes one record id at most"));
        return 2;
    }
    if (!cli.checkDatabaseOption())
        return 2;
    const QString path = cli.databasePath();
    if (!cli.isServerDatabase() && FileKind::of(path) == FileKind::Kind::Missing) {
        cli.fail(QCoreApplication::translate("Cli", "there is no database at %1 (create it with "
                                                    "'dossier import --database %1 FILE.json')")
                     .arg(path));
        return 1;
    }
    QString error;
    const auto store = openStore(path, DossierStore::Access::ReadOnly, &error);
    if (!store) {
        cli.fail(error);
        return 1;
    }
    const QString record = args.value(0);
    QList<LoggedChange> changes;
    if (record.isEmpty()) {
        const auto all = store->changesSince(0, &error);
        if (!all) {
            cli.fail(error);
            return 1;
        }
        changes = *all;
    } else {
        // Ids are unique within a table; one may name records of several.
        for (const RecordTable table :
             {RecordTable::Claim, RecordTable::Source, RecordTable::Actor, RecordTable::Conflict}) {
            const auto some = store->history(table, record, &error);
            if (!some) {
                cli.fail(error);
                return 1;
            }
            for (const LoggedChange &c : *some)
                if (std::none_of(changes.cbegin(), changes.cend(),
                                 [&](const LoggedChange &o) { return o.revision == c.revision; }))
                    changes.append(c);
        }
        std::sort(changes.begin(), changes.end(), [](const LoggedChange &a, const LoggedChange &b) {
            return a.revision < b.revision;
        });
    }
    if (changes.isEmpty()) {
        cli.out << (record.isEmpty()
                        ? QCoreApplication::translate(
                              "Cli", "No change is recorded in %1 since its dataset was imported.")
                              .arg(TextUtil::printable(cli.databaseName()))
                        : QCoreApplication::translate("Cli", "No change to %1 is recorded in %2.")
                              .arg(TextUtil::printable(record),
                                   TextUtil::printable(cli.databaseName())))
                << Qt::endl;
        return 0;
    }
    for (const LoggedChange &change : std::as_const(changes))
        print(cli, change, record);
    return 0;
}

} // namespace Commands
