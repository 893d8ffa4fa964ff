#pragma once

#include <QCoreApplication>
#include <QException>
#include <QString>

namespace eg {

// The one exception type of the engine. It names the file and line where the fault was found
// (when there is one) so every front end can report it without guessing.
//
// Messages are written as `Error::tr("... %1 ...").arg(...)`: lupdate collects them (context
// eg::Error) into translations/, and they are translated when the message is made, by whatever
// translator the application installed. Without one (the CLI, the tests) they stay English.
class Error : public QException
{
    Q_DECLARE_TR_FUNCTIONS(eg::Error)

public:
    explicit Error(QString message, QString file = {}, qint64 line = 0);

    const QString &message() const { return m_message; }
    const QString &file() const { return m_file; }
    qint64 line() const { return m_line; }

    // "file:line: message", or the parts of it that are known.
    QString describe() const;
    const char *what() const noexcept override { return m_what.constData(); }

    void raise() const override { throw *this; }
    Error *clone() const override { return new Error(*this); }

private:
    QString m_message;
    QString m_file;
    qint64 m_line = 0;
    QByteArray m_what;
};

// Thrown when a progress callback asks to stop. Not an error: callers report "cancelled".
class Cancelled : public QException
{
public:
    const char *what() const noexcept override { return "cancelled"; }
    void raise() const override { throw *this; }
    Cancelled *clone() const override { return new Cancelled(*this); }
};

} // namespace eg
