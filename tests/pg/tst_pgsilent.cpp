// A server that goes silent without closing the connection (its host gone, a network dropping
// everything: no FIN, no RST) is noticed while the window is idle, not at its next edit: the
// session says it is unreachable, and takes edits again once the server answers (issue 22).
// Over TCP, through a proxy in this process that can stop forwarding without closing; and
// the keepalive settings every connection gets unless its string sets them.
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgConnect.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestSupport.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>
#include <libpq-fe.h>

namespace {

Claim restated(Claim c, const QString &statement)
{
    c.statement = statement;
    return c;
}

// Forwards each connection to the server's port, in a thread of its own (the window's thread
// may wait on a connection through it). Told to stop forwarding, it keeps every connection
// open and passes nothing either way, as a network dropping everything does; told to forward
// again, it passes on what it held back.
class Proxy final : public QObject
{
public:
    explicit Proxy(quint16 target) : m_target(target), m_server(new QTcpServer(this)) {}

    quint16 listen()
    {
        connect(m_server, &QTcpServer::newConnection, this, &Proxy::accept);
        return m_server->listen(QHostAddress::LocalHost) ? m_server->serverPort() : 0;
    }

    void setForwarding(bool on)
    {
        m_forwarding = on;
        if (!on)
            return;
        for (const Pair &pair : std::as_const(m_pairs)) {
            pump(pair.client, pair.server);
            pump(pair.server, pair.client);
            closeIfGone(pair);
        }
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client, server;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *server = new QTcpSocket(this);
            const Pair pair{client, server};
            m_pairs.append(pair);
            connect(client, &QTcpSocket::readyRead, this, [=, this] { pump(client, server); });
            connect(server, &QTcpSocket::readyRead, this, [=, this] { pump(server, client); });
            connect(server, &QTcpSocket::connected, this, [=, this] { pump(client, server); });
            for (QTcpSocket *end : {client, server})
                connect(end, &QTcpSocket::disconnected, this, [=, this] {
                    if (m_forwarding)
                        closeIfGone(pair);
                });
            server->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    void pump(QTcpSocket *from, QTcpSocket *to)
    {
        if (m_forwarding && from && to && to->state() == QAbstractSocket::ConnectedState &&
            from->bytesAvailable() > 0)
            to->write(from->readAll());
    }

    void closeIfGone(const Pair &pair)
    {
        const auto gone = [](QTcpSocket *s) {
            return !s || s->state() == QAbstractSocket::UnconnectedState;
        };
        if (!gone(pair.client) && !gone(pair.server))
            return;
        for (QTcpSocket *end : {pair.client.data(), pair.server.data()})
            if (end)
                end->disconnectFromHost();
    }

    quint16 m_target;
    QTcpServer *m_server;
    QList<Pair> m_pairs;
    bool m_forwarding = true;
};

} // namespace

class TestPgSilent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keepalivesUnlessTheStringSetsThem_data();
    void keepalivesUnlessTheStringSetsThem();
    void silentServerNoticedWhileIdle();

private:
    QString tcpUri(quint16 port) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/silent").arg(port);
    }

    PgCluster m_cluster;
    QThread m_proxyThread;
    Proxy *m_proxy = nullptr;
    quint16 m_proxyPort = 0;
};

void TestPgSilent::initTestCase()
{
    m_cluster.listenOnTcp();
    PG_CLUSTER_START(m_cluster);
    QString error;
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("silent"), &error), qPrintable(error));
    PgStore store;
    QVERIFY2(store.open(m_cluster.uri(QStringLiteral("silent")), &error) && store.init(&error) &&
                 store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini"),
                                     QStringLiteral("m"), &error),
             qPrintable(error));
    m_proxy = new Proxy(quint16(m_cluster.port()));
    m_proxy->moveToThread(&m_proxyThread);
    connect(&m_proxyThread, &QThread::finished, m_proxy, &QObject::deleteLater);
    m_proxyThread.start();
    QMetaObject::invokeMethod(
        m_proxy, [this] { return m_proxy->listen(); }, Qt::BlockingQueuedConnection, &m_proxyPort);
    QVERIFY(m_proxyPort > 0);
}

void TestPgSilent::cleanupTestCase()
{
    m_proxyThread.quit();
    m_proxyThread.wait();
}

