#include "models/data/FileKind.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <sys/stat.h>

namespace {

bool statPath(const QString &path, struct stat *st)
{
    return !path.isEmpty() && ::stat(QFile::encodeName(path).constData(), st) == 0;
}

QString specialKind(const QString &path)
{
    struct stat st = {};
    if (!statPath(path, &st))
        return QCoreApplication::translate("FileKind", "is not a regular file");
    if (S_ISFIFO(st.st_mode))
        return QCoreApplication::translate("FileKind",
                                           "is a named pipe (FIFO), not a regular file");
    if (S_ISSOCK(st.st_mode))
        return QCoreApplication::translate("FileKind", "is a socket, not a regular file");
    return QCoreApplication::translate("FileKind", "is a device, not a regular file");
}

} // namespace

namespace FileKind {

Kind of(const QString &path)
{
    struct stat st = {};
    if (!statPath(path, &st))
        return path.isEmpty() || errno == ENOENT || errno == ENOTDIR ? Kind::Missing
                                                                     : Kind::Unknown;
    if (S_ISREG(st.st_mode))
        return Kind::Regular;
    if (S_ISDIR(st.st_mode))
        return Kind::Directory;
    return Kind::Special;
}

QString whyNotReadable(const QString &path)
{
    switch (of(path)) {
    case Kind::Regular:
    case Kind::Unknown: // opening it gives the system's reason
        return {};
    case Kind::Missing:
        return QCoreApplication::translate("FileKind", "does not exist");
    case Kind::Directory:
        return QCoreApplication::translate("FileKind", "is a folder, not a file");
    case Kind::Special:
        return specialKind(path);
    }
    return {};
}

QString whyNotWritable(const QString &path)
{
    switch (of(path)) {
    case Kind::Regular:
    case Kind::Missing:
    case Kind::Unknown:
        return {};
    case Kind::Directory:
        return QCoreApplication::translate("FileKind", "is a folder, not a file");
    case Kind::Special:
        return specialKind(path);
    }
    return {};
}

bool isStandardOutput(const QString &path)
{
    struct stat named = {};
    struct stat out = {};
    return statPath(path, &named) && ::fstat(1, &out) == 0 && named.st_dev == out.st_dev &&
           named.st_ino == out.st_ino;
}

} // namespace FileKind
