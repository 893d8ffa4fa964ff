#include "common/error.h"

namespace eg {

Error::Error(QString message, QString file, qint64 line)
    : m_message(std::move(message))
    , m_file(std::move(file))
    , m_line(line)
{
    m_what = describe().toUtf8();
}

QString Error::describe() const
{
    if (m_file.isEmpty())
        return m_message;
    if (m_line <= 0)
        return m_file + QStringLiteral(": ") + m_message;
    return m_file + QLatin1Char(':') + QString::number(m_line) + QStringLiteral(": ") + m_message;
}

} // namespace eg
