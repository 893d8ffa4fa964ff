#include "store/embeddings.h"

#include "common/error.h"
#include "store/content_hash.h"
#include "store/file_ops.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>

namespace eg::store {

namespace {

const QString kColumns =
    QStringLiteral("id, run_id, epoch, label, format, file_name, sha256, bytes, created_at");

void checkFormat(const Session &session, const QString &format)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]{1,8}$"));
    if (!valid.match(format).hasMatch())
        throw Error(Error::tr("cannot store the embeddings: the format \"%1\" is not 1 to 8 "
                              "lowercase letters or digits")
                        .arg(format),
                    session.path());
}

// Writes the file beside the session unless an identical one is there already.
void placeFile(const Session &session, const QString &target, qint64 size,
               const std::function<bool(QFile &)> &write)
               {
    if (QFileInfo(target).size() == size && QFileInfo(target).isFile())
        return; // same name = same SHA-256; the size guards against a truncated leftover
    if (!QDir().mkpath(session.dataDir()))
        throw Error(Error::tr("cannot create the folder %1").arg(session.dataDir()),
                    session.path());
    const QString partial = partialPath(target);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Error::tr("cannot write %1: %2").arg(partial, file.errorString()),
                    session.path());
    if (!write(file) || !file.flush()) {
        file.close();
        QFile::remove(partial);
        throw Error(Error::tr("cannot write %1: %2").arg(partial, file.errorString()),
                    session.path());
    }
    file.close();
    syncFile(partial);
    replaceFile(partial, target);
}

qint64 insert(Session &session, const EmbeddingRecord &record, const QString &sha256,
              qint64 bytes)
              {
    WriteTransaction tx(session, Error::tr("store the embeddings"));
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral(
            "INSERT INTO embeddings (run_id, epoch, label, format, file_name, sha256, bytes,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::nullable(record.runId));
    q.addBindValue(record.epoch ? QVariant(*record.epoch) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(sql::text(record.label));
    q.addBindValue(record.format);
    q.addBindValue(QString(sha256 + QLatin1Char('.') + record.format));
    q.addBindValue(sha256);
    q.addBindValue(bytes);
    q.addBindValue(sql::now());
    sql::exec(session, q, Error::tr("storing the embeddings"));
    const qint64 id = sql::insertedId(q);
    tx.commit();
    return id;
}

EmbeddingRecord read(const QSqlQuery &q)
{
    EmbeddingRecord r;
    r.id = q.value(0).toLongLong();
    r.runId = sql::optionalId(q.value(1));
    if (!q.value(2).isNull())
        r.epoch = q.value(2).toInt();
    r.label = q.value(3).toString();
    r.format = q.value(4).toString();
    r.fileName = q.value(5).toString();
    r.sha256 = q.value(6).toString();
    r.bytes = q.value(7).toLongLong();
    r.createdAt = q.value(8).toString();
    return r;
}

} // namespace

qint64 storeEmbeddingFile(Session &session, const QString &sourceFile,
                          const EmbeddingRecord &record)
                          {
    session.requireWritable(Error::tr("store embeddings"));
    checkFormat(session, record.format);
    const QString sha256 = sha256OfFile(sourceFile);
    const qint64 size = QFileInfo(sourceFile).size();
    const QString target =
        session.dataDir() + QLatin1Char('/') + sha256 + QLatin1Char('.') + record.format;
    placeFile(session, target, size, [&](QFile &out) {
        QFile in(sourceFile);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;)
            if (out.write(buffer.constData(), n) != n)
                return false;
        return in.atEnd();
    });
    return insert(session, record, sha256, size);
}

qint64 storeEmbeddingBytes(Session &session, const QByteArray &bytes,
                           const EmbeddingRecord &record)
                           {
    session.requireWritable(Error::tr("store embeddings"));
    checkFormat(session, record.format);
    const QString sha256 = sha256Hex(bytes);
    const QString target =
        session.dataDir() + QLatin1Char('/') + sha256 + QLatin1Char('.') + record.format;
    placeFile(session, target, bytes.size(),
              [&](QFile &out) { return out.write(bytes) == bytes.size(); });
    return insert(session, record, sha256, bytes.size());
}

std::optional<EmbeddingRecord> embedding(const Session &session, qint64 id)
{
    QSqlQuery q = sql::prepare(
        session, QStringLiteral("SELECT %1 FROM embeddings WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("reading the embeddings"));
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::vector<EmbeddingRecord> embeddings(const Session &session, std::optional<qint64> runId)
{
    QSqlQuery q = sql::prepare(
        session, QStringLiteral("SELECT %1 FROM embeddings WHERE ? IS NULL OR run_id = ? "
                                "ORDER BY id")
                     .arg(kColumns));
    q.addBindValue(sql::nullable(runId));
    q.addBindValue(sql::nullable(runId));
    sql::exec(session, q, Error::tr("reading the embeddings"));
    std::vector<EmbeddingRecord> all;
    while (q.next())
        all.push_back(read(q));
    return all;
}

QString embeddingPath(const Session &session, qint64 id, bool verify)
{
    const std::optional<EmbeddingRecord> record = embedding(session, id);
    if (!record)
        throw Error(Error::tr("there are no embeddings with id %1").arg(id), session.path());
    const QString path = session.dataDir() + QLatin1Char('/') + record->fileName;
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(Error::tr("the embedding file %1 is missing (it belongs beside the "
                              "session, in %2)")
                        .arg(record->fileName, session.dataDir()),
                    session.path());
    if (verify && (info.size() != record->bytes || sha256OfFile(path) != record->sha256))
        throw Error(Error::tr("the embedding file %1 was changed after it was stored (its "
                              "size or SHA-256 differs from the recorded one)")
                        .arg(record->fileName),
                    session.path());
    return path;
}

void removeEmbedding(Session &session, qint64 id)
{
    const std::optional<EmbeddingRecord> record = embedding(session, id);
    if (!record)
        throw Error(Error::tr("there are no embeddings with id %1").arg(id), session.path());
    WriteTransaction tx(session, Error::tr("remove the embeddings"));
    QSqlQuery del = sql::prepare(session, QStringLiteral("DELETE FROM embeddings WHERE id = ?"));
    del.addBindValue(id);
    sql::exec(session, del, Error::tr("removing the embeddings"));
    QSqlQuery left = sql::prepare(
        session, QStringLiteral("SELECT count(*) FROM embeddings WHERE file_name = ?"));
    left.addBindValue(record->fileName);
    sql::exec(session, left, Error::tr("removing the embeddings"));
    const bool shared = left.next() && left.value(0).toLongLong() > 0;
    left.finish();
    tx.commit();
    // After the commit: a crash in between leaves an unreferenced file, never a dangling row.
    if (!shared)
        QFile::remove(session.dataDir() + QLatin1Char('/') + record->fileName);
}

} // namespace eg::store
