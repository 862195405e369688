#include "widgets/team/TeamConnectDialog.h"

#include "models/store/pg/PgLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const char *const SettingsGroup = "team";

/// libpq's sslmode words, weakest first; the empty word is libpq's default (prefer).
const char *const SslModes[] = {"",        "disable",   "allow",      "prefer",
                                "require", "verify-ca", "verify-full"};

} // namespace

TeamConnectDialog::TeamConnectDialog(QWidget *parent)
    : QDialog(parent), m_service(new QLineEdit(this)), m_host(new QLineEdit(this)),
      m_port(new QLineEdit(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_sslMode(new QComboBox(this)), m_password(new QLineEdit(this)), m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Dossier"));
    setObjectName(QStringLiteral("teamConnectDialog"));

    auto *intro = new QLabel(
        tr("A team dossier lives on a PostgreSQL server. Give a service from your "
           "pg_service.conf, or the server, database and user. Empty fields take libpq's "
           "defaults (PGHOST, PGUSER and the like)."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(tr("none"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("local socket"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your login name"));
    m_database->setPlaceholderText(tr("the user's name"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (const char *mode : SslModes)
        m_sslMode->addItem(*mode ? QString::fromLatin1(mode) : tr("libpq's default (prefer)"),
                           QString::fromLatin1(mode));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass"));
    m_password->setToolTip(tr("Used for this connection only; Dossier never saves it. "
                              "Leave it empty to use ~/.pgpass or PGPASSWORD."));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    auto *form = new QFormLayout;
    const auto row = [form](const QString &label, QWidget *field) {
        form->addRow(label, field);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    };
    row(tr("&Service:"), m_service);
    row(tr("&Host:"), m_host);
    row(tr("&Port:"), m_port);
    row(tr("&Database:"), m_database);
    row(tr("&User:"), m_user);
    row(tr("SS&L mode:"), m_sslMode);
    row(tr("Pass&word:"), m_password);
    row(tr("Connection:"), m_preview);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    // Wide enough for a host name and the connection shown below it, at any font size.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    for (QLineEdit *edit : {m_service, m_host, m_port, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamConnectDialog::updatePreview);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::updatePreview);

    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    PgConnectionFields remembered;
    remembered.service = settings.value(QStringLiteral("service")).toString();
    remembered.host = settings.value(QStringLiteral("host")).toString();
    remembered.port = settings.value(QStringLiteral("port")).toString();
    remembered.database = settings.value(QStringLiteral("database")).toString();
    remembered.user = settings.value(QStringLiteral("user")).toString();
    remembered.sslMode = settings.value(QStringLiteral("sslMode")).toString();
    setFields(remembered);
}

void TeamConnectDialog::setFields(const PgConnectionFields &fields)
{
    m_service->setText(fields.service);
    m_host->setText(fields.host);
    m_port->setText(fields.port);
    m_database->setText(fields.database);
    m_user->setText(fields.user);
    const int ssl = m_sslMode->findData(fields.sslMode);
    if (ssl >= 0) {
        m_sslMode->setCurrentIndex(ssl);
    } else {
        // A mode this list doesn't know is kept as given: libpq says if it is wrong.
        m_sslMode->addItem(fields.sslMode, fields.sslMode);
        m_sslMode->setCurrentIndex(m_sslMode->count() - 1);
    }
    updatePreview();
}

PgConnectionFields TeamConnectDialog::fields() const
{
    PgConnectionFields f;
    f.service = m_service->text().trimmed();
    f.host = m_host->text().trimmed();
    f.port = m_port->text().trimmed();
    f.database = m_database->text().trimmed();
    f.user = m_user->text().trimmed();
    f.sslMode = m_sslMode->currentData().toString();
    return f;
}

QString TeamConnectDialog::connectionString() const
{
    return fields().toConnectionString(m_password->text());
}

void TeamConnectDialog::askForPassword()
{
    m_password->clear();
    m_password->setFocus();
}

void TeamConnectDialog::updatePreview()
{
    const PgConnectionFields f = fields();
    // Without any of these, libpq would connect to the user's own database on the local
    // socket: legal, but rarely the team's dossier, so it is asked for.
    const bool enough = !f.service.isEmpty() || !f.host.isEmpty() || !f.database.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(enough);
    m_preview->setText(enough ? PgLocation::withoutPassword(f.toConnectionString())
                              : tr("Give a service, a host or a database."));
}

void TeamConnectDialog::accept()
{
    const PgConnectionFields f = fields();
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    settings.setValue(QStringLiteral("service"), f.service);
    settings.setValue(QStringLiteral("host"), f.host);
    settings.setValue(QStringLiteral("port"), f.port);
    settings.setValue(QStringLiteral("database"), f.database);
    settings.setValue(QStringLiteral("user"), f.user);
    settings.setValue(QStringLiteral("sslMode"), f.sslMode);
    QDialog::accept();
}
