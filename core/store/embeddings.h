#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

// Trained embeddings live in files beside the session, "<session>.d/<sha256>.<format>", named
// by the SHA-256 of their bytes; the session holds the name, hash, size and metadata (why:
// docs/session-format.md). The file format is not this module's business: any bytes are kept.
struct EmbeddingRecord
{
    qint64 id = 0;
    std::optional<qint64> runId;
    std::optional<int> epoch; // the epoch the snapshot was taken after, if any
    QString label;
    QString format = QStringLiteral("egm"); // file extension, [a-z0-9]{1,8}
    // Filled by the store functions:
    QString fileName; // "<sha256>.<format>"
    QString sha256;
    qint64 bytes = 0;
    QString createdAt;
};

// Copies `sourceFile` into the session's folder (written under a temporary name, flushed and
// renamed, so a crash never leaves a partial file under the final name), then inserts the
// record; returns its id. Identical bytes are stored once. Throws eg::Error.
qint64 storeEmbeddingFile(Session &session, const QString &sourceFile,
                          const EmbeddingRecord &record);
// The same for bytes in memory.
qint64 storeEmbeddingBytes(Session &session, const QByteArray &bytes,
                           const EmbeddingRecord &record);

std::optional<EmbeddingRecord> embedding(const Session &session, qint64 id);
// All, or those of one run; by id.
std::vector<EmbeddingRecord> embeddings(const Session &session,
                                        std::optional<qint64> runId = std::nullopt);

// The absolute path of the embedding's file. Throws eg::Error when the record or the file is
// missing, or (with verify) when the file's size or SHA-256 is not the recorded one.
QString embeddingPath(const Session &session, qint64 id, bool verify = false);

// Deletes the record, and its file when no other record names it. Throws eg::Error.
void removeEmbedding(Session &session, qint64 id);

} // namespace eg::store
