#pragma once

#include "models/store/pg/PgConnectionFields.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// File ▸ Connect to Team Dossier…: a service name, or a server, database and user, the SSL
/// mode, and a password used for this connection only. The fields (never the password) are
/// remembered for next time; left empty, libpq's defaults, environment and ~/.pgpass apply.
class TeamConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TeamConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields, e.g. from a connection that failed, so that it can be corrected.
    void setFields(const PgConnectionFields &fields);
    PgConnectionFields fields() const;
    /// What to open: the words libpq is given, with the password if one was typed.
    QString connectionString() const;
    /// Focuses the password, for a server that asked for one.
    void askForPassword();

    void accept() override;

private:
    void updatePreview();

    QLineEdit *m_service;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};
