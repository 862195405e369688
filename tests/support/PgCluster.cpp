#include "tests/support/PgCluster.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QVersionNumber>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr const char *FolderPrefix = "dossier-pg-";

// The server's binaries: $DOSSIER_PG_BINDIR, else Debian's newest /usr/lib/postgresql/N/bin,
// else initdb on the PATH.
QString findBinaries()
{
    const auto complete = [](const QString &folder) {
        return !folder.isEmpty() && QFileInfo(folder + QStringLiteral("/initdb")).isExecutable() &&
               QFileInfo(folder + QStringLiteral("/pg_ctl")).isExecutable();
    };
    if (const QString env = qEnvironmentVariable("DOSSIER_PG_BINDIR"); !env.isEmpty())
        return complete(env) ? env : QString();
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &v : versions)
        if (const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v); complete(bin))
            return bin;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    const QString folder = initdb.isEmpty() ? QString() : QFileInfo(initdb).canonicalPath();
    return complete(folder) ? folder : QString();
}

// A port no one listens on now. The server listens on no TCP port (listen_addresses is empty):
// the number only names its socket, in a folder of its own; a free one keeps it unambiguous.
int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(s, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (s >= 0)
        ::close(s);
    return port > 0 ? port : 54000 + int(::getpid() % 1000);
}

bool chownTree(const QString &path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        if (::lchown(QFile::encodeName(it.next()).constData(), uid, gid) != 0)
            return false;
    return true;
}

// As root, the folders live in /tmp, which the server's account can reach whatever TMPDIR says.
QString baseFolder()
{
    return ::geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
}

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::socketFolder() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("s")) : QString();
}

bool PgCluster::run(const QStringList &command, QString *output)
{
    QProcess process;
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (!m_user.isEmpty()) {
        arguments =
            QStringList{QStringLiteral("-u"), m_user, QStringLiteral("--"), program} + arguments;
        program = QStringLiteral("runuser");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGDATA", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        *output = QStringLiteral("%1 did not finish in two minutes").arg(program);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (process.error() == QProcess::FailedToStart)
            *output = QStringLiteral("cannot run %1").arg(program);
        return false;
    }
    return true;
}

void PgCluster::reapStale(const QString &base)
{
    const QString bin = findBinaries();
    for (const QFileInfo &folder :
         QDir(base).entryInfoList({QLatin1String(FolderPrefix) + QLatin1Char('*')}, QDir::Dirs)) {
        QFile owner(folder.filePath() + QStringLiteral("/owner"));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const pid_t pid = pid_t(owner.readAll().trimmed().toLongLong());
        owner.close();
        // A folder of a live test program is left alone.
        if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        const QString data = folder.filePath() + QStringLiteral("/data");
        if (QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
            // Run as the folder's owner, as the server was.
            QStringList command{bin + QStringLiteral("/pg_ctl"),
                                QStringLiteral("-D"),
                                data,
                                QStringLiteral("-m"),
                                QStringLiteral("immediate"),
                                QStringLiteral("-w"),
                                QStringLiteral("stop")};
            QString program = command.takeFirst();
            if (::geteuid() == 0) {
                const struct passwd *pw = ::getpwuid(QFileInfo(data).ownerId());
                if (pw && pw->pw_uid != 0) {
                    command = QStringList{QStringLiteral("-u"), QString::fromLocal8Bit(pw->pw_name),
                                          QStringLiteral("--"), program} +
                              command;
                    program = QStringLiteral("runuser");
                }
            }
            QProcess stopping;
            stopping.setProcessChannelMode(QProcess::MergedChannels);
            stopping.start(program, command);
            stopping.waitForFinished(60000);
        }
        QDir(folder.filePath()).removeRecursively();
    }
}

