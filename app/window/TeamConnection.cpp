#include "app/window/TeamConnection.h"

#include "widgets/team/TeamConnectDialog.h"

namespace TeamConnection {

QString ask(QWidget *parent, const QString &failed)
{
    TeamConnectDialog dialog(parent);
    if (!failed.isEmpty()) {
        QString error;
        const PgConnectionFields fields = PgConnectionFields::fromConnectionString(failed, &error);
        if (error.isEmpty())
            dialog.setFields(fields);
        dialog.askForPassword();
    }
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return dialog.connectionString();
}

} // namespace TeamConnection
