#include "uisettings.h"

#include <QDir>

namespace eg {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString recentKey = QStringLiteral("ui/recentSessions");
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString stateKey = QStringLiteral("ui/windowState");
} // namespace

QString UiSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    m_settings.setValue(languageKey, code);
}

QStringList UiSettings::recentSessions() const
{
    return m_settings.value(recentKey).toStringList();
}

void UiSettings::addRecentSession(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList paths = recentSessions();
    paths.removeAll(clean);
    paths.prepend(clean);
    setRecentSessions(paths);
}

void UiSettings::removeRecentSession(const QString &path)
{
    QStringList paths = recentSessions();
    paths.removeAll(path);
    setRecentSessions(paths);
}

void UiSettings::clearRecentSessions()
{
    m_settings.remove(recentKey);
}

void UiSettings::setRecentSessions(const QStringList &paths)
{
    m_settings.setValue(recentKey, paths.mid(0, maxRecent));
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void UiSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(geometryKey, geometry);
    m_settings.setValue(stateKey, state);
}

} // namespace eg
