#pragma once

#include <QStringList>
#include <QWidget>

namespace eg {

// A workbench that is not built yet: it says what it will hold, and is disabled (so is every
// control later added to it), while its text keeps the normal colours.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &purpose, const QStringList &contents,
                    QWidget *parent = nullptr);

    // Everything the page says, for tests and accessibility.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The page is disabled, but what it says must stay readable: its disabled text colours are
    // the palette's normal ones.
    void keepTextReadable();

    QString m_text;
};

} // namespace eg
