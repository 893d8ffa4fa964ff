#pragma once

#include "jobs/progress.h"

#include <QByteArray>
#include <QString>

namespace eg::store {

// SHA-256 of the bytes, as 64 lowercase hex digits.
QString sha256Hex(const QByteArray &bytes);

// SHA-256 of a file's bytes (streamed; progress counts bytes). Throws eg::Error naming the file
// when it cannot be read, eg::Cancelled when progress says stop.
QString sha256OfFile(const QString &path, const ProgressFn &progress = {});

// The content hash of a data set: sha256OfFile for a file; for a folder, the SHA-256 of the
// lines "<relative path>\t<size>\t<sha256 of the file>\n" over every regular file below it,
// sorted by relative path ('/' separated, byte order of the UTF-8), so renaming, adding or
// changing any file changes the hash while the folder's location does not. Progress counts
// bytes over all files.
QString contentHash(const QString &path, const ProgressFn &progress = {});

} // namespace eg::store
