#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace eg {

// The UI state kept between runs, in QSettings: language, recent session files and the window
// layout. Nothing about the work itself lives here; that belongs in the session file.
class UiSettings
{
public:
    static constexpr int maxRecent = 8;

    UiSettings() = default; // the application's QSettings (organisation and application name)

    // "" = follow the system locale, else a language code such as "de".
    QString language() const;
    void setLanguage(const QString &code);

    // Most recent first, without duplicates.
    QStringList recentSessions() const;
    void addRecentSession(const QString &path);
    void removeRecentSession(const QString &path);
    void clearRecentSessions();

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

private:
    void setRecentSessions(const QStringList &paths);

    QSettings m_settings;
};

} // namespace eg
