#include "store_test_util.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace eg::test {

QMap<QString, QByteArray> folderDigest(const QString &dir)
{
    QMap<QString, QByteArray> digest;
    const QDir folder(dir);
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        digest.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return digest;
}

void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &body)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
}

QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        if (query.next())
            value = query.value(0);
    });
    return value;
}

} // namespace eg::test
