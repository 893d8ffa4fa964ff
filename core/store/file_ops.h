#pragma once

// File-system steps of the session code that must survive a crash half way. Internal.

#include <QString>

namespace eg::store {

// "<path>.partial": where a file is built before it is renamed into place.
QString partialPath(const QString &path);
// Removes "<path>.partial" and the SQLite side files an interrupted build of it may have left
// ("-journal", "-wal", "-shm"): a stale journal beside a new partial file would be replayed into
// it. Only the holder of the lock of `path` builds partial files, so only it may call this.
void removePartial(const QString &path);
// Removes the "*.partial" files left in `folder` by interrupted copies.
void removePartialFiles(const QString &folder);
// Flushes the file's data to the disk (fsync), so a rename after it cannot expose a file whose
// blocks are not written yet. Throws eg::Error.
void syncFile(const QString &path);
// Atomically replaces `to` with `from` (rename(2): `to` is either the old or the new file, never
// a mixture, even after a crash). Throws eg::Error.
void replaceFile(const QString &from, const QString &to);
// "<path>.bak-v<version>", or "<path>.bak-v<version>-2", -3, ... when that name is taken.
QString unusedBackupPath(const QString &path, int version);

} // namespace eg::store
