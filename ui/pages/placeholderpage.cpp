#include "pages/placeholderpage.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace eg {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &purpose,
                                 const QStringList &contents, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    auto *status = new QLabel(tr("This workbench is not available yet."), this);
    QFont statusFont = status->font();
    statusFont.setItalic(true);
    status->setFont(statusFont);

    QString body = QStringLiteral("<p>%1</p><p>%2</p><ul>")
                       .arg(purpose.toHtmlEscaped(), tr("It will hold:").toHtmlEscaped());
    for (const QString &item : contents)
        body += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    body += QStringLiteral("</ul>");
    auto *details = new QLabel(body, this);
    details->setTextFormat(Qt::RichText);
    details->setWordWrap(true);
    details->setMaximumWidth(720);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(heading);
    layout->addWidget(status);
    layout->addSpacing(12);
    layout->addWidget(details);
    layout->addStretch();

    m_text = QStringList{title, status->text(), purpose, contents.join(QLatin1Char('\n'))}
                 .join(QLatin1Char('\n'));
    setAccessibleDescription(m_text);
    setEnabled(false);
    keepTextReadable();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        keepTextReadable();
}

void PlaceholderPage::keepTextReadable()
{
    QPalette readable = QApplication::palette(this);
    for (const auto role : {QPalette::WindowText, QPalette::Text})
        readable.setColor(QPalette::Disabled, role, readable.color(QPalette::Active, role));
    setPalette(readable);
}

QString PlaceholderPage::text() const
{
    return m_text;
}

} // namespace eg
