// Three clients (tests/pg/pg_client, each a process with a DossierSession, as a window has)
// edit one team dossier at once, at random, retrying on conflicts. Each follows the others
// through the server's notices; at the end every one shows what a fresh load of the server
// gives, and every revision reached every client: loaded, written there or applied from the
// others.
#include "models/format/DatasetJsonWriter.h"
#include "models/format/SyntheticDataset.h"
#include "models/store/OpenStore.h"
#include "models/store/pg/PgStore.h"
#include "tests/support/PgCluster.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QtTest>

class TestPgConverge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void threeClientsConverge();

private:
    PgCluster m_cluster;
};

void TestPgConverge::initTestCase()
{
    PG_CLUSTER_START(m_cluster);
}

void TestPgConverge::threeClientsConverge()
{
    QString error;
    PgStore store;
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("converge"), &error), qPrintable(error));
    const QString location = m_cluster.uri(QStringLiteral("converge"));
    QVERIFY2(store.open(location, &error) && store.init(&error), qPrintable(error));
    QVERIFY2(store.importDataset(SyntheticDataset::generate({300, 30, 15, 9}),
                                 QStringLiteral("synthetic"), QStringLiteral("s"), &error),
             qPrintable(error));

    constexpr int Clients = 3;
    constexpr int Edits = 60;
    std::vector<std::unique_ptr<QProcess>> clients;
    for (int i = 0; i < Clients; ++i) {
        auto client = std::make_unique<QProcess>();
        client->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client->start(QStringLiteral(PG_CLIENT),
                      {location, QString::number(i + 1), QString::number(Edits)});
        QVERIFY2(client->waitForStarted(), qPrintable(client->errorString()));
        clients.push_back(std::move(client));
    }
    // Every client's edits done before any is told to finish: the last ones' notices then
    // reach those that finished first.
    QList<QByteArray> output(Clients);
    const auto done = [&](int i) {
        return output[i].contains("\nD\n") || output[i].startsWith("D\n");
    };
    QVERIFY(QTest::qWaitFor(
        [&] {
            bool all = true;
            for (int i = 0; i < Clients; ++i) {
                output[i] += clients[i]->readAllStandardOutput();
                all = all && done(i);
            }
            return all;
        },
        120000));
    for (auto &client : clients)
        client->write("finish\n");
    for (int i = 0; i < Clients; ++i) {
        QVERIFY(clients[i]->waitForFinished(60000));
        output[i] += clients[i]->readAllStandardOutput();
        QCOMPARE(clients[i]->exitCode(), 0);
    }

    const auto fresh = store.load(&error);
    QVERIFY2(fresh, qPrintable(error));
    const QByteArray digest =
        QCryptographicHash::hash(DatasetJsonWriter::write(*fresh), QCryptographicHash::Sha256)
            .toHex();
    QCOMPARE(store.revision(), quint64(Clients * Edits));
    for (int i = 0; i < Clients; ++i) {
        QSet<quint64> seen;
        QByteArray shown;
        for (const QByteArray &line : output[i].split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && (words[0] == "W" || words[0] == "A"))
                seen.insert(words[1].toULongLong());
            else if (words.size() == 3 && words[0] == "L")
                for (quint64 loaded = 1; loaded <= words[1].toULongLong(); ++loaded)
                    seen.insert(loaded);
            else if (words.size() == 2 && words[0] == "S")
                shown = words[1];
        }
        if (seen.size() != Clients * Edits || shown != digest)
            qWarning("client %d said:\n%s", i, output[i].constData());
        // Each revision once: loaded, written or applied.
        QCOMPARE(seen.size(), Clients * Edits);
        QCOMPARE(shown, digest);
    }
}

QTEST_GUILESS_MAIN(TestPgConverge)
#include "tst_pgconverge.moc"
