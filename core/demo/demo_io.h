#pragma once

#include <QByteArray>
#include <QString>

namespace eg::demo {

// Creates `folder` (and its parents) when missing; throws eg::Error naming it when it cannot.
void makeFolder(const QString &folder);

// Writes `bytes` to folder/name, replacing the file atomically. Throws eg::Error naming the
// file when it cannot be written.
void writeFile(const QString &folder, const QString &name, const QByteArray &bytes);

// Appends `text` as UTF-8 followed by "\n".
inline void appendLine(QByteArray &out, const QString &text)
{
    out += text.toUtf8();
    out += '\n';
}

// A label made safe for a one-line TAB-separated field (tabs and line breaks become spaces).
QString oneLine(QString text);

} // namespace eg::demo
