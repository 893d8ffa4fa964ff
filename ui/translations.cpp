#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace eg {

namespace {
const QString resourceFolder = QStringLiteral(":/i18n");
const QString prefix = QStringLiteral("equigraph_");
} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    remove();
}

QStringList Translations::available()
{
    QStringList codes;
    const QStringList files =
        QDir(resourceFolder).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(prefix.size(), file.size() - prefix.size() - 3);
    if (!codes.contains(QStringLiteral("en")))
        codes << QStringLiteral("en"); // the source language needs no file
    codes.sort();
    return codes;
}

QString Translations::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Translations::resolve(const QString &preference, const QLocale &system)
{
    const QStringList shipped = available();
    if (shipped.contains(preference))
        return preference;
    const QStringList wanted = system.uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (shipped.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString &code)
{
    remove();
    m_code = code;
    QLocale::setDefault(QLocale(code));

    m_qt = std::make_unique<QTranslator>();
    m_qtLoaded = m_qt->load(QStringLiteral("qtbase_") + code,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(m_qt.get());

    m_app = std::make_unique<QTranslator>();
    const bool loaded = m_app->load(prefix + code, resourceFolder);
    if (loaded)
        QCoreApplication::installTranslator(m_app.get());
    // English is the source language: without a file the source texts are shown.
    return loaded || code == QLatin1String("en");
}

void Translations::remove()
{
    for (auto *translator : {m_app.get(), m_qt.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    m_app.reset();
    m_qt.reset();
    m_qtLoaded = false;
}

} // namespace eg
