#pragma once

#include <QDialog>

class QComboBox;

namespace eg {

class UiSettings;

// Settings of the user interface: the language (applied at the next start) and the list of
// recent sessions.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(UiSettings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

    // Writes the choices to the settings. Returns true when the language changed.
    bool apply();

Q_SIGNALS:
    void recentSessionsCleared();

private:
    UiSettings *m_settings;
    QComboBox *m_language;
};

} // namespace eg
