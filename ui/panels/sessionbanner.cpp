#include "panels/sessionbanner.h"

#include "theme.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace eg {

SessionBanner::SessionBanner(Workspace *workspace, QAction *saveAs, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A tint of the warning hue over the window colour; the text keeps the palette's colour.
    QPalette tinted = palette();
    const QColor window = tinted.color(QPalette::Window);
    const QColor warning = theme::warningColor(tinted);
    tinted.setColor(QPalette::Window,
                    QColor::fromRgbF(0.8f * window.redF() + 0.2f * warning.redF(),
                                     0.8f * window.greenF() + 0.2f * warning.greenF(),
                                     0.8f * window.blueF() + 0.2f * warning.blueF()));
    setPalette(tinted);
    setAutoFillBackground(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *button = new QToolButton(this);
    button->setDefaultAction(saveAs);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(button, 0, Qt::AlignVCenter);

    connect(workspace, &Workspace::sessionChanged, this, &SessionBanner::showSession);
    showSession();
}

QString SessionBanner::readOnlyText(const QString &reason)
{
    // The reason is the engine's message (eg::Session), English or translated as eg::Error: each
    // marker occurs in both forms (the German translation keeps them in the longer messages).
    const auto says = [&reason](const char *marker) {
        return reason.contains(QLatin1String(marker)) ||
               reason.contains(QCoreApplication::translate("eg::Error", marker));
    };
    QString why;
    if (says(QT_TRANSLATE_NOOP("eg::Error", "another Equigraph")))
        why = tr("Another Equigraph has it open for writing.");
    else if (says(QT_TRANSLATE_NOOP("eg::Error", "not writable")))
        why = tr("Its folder is not writable.");
    QStringList parts{tr("This session is open read-only."), why,
                      tr("Nothing you do here is saved to it: training and other changes are "
                         "turned off. Use Save As to continue in a writable copy."),
                      tr("(Details: %1.)").arg(reason)};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString SessionBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void SessionBanner::showSession()
{
    const bool readOnly = m_workspace->isReadOnly();
    m_text->setText(readOnly ? readOnlyText(m_workspace->readOnlyReason()) : QString());
    setVisible(readOnly);
}

} // namespace eg
