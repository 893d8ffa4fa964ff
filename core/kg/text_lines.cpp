#include "kg/text_lines.h"

#include "common/error.h"

#include <QFileInfo>

#include <algorithm>

namespace eg {

TextFile::TextFile(const QString &path)
    : m_path(path)
    , m_file(path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Error::tr("no such file"), path);
    if (info.isDir())
        throw Error(Error::tr("is a folder, expected a file"), path);
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot open: %1").arg(m_file.errorString()), path);
    m_size = m_file.size();
    const char *data = nullptr;
    if (m_size > 0) {
        if (uchar *mapped = m_file.map(0, m_size)) {
            data = reinterpret_cast<const char *>(mapped);
        } else {
            m_copy = m_file.readAll();
            if (m_copy.size() != m_size)
                throw Error(Error::tr("cannot read: %1").arg(m_file.errorString()), path);
            data = m_copy.constData();
        }
    }
    m_text = std::string_view(data ? data : "", size_t(m_size));
    if (m_text.starts_with("\xEF\xBB\xBF"))
        m_text.remove_prefix(3);
}

LineReader::LineReader(const TextFile &file, Progress *progress, qint64 base)
    : m_path(file.path())
    , m_begin(file.text().data())
    , m_pos(m_begin)
    , m_end(m_begin + file.text().size())
    , m_nextReport(m_begin)
    , m_skipped(file.size() - qint64(file.text().size()))
    , m_progress(progress)
    , m_base(base)
{
}

qint64 LineReader::countLines() const
{
    return qint64(std::count(m_begin, m_end, '\n')) + 1;
}

void LineReader::reportProgress()
{
    if (m_progress)
        m_progress->report(m_base + m_skipped + (m_pos - m_begin));
    m_nextReport = m_end - m_pos > ReportEvery ? m_pos + ReportEvery : m_end;
}

void LineReader::fail(const QString &message) const { failAt(m_line, message); }

void LineReader::failAt(qint64 line, const QString &message) const
{
    throw Error(message, m_path, line);
}

void LineReader::failBlank() const
{
    failAt(m_blankLine, Error::tr("blank line before the end of the file (blank lines are "
                                  "accepted only at the end)"));
}

QString quoteKey(std::string_view key)
{
    constexpr size_t Longest = 80;
    const bool cut = key.size() > Longest;
    if (cut)
        key = key.substr(0, Longest);
    QString text = QString::fromUtf8(key.data(), qsizetype(key.size()));
    if (cut)
        text += QStringLiteral("...");
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace eg
