#include "preferencesdialog.h"

#include "translations.h"
#include "uisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace eg {

PreferencesDialog::PreferencesDialog(UiSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));

    const QString system = Translations::resolve({});
    m_language->addItem(tr("System default (%1)").arg(Translations::nativeName(system)),
                        QString());
    const QStringList codes = Translations::available();
    for (const QString &code : codes)
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));

    auto *restartNote = new QLabel(tr("A new language takes effect when Equigraph is next "
                                      "started."), this);
    restartNote->setWordWrap(true);

    auto *clearRecent = new QPushButton(tr("Clear List"), this);
    clearRecent->setEnabled(!settings->recentSessions().isEmpty());
    connect(clearRecent, &QPushButton::clicked, this, [this, clearRecent] {
        m_settings->clearRecentSessions();
        clearRecent->setEnabled(false);
        Q_EMIT recentSessionsCleared();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Recent sessions:"), clearRecent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

bool PreferencesDialog::apply()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen == m_settings->language())
        return false;
    m_settings->setLanguage(chosen);
    return true;
}

} // namespace eg
