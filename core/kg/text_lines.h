#pragma once

// Internal to the loaders: a whole text file in memory (mapped when possible) and a fast line
// cursor over it that handles line endings, blank lines, progress and error positions.

#include "jobs/progress.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstring>
#include <string_view>

namespace eg {

// The bytes of one file: memory-mapped read-only, or read whole when mapping is impossible.
// A UTF-8 byte-order mark at the start is not part of text(). Throws eg::Error naming the file
// when it is missing or unreadable.
class TextFile
{
public:
    explicit TextFile(const QString &path);
    TextFile(const TextFile &) = delete;
    TextFile &operator=(const TextFile &) = delete;

    const QString &path() const { return m_path; }
    std::string_view text() const { return m_text; }
    // Bytes on disk, byte-order mark included.
    qint64 size() const { return m_size; }

private:
    QString m_path;
    QFile m_file;
    QByteArray m_copy;
    std::string_view m_text;
    qint64 m_size = 0;
};

// Walks the lines of a TextFile. next() gives each non-blank line without its "\n" or "\r\n";
// a missing final newline is fine. A blank line (empty once a trailing '\r' is removed) is
// accepted only when nothing but blank lines follows it; a blank line followed by more text
// is an error at the blank line. Reports bytes done (plus `base`) to `progress` every MiB,
// so a cancelled load throws eg::Cancelled from next().
class LineReader
{
public:
    LineReader(const TextFile &file, Progress *progress, qint64 base);

    bool next(std::string_view &line)
    {
        for (;;) {
            if (m_pos >= m_end)
                return false;
            if (m_pos >= m_nextReport)
                reportProgress();
            const char *lineEnd =
                static_cast<const char *>(std::memchr(m_pos, '\n', size_t(m_end - m_pos)));
            const char *after = lineEnd ? lineEnd + 1 : m_end;
            if (!lineEnd)
                lineEnd = m_end;
            if (lineEnd > m_pos && lineEnd[-1] == '\r')
                --lineEnd;
            ++m_line;
            const char *start = m_pos;
            m_pos = after;
            if (lineEnd == start) {
                if (m_blankLine == 0)
                    m_blankLine = m_line;
                continue;
            }
            if (m_blankLine != 0)
                failBlank();
            line = std::string_view(start, size_t(lineEnd - start));
            return true;
        }
    }

    // 1-based number of the line last returned by next().
    qint64 line() const { return m_line; }
    const QString &path() const { return m_path; }
    // An upper bound on the number of lines, for reserving (one fast pass over the bytes).
    qint64 countLines() const;

    [[noreturn]] void fail(const QString &message) const;
    [[noreturn]] void failAt(qint64 line, const QString &message) const;

private:
    void reportProgress();
    [[noreturn]] void failBlank() const;

    static constexpr qint64 ReportEvery = 1 << 20;

    QString m_path;
    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    const char *m_nextReport = nullptr;
    qint64 m_line = 0;
    qint64 m_blankLine = 0;
    qint64 m_skipped = 0; // bytes before text() (the byte-order mark)
    Progress *m_progress = nullptr;
    qint64 m_base = 0;
};

// Shortens a key for an error message and makes it printable.
QString quoteKey(std::string_view key);

} // namespace eg
