#pragma once

#include <QString>

/// What a path names, for a program that reads and writes regular files only.
///
/// Opening a named pipe blocks until another program opens its other end; writing "atomically"
/// (a temporary file renamed over the target) onto a device node or a pipe replaces it with a
/// regular file; SQLite writes its journal beside whatever it opens. So every path Dossier is
/// given to read or write is classified here first, and anything but a regular file (or, for a
/// file about to be created, nothing yet) is refused before it is opened.
namespace FileKind {

enum class Kind
{
    Missing,   ///< nothing there yet (or a link to nothing): a file may be created
    Regular,   ///< a regular file, possibly through symbolic links
    Directory, ///< a folder
    Special,   ///< a device, a named pipe or a socket
    Unknown    ///< cannot be looked at (no permission, a loop of links): opening will say why
};

/// The kind of file at `path`, symbolic links followed.
Kind of(const QString &path);

/// Why `path` cannot be read as a file (missing, a folder, a device, a pipe...), or an empty
/// string when it is a regular file. The reason reads after the path: "<path> <reason>".
QString whyNotReadable(const QString &path);

/// Why `path` cannot be written as a file, or an empty string when it names a regular file or
/// nothing yet. Standard output is not a path: see isStandardOutput().
QString whyNotWritable(const QString &path);

/// True when `path` names this process's standard output (`/dev/stdout`, `/dev/fd/1`, or the
/// very file or pipe it is connected to): writing there means writing to standard output,
/// without creating or renaming anything.
bool isStandardOutput(const QString &path);

} // namespace FileKind