bool PgCluster::start()
{
    if (m_running)
        return true;
    m_bin = findBinaries();
    if (m_bin.isEmpty()) {
        m_missing = true;
        m_error = QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl) were not found: "
                                 "install the Debian package postgresql, or set "
                                 "DOSSIER_PG_BINDIR");
        return false;
    }
    const QString base = baseFolder();
    reapStale(base);
    m_dir = std::make_unique<QTemporaryDir>(base + u'/' + QLatin1String(FolderPrefix) +
                                            QStringLiteral("XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a folder in %1").arg(base);
        return false;
    }
    QFile owner(m_dir->filePath(QStringLiteral("owner")));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(::getpid())) <= 0) {
        m_error = QStringLiteral("cannot write in %1").arg(m_dir->path());
        return false;
    }
    owner.close();
    QDir(m_dir->path()).mkdir(QStringLiteral("s"));
    if (::geteuid() == 0) {
        // PostgreSQL refuses to run as root.
        const char *name = ::getpwnam("postgres") ? "postgres" : "nobody";
        const struct passwd *pw = ::getpwnam(name);
        if (!pw) {
            m_error = QStringLiteral("running as root, and neither a postgres nor a nobody user "
                                     "exists to run the server as");
            return false;
        }
        m_user = QString::fromLatin1(name);
        if (!chownTree(m_dir->path(), pw->pw_uid, pw->pw_gid)) {
            m_error = QStringLiteral("cannot give %1 to %2").arg(m_dir->path(), m_user);
            return false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString output;
    if (!run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
             &output)) {
        m_error = QStringLiteral("initdb failed: %1").arg(output);
        return false;
    }
    // The superuser is trusted on the socket; every other role proves its password.
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write(
            "local all postgres trust\nlocal all all scram-sha-256\n"
            "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n") <=
            0) {
        m_error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    hba.close();
    m_port = freePort();
    if (!startServer(&m_error)) {
        stop();
        return false;
    }
    m_running = true;
    return true;
}

bool PgCluster::startServer(QString *error)
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString output;
    // A test cluster needs no durability: fsync off makes imports several times faster.
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='%3' -c fsync=off "
                                           "-c full_page_writes=off")
                                .arg(socketFolder())
                                .arg(m_port)
                                .arg(m_tcp ? QStringLiteral("127.0.0.1") : QString());
    if (!run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"),
              options, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")},
             &output)) {
        QFile log(m_dir->filePath(QStringLiteral("log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("pg_ctl start failed: %1\n%2")
                     .arg(output, QString::fromLocal8Bit(log.readAll()));
        return false;
    }
    return true;
}

bool PgCluster::stopServer(QString *error)
{
    if (!m_running)
        return true;
    QString output;
    if (!run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
              m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("fast"),
              QStringLiteral("-w"), QStringLiteral("stop")},
             &output)) {
        *error = QStringLiteral("pg_ctl stop failed: %1").arg(output);
        return false;
    }
    m_running = false;
    return true;
}

bool PgCluster::restartServer(QString *error)
{
    if (m_running || !m_dir)
        return m_running;
    m_running = startServer(error);
    return m_running;
}

void PgCluster::stop()
{
    if (!m_dir)
        return;
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
        QString output;
        run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &output);
    }
    m_running = false;
    m_dir.reset();
}

QString PgCluster::uri(const QString &database, const QString &user, const QString &password) const
{
    const QString credentials =
        password.isEmpty() ? user
                           : user + u':' + QString::fromLatin1(QUrl::toPercentEncoding(password));
    // One arg() call: the encoded folder holds '%' signs a second call would take for its own.
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(credentials, database, QString::fromLatin1(QUrl::toPercentEncoding(socketFolder())),
             QString::number(m_port));
}

bool PgCluster::exec(const QString &sql, QString *error, const QString &database) const
{
    PGconn *conn = PQconnectdb(uri(database).toUtf8().constData());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok) {
        PGresult *r = PQexec(conn, sql.toUtf8().constData());
        ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        PQclear(r);
    }
    if (!ok)
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQfinish(conn);
    return ok;
}

bool PgCluster::createDatabase(const QString &name, QString *error) const
{
    return exec(
        QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name),
        error);
}
