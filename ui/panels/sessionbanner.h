#pragma once

#include <QFrame>

class QAction;
class QLabel;

namespace eg {

class Workspace;

// A bar above the workbenches, shown for as long as the open session is read-only: it says so,
// why, what that means (nothing is saved, write actions are off) and offers Save As.
class SessionBanner : public QFrame
{
    Q_OBJECT
public:
    SessionBanner(Workspace *workspace, QAction *saveAs, QWidget *parent = nullptr);

    // What the banner says (plain text), or an empty string while it is hidden.
    QString text() const;
    // The banner's message for a session opened read-only for `reason` (the engine's words).
    static QString readOnlyText(const QString &reason);

private:
    void showSession();

    Workspace *m_workspace;
    QLabel *m_text;
};

} // namespace eg
