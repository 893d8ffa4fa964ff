#include "store/sql.h"

#include "common/error.h"
#include "store/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>

namespace eg::store::sql {

QSqlQuery prepare(const Session &session, const QString &sql)
{
    QSqlQuery query(session.database());
    if (!query.prepare(sql))
        throw Error(Error::tr("cannot prepare \"%1\": %2")
                        .arg(sql.simplified().left(80), query.lastError().databaseText()),
                    session.path());
    return query;
}

void exec(const Session &session, QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw Error(Error::tr("%1 failed: %2").arg(what, query.lastError().databaseText()),
                    session.path());
}

QSqlQuery exec(const Session &session, const QString &sql, const QString &what)
{
    QSqlQuery query = prepare(session, sql);
    exec(session, query, what);
    return query;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toText(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays; wrap scalars and strip the wrapper again.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue valueFromText(const Session &session, const QVariant &text, const QString &where)
{
    const QByteArray bytes = "[" + text.toString().toUtf8() + "]";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        throw Error(Error::tr("%1 holds invalid JSON: %2").arg(where, error.errorString()),
                    session.path());
    return document.array().first();
}

QJsonObject objectFromText(const Session &session, const QVariant &text, const QString &where)
{
    const QJsonValue value = valueFromText(session, text, where);
    if (!value.isObject())
        throw Error(Error::tr("%1 holds JSON that is not an object").arg(where), session.path());
    return value.toObject();
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

qint64 insertedId(const QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

} // namespace eg::store::sql
