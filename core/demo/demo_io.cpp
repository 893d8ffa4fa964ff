#include "demo/demo_io.h"

#include "common/error.h"

#include <QDir>
#include <QSaveFile>

namespace eg::demo {

void makeFolder(const QString &folder)
{
    if (folder.isEmpty() || !QDir().mkpath(folder))
        throw Error(Error::tr("cannot create the folder"), folder);
}

void writeFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(folder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
}

QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return text;
}

} // namespace eg::demo
