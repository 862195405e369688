#pragma once

#include <QString>

class QWidget;

/// Asking for a team dossier's connection (TeamConnectDialog), as File ▸ Connect to Team
/// Dossier… and a failed connection do.
namespace TeamConnection {

/// The connection to open, or empty when the user cancelled. `failed`, a connection that could
/// not be opened, fills the dialog so that it can be corrected, with the password to type.
QString ask(QWidget *parent, const QString &failed = QString());

} // namespace TeamConnection
