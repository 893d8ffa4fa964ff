#include "store/write_transaction.h"

#include "common/error.h"
#include "store/session_p.h"

#include <QSqlError>
#include <QSqlQuery>

namespace eg {

WriteTransaction::WriteTransaction(Session &session, const QString &what)
    : m_session(session)
    , m_what(what)
{
    session.requireWritable(what);
    m_depth = session.d->depth;
    QSqlQuery query(session.database());
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT eg_%1").arg(m_depth);
    if (!query.exec(sql))
        throw Error(Error::tr("cannot %1: %2").arg(what, query.lastError().databaseText()),
                    session.path());
    ++session.d->depth;
}

WriteTransaction::~WriteTransaction()
{
    Session::Impl *impl = m_session.d.get();
    if (m_done || !impl)
        return; // committed, or the session was closed under us (which rolled back)
    QSqlQuery query(impl->connection->db());
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO eg_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE eg_%1").arg(m_depth));
    }
    --impl->depth;
}

void WriteTransaction::commit()
{
    QSqlQuery query(m_session.database());
    const QString sql =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE eg_%1").arg(m_depth);
    if (!query.exec(sql))
        throw Error(Error::tr("cannot %1: %2").arg(m_what, query.lastError().databaseText()),
                    m_session.path());
    m_done = true;
    --m_session.d->depth;
}

} // namespace eg
