#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace eg {

// The application's translations (equigraph_<code>.qm in :/i18n) and Qt's own (qtbase_<code>.qm
// from the system). The source texts are English. The language is picked once at start-up;
// changing it in the preferences takes effect at the next start.
class Translations
{
public:
    Translations();
    ~Translations();

    // Language codes with a translation in the resources ("de", "en").
    static QStringList available();
    // The language's own name ("Deutsch").
    static QString nativeName(const QString &code);
    // `preference` when shipped; for "" the first of the system's UI languages that is shipped;
    // else "en".
    static QString resolve(const QString &preference, const QLocale &system = QLocale::system());

    // Replaces the installed translators with those of `code` and makes it the default locale.
    // Returns false when the application's translation for `code` could not be loaded.
    bool install(const QString &code);
    QString installed() const { return m_code; }
    // Whether Qt's own translation for the installed language was found and loaded.
    bool qtLoaded() const { return m_qtLoaded; }

private:
    void remove();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_code;
    bool m_qtLoaded = false;
};

} // namespace eg
