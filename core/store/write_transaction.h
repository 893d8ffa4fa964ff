#pragma once

#include <QString>

namespace eg {

class Session;

// The transaction every write runs in: BEGIN IMMEDIATE (so a write never fails half way on a
// lock held by another connection; a busy file is waited for up to 10 s), or a SAVEPOINT when
// nested in another WriteTransaction. Rolls back unless commit() was called.
class WriteTransaction
{
public:
    WriteTransaction(Session &session, const QString &what);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit();

private:
    Session &m_session;
    QString m_what;
    int m_depth = 0;
    bool m_done = false;
};

} // namespace eg
