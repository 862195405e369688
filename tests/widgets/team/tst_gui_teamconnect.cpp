// File ▸ Connect to Team Dossier…: what is typed reaches libpq as typed, and the password is
// used once and never remembered or shown.
#include "models/store/pg/PgConnectionFields.h"
#include "models/store/pg/PgLocation.h"
#include "widgets/team/TeamConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(PgConnectionFields)

class TestTeamConnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fieldsRoundTripThroughLibpq_data();
    void fieldsRoundTripThroughLibpq();
    void uriFillsTheFields();
    void typedConnectionAndPasswordNeverKept();
    void connectNeedsAServiceHostOrDatabase();
    void failedConnectionIsCorrected();

private:
    static QLineEdit *field(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    }
    QTemporaryDir m_settings;
};

void TestTeamConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestTeamConnect::init()
{
    QSettings().clear();
}

void TestTeamConnect::fieldsRoundTripThroughLibpq_data()
{
    QTest::addColumn<PgConnectionFields>("fields");
    const auto make = [](QString service, QString host, QString port, QString db, QString user,
                         QString ssl) {
        return PgConnectionFields{service, host, port, db, user, ssl};
    };
    QTest::newRow("server") << make({}, "db.example.org", "5433", "dispute", "alice", "require");
    QTest::newRow("service") << make("team", {}, {}, {}, {}, {});
    QTest::newRow("socket folder") << make({}, "/tmp/pg sockets", {}, "d", {}, {});
    QTest::newRow("quote and backslash")
        << make({}, "h", {}, "it's a\\b", "o'brien \\ x", "verify-full");
    QTest::newRow("equals and unicode") << make({}, "h", {}, "a=b", "Zoë Müller", {});
    QTest::newRow("word that looks like another key") << make({}, "h", {}, "x password=y", {}, {});
}

void TestTeamConnect::fieldsRoundTripThroughLibpq()
{
    QFETCH(PgConnectionFields, fields);
    const QString secret = QStringLiteral("s3 cr'e\\t");
    const QString connection = fields.toConnectionString(secret);
    QString error;
    QCOMPARE(PgConnectionFields::fromConnectionString(connection, &error), fields);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(PgLocation::isConnectionString(connection));
    QVERIFY(!PgLocation::withoutPassword(connection).contains(QStringLiteral("cr")));
    // Without a password, nothing about one is in the words.
    QVERIFY(!fields.toConnectionString().contains(QStringLiteral("password=s")));
}

void TestTeamConnect::uriFillsTheFields()
{
    QString error;
    const PgConnectionFields f = PgConnectionFields::fromConnectionString(
        QStringLiteral("postgresql://bob:pw@server:6000/team?sslmode=require"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.host, QStringLiteral("server"));
    QCOMPARE(f.port, QStringLiteral("6000"));
    QCOMPARE(f.database, QStringLiteral("team"));
    QCOMPARE(f.user, QStringLiteral("bob"));
    QCOMPARE(f.sslMode, QStringLiteral("require"));
    PgConnectionFields::fromConnectionString(QStringLiteral("host='unclosed"), &error);
    QVERIFY(!error.isEmpty());
}

void TestTeamConnect::typedConnectionAndPasswordNeverKept()
{
    const QString password = QStringLiteral("Tr0ub4dor&3");
    {
        TeamConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field(&dialog, "host"), QStringLiteral("db.newsroom.test"));
        QTest::keyClicks(field(&dialog, "port"), QStringLiteral("6543"));
        QTest::keyClicks(field(&dialog, "database"), QStringLiteral("musk v openai"));
        QTest::keyClicks(field(&dialog, "user"), QStringLiteral("camille"));
        auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        QTest::keyClicks(field(&dialog, "password"), password);

        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("preview"))->text();
        QVERIFY2(shown.contains(QStringLiteral("db.newsroom.test")), qPrintable(shown));
        QVERIFY(!shown.contains(password));

        const QString connection = dialog.connectionString();
        const PgConnectionFields parsed = PgConnectionFields::fromConnectionString(connection);
        QCOMPARE(parsed.database, QStringLiteral("musk v openai"));
        QCOMPARE(parsed.port, QStringLiteral("6543"));
        QCOMPARE(parsed.sslMode, QStringLiteral("verify-full"));
        QVERIFY(connection.contains(password));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    // The next dialog offers the same server, without the password.
    TeamConnectDialog again;
    QCOMPARE(field(&again, "host")->text(), QStringLiteral("db.newsroom.test"));
    QCOMPARE(field(&again, "database")->text(), QStringLiteral("musk v openai"));
    QCOMPARE(again.fields().sslMode, QStringLiteral("verify-full"));
    QVERIFY(field(&again, "password")->text().isEmpty());
    QVERIFY(!again.connectionString().contains(QStringLiteral("password")));
}

void TestTeamConnect::connectNeedsAServiceHostOrDatabase()
{
    TeamConnectDialog dialog;
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(field(&dialog, "user"), QStringLiteral("camille"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(field(&dialog, "service"), QStringLiteral("team"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.connectionString(), QStringLiteral("service=team user=camille"));
}

void TestTeamConnect::failedConnectionIsCorrected()
{
    TeamConnectDialog dialog;
    dialog.setFields(PgConnectionFields::fromConnectionString(
        QStringLiteral("host=h dbname=d user=u sslmode=bogus password=old")));
    dialog.askForPassword();
    QCOMPARE(field(&dialog, "host")->text(), QStringLiteral("h"));
    QCOMPARE(dialog.fields().sslMode, QStringLiteral("bogus")); // kept for libpq to judge
    QVERIFY(field(&dialog, "password")->text().isEmpty());
    QVERIFY(!dialog.connectionString().contains(QStringLiteral("old")));
}

QTEST_MAIN(TestTeamConnect)
#include "tst_gui_teamconnect.moc"
