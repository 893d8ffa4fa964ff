#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace eg::test {

QString sharedData(const QString &subfolder)
{
    QString root = qEnvironmentVariable("EG_SHARED_DATA");
    if (root.isEmpty())
        return {};
    const QString path = subfolder.isEmpty() ? root : root + QLatin1Char('/') + subfolder;
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

QString fixture(const QString &name)
{
    return QStringLiteral(EG_TEST_DATA_DIR) + QLatin1Char('/') + name;
}

QString writeTempFile(const QString &name, const QByteArray &contents)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(contents);
    return path;
}

} // namespace eg::test
