#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// SHA-256 of a whole buffer. A dataset's digest is computed while it is read, and Qt's portable
/// SHA-256 (about 180 MB/s here) was the slowest part of reading a large file: on processors with
/// the SHA extensions this uses them (about 1 GB/s, six times faster); elsewhere it is Qt's.
namespace Sha256 {

/// The 32-byte digest.
QByteArray hash(QByteArrayView data);

/// Whether `hash` uses the processor's SHA instructions on this machine.
bool usesShaInstructions();

/// Qt's implementation, always: the reference the fast one is tested against.
QByteArray portableHash(QByteArrayView data);

} // namespace Sha256
