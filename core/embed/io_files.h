#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace eg {

// Small file helpers shared by the embedding readers and writers. All throw eg::Error naming the
// file.

// The whole file. A file that starts with the gzip magic (1f 8b) is inflated, whatever its name.
QByteArray readFileMaybeGzip(const QString &path);

// Inflates a gzip stream (several concatenated members are allowed).
QByteArray gunzip(QByteArrayView compressed, const QString &path);

// Writes `bytes` to `path` atomically: a temporary file beside it, renamed on success, so a
// failed or interrupted write never leaves a half-written file behind.
void writeFileAtomic(const QString &path, QByteArrayView bytes);

// `count` values as little-endian bytes: on a little-endian machine a QByteArray::fromRawData
// view of `data` (the caller keeps it alive), else a converted copy.
QByteArray littleEndianBytes(const float *data, qint64 count);
QByteArray littleEndianBytes(const double *data, qint64 count);
// Little-endian values read from a file into native order, in place (no-op on little-endian).
void littleEndianToNative(float *data, qint64 count);

} // namespace eg