void TestPgSilent::keepalivesUnlessTheStringSetsThem_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("idle");
    QTest::addColumn<QString>("userTimeout");
    QTest::newRow("none set") << QString() << QStringLiteral("10") << QStringLiteral("15000");
    QTest::newRow("idle set") << QStringLiteral("?keepalives_idle=30") << QStringLiteral("30")
                              << QStringLiteral("15000");
    QTest::newRow("user timeout set") << QStringLiteral("?tcp_user_timeout=60000")
                                      << QStringLiteral("10") << QStringLiteral("60000");
}

void TestPgSilent::keepalivesUnlessTheStringSetsThem()
{
    QFETCH(QString, suffix);
    QFETCH(QString, idle);
    QFETCH(QString, userTimeout);
    PGconn *conn = PgConnect::open(tcpUri(quint16(m_cluster.port())) + suffix);
    const auto finish = qScopeGuard([conn] { PQfinish(conn); });
    QVERIFY2(PQstatus(conn) == CONNECTION_OK, PQerrorMessage(conn));
    QHash<QString, QString> used;
    PQconninfoOption *options = PQconninfo(conn);
    for (PQconninfoOption *o = options; o && o->keyword; ++o)
        used.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    PQconninfoFree(options);
    QCOMPARE(used.value(QStringLiteral("keepalives")), QStringLiteral("1"));
    QCOMPARE(used.value(QStringLiteral("keepalives_idle")), idle);
    QCOMPARE(used.value(QStringLiteral("keepalives_interval")), QStringLiteral("5"));
    QCOMPARE(used.value(QStringLiteral("keepalives_count")), QStringLiteral("3"));
    QCOMPARE(used.value(QStringLiteral("tcp_user_timeout")), userTimeout);
    QCOMPARE(used.value(QStringLiteral("dbname")), QStringLiteral("silent"));
}

void TestPgSilent::silentServerNoticedWhileIdle()
{
    const QString location = tcpUri(m_proxyPort);
    QString error;
    auto loader = openStore(location, DossierStore::Access::ReadOnly, &error);
    QVERIFY2(loader, qPrintable(error));
    DossierSession session(*loader->load(&error));
    loader.reset();
    QVERIFY2(session.attachStore(location, QString(), &error), qPrintable(error));
    QVERIFY(session.isEditable());
    const QByteArray shown = DatasetJsonWriter::write(session.dataset());

    QMetaObject::invokeMethod(
        m_proxy, [this] { m_proxy->setForwarding(false); }, Qt::BlockingQueuedConnection);
    // No edit, no close: only the watcher's own probe can tell.
    QTRY_VERIFY_WITH_TIMEOUT(!session.isEditable(), 20000);
    QVERIFY2(session.readOnlyReason().contains(QStringLiteral("cannot be reached")),
             qPrintable(session.readOnlyReason()));
    QCOMPARE(DatasetJsonWriter::write(session.dataset()), shown);

    QMetaObject::invokeMethod(
        m_proxy, [this] { m_proxy->setForwarding(true); }, Qt::BlockingQueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(session.isEditable(), 30000);
    const Claim c1 = session.dataset().claims.first();
    QVERIFY(
        session
            .edit(Change::edit(c1, restated(c1, QStringLiteral("Back.")), QStringLiteral("Back")))
            .isEmpty());
    QCOMPARE(session.dataset().claims.first().statement, QStringLiteral("Back."));

    // And it follows again: another window's edit shows here through the notifications.
    const QString direct = m_cluster.uri(QStringLiteral("silent"));
    auto otherLoader = openStore(direct, DossierStore::Access::ReadOnly, &error);
    QVERIFY2(otherLoader, qPrintable(error));
    DossierSession other(*otherLoader->load(&error));
    otherLoader.reset();
    QVERIFY2(other.attachStore(direct, QString(), &error), qPrintable(error));
    const Claim c2 = other.dataset().claims[1];
    QVERIFY(other
                .edit(Change::edit(c2, restated(c2, QStringLiteral("Elsewhere.")),
                                   QStringLiteral("Elsewhere")))
                .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(session.dataset().claims[1].statement, QStringLiteral("Elsewhere."),
                              10000);
}

QTEST_MAIN(TestPgSilent)
#include "tst_pgsilent.moc"
