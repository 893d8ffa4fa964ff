#include "store/datasets.h"

#include "common/error.h"
#include "store/content_hash.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>

namespace eg::store {

namespace {

const QString kColumns =
    QStringLiteral("id, name, path, sha256, bytes, entities, relations, triples, counts, added_at");

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

DatasetRecord read(const Session &session, const QSqlQuery &q)
{
    DatasetRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.path = q.value(2).toString();
    r.sha256 = q.value(3).toString();
    r.bytes = q.value(4).toLongLong();
    r.entities = q.value(5).toLongLong();
    r.relations = q.value(6).toLongLong();
    r.triples = q.value(7).toLongLong();
    r.counts =
        sql::objectFromText(session, q.value(8), Error::tr("datasets.counts of row %1").arg(r.id));
    r.addedAt = q.value(9).toString();
    return r;
}

std::vector<DatasetRecord> readAll(const Session &session, QSqlQuery &q)
{
    std::vector<DatasetRecord> all;
    while (q.next())
        all.push_back(read(session, q));
    return all;
}

} // namespace

qint64 addDataset(Session &session, DatasetRecord record, const ProgressFn &progress)
{
    session.requireWritable(Error::tr("add a data set"));
    // Hashing happens before the transaction: it may take long, and the write lock would block
    // every other writer meanwhile.
    if (record.sha256.isEmpty())
        record.sha256 = contentHash(record.path, progress);
    if (record.bytes == 0)
        record.bytes = sizeOf(record.path);
    WriteTransaction tx(session, Error::tr("add a data set"));
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral(
            "INSERT INTO datasets (name, path, sha256, bytes, entities, relations, triples, counts,"
            " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(record.name));
    q.addBindValue(sql::text(record.path));
    q.addBindValue(record.sha256.toLower());
    q.addBindValue(record.bytes);
    q.addBindValue(record.entities);
    q.addBindValue(record.relations);
    q.addBindValue(record.triples);
    q.addBindValue(sql::toText(record.counts));
    q.addBindValue(sql::now());
    sql::exec(session, q, Error::tr("adding the data set"));
    const qint64 id = sql::insertedId(q);
    tx.commit();
    return id;
}

std::optional<DatasetRecord> dataset(const Session &session, qint64 id)
{
    QSqlQuery q =
        sql::prepare(session, QStringLiteral("SELECT %1 FROM datasets WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("reading the data set"));
    if (!q.next())
        return std::nullopt;
    return read(session, q);
}

std::vector<DatasetRecord> datasets(const Session &session)
{
    QSqlQuery q =
        sql::exec(session, QStringLiteral("SELECT %1 FROM datasets ORDER BY id").arg(kColumns),
                  Error::tr("reading the data sets"));
    return readAll(session, q);
}

std::vector<DatasetRecord> datasetsWithHash(const Session &session, const QString &sha256)
{
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral("SELECT %1 FROM datasets WHERE sha256 = ? ORDER BY id").arg(kColumns));
    q.addBindValue(sha256.toLower());
    sql::exec(session, q, Error::tr("reading the data sets"));
    return readAll(session, q);
}

} // namespace eg::store
