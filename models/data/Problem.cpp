#include "models/data/Problem.h"

#include "models/data/TextUtil.h"

#include <QCoreApplication>

QString Problem::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString what;
    if (!record.isEmpty() && !field.isEmpty())
        what = QCoreApplication::translate("Problem", "%1, field '%2': ").arg(record, field);
    else if (!record.isEmpty())
        what = record + QStringLiteral(": ");
    else if (!field.isEmpty())
        what = QCoreApplication::translate("Problem", "field '%1': ").arg(field);
    // Every part may quote the input (a key, a value, a file name): a control character in it
    // must not reach a terminal or hide in a dialog.
    return TextUtil::printable(QString(where + QStringLiteral(": ") + what + message));
}
