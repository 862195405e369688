// One client of tst_pgconverge and of bench_pgstore's notice latency: a DossierSession on a
// team dossier, as a window has, making random edits while the others do, each retried (after
// taking in theirs) when it conflicts. It says on standard output, one line each:
//   L <revision> <ms>   the revision its dataset was loaded at (what came before is in it)
//   R                   with START "wait": attached; it then waits for a line on standard
//                       input before its first edit
//   W <revision> <ms>   a change of its own committed, at that wall-clock time
//   A <revision> <ms>   someone else's change applied here through the notices
//   D                   its edits are done; it then waits for a line on standard input
//   S <sha256>          once caught up with the server: the digest of its dataset's JSON
// Usage: pg_client LOCATION SEED EDITS [PAUSE_MS [START]]
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/store/DossierStore.h"
#include "models/store/OpenStore.h"
#include "tests/support/RandomChanges.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <cstdio>

namespace {

void say(const char *what, quint64 revision)
{
    std::printf("%s %llu %lld\n", what, static_cast<unsigned long long>(revision),
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: pg_client LOCATION SEED EDITS [PAUSE_MS [START]]\n");
        return 2;
    }
    const QString location = QString::fromLocal8Bit(argv[1]);
    const quint32 seed = QByteArray(argv[2]).toUInt();
    const int edits = QByteArray(argv[3]).toInt();
    const int pauseMs = argc > 4 ? QByteArray(argv[4]).toInt() : 0;
    QString error;
    auto store = openStore(location, DossierStore::Access::ReadOnly, &error);
    const auto dataset = store ? store->load(&error) : std::nullopt;
    DossierSession session(dataset ? *dataset : Dataset());
    if (!dataset || !session.attachStore(location, QString(), &error)) {
        std::fprintf(stderr, "pg_client: %s\n", qPrintable(error));
        return 3;
    }
    say("L", session.seenRevision());
    if (argc > 5 && qstrcmp(argv[5], "wait") == 0) {
        std::printf("R\n");
        std::fflush(stdout);
        char go[16];
        if (!std::fgets(go, sizeof go, stdin))
            return 4;
    }
    QObject::connect(&session, &DossierSession::remoteApplied,
                     [](quint64 revision) { say("A", revision); });
    // The clients draw the same new ids (r1, r2…): a record another created first is refused
    // like any conflict, and the next draw is tried.
    RandomChanges random(seed);
    int written = 0;
    for (int attempt = 0; written < edits && attempt < edits * 50; ++attempt) {
        QCoreApplication::processEvents();
        const auto change = random.next(session.dataset());
        if (!change)
            continue;
        if (session.edit(*change).isEmpty()) {
            ++written;
            say("W", session.seenRevision());
            if (pauseMs > 0)
                QThread::msleep(pauseMs);
        }
    }
    std::printf("D\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 4;
    // The others are done too: what is left of their notices arrives now.
    QElapsedTimer waited;
    waited.start();
    while (session.seenRevision() != session.store()->revision() && waited.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    std::printf("S %s\n", QCryptographicHash::hash(DatasetJsonWriter::write(session.dataset()),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .constData());
    std::fflush(stdout);
    return written == edits ? 0 : 5;
}
