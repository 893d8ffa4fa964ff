#pragma once

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QListWidget;
class QTimer;

namespace eg {

class Workspace;

// The data set in use (where it came from, its size) with the commands that load one, and the
// session file with the list of recent sessions.
class DatasetPanel : public QWidget
{
    Q_OBJECT
public:
    // `loadActions` load a data set (triples folder, triples file, demo world), `train` opens
    // the Train dialog, `sessionActions` create or open a session file. The panel shows them as
    // buttons.
    DatasetPanel(Workspace *workspace, const QList<QAction *> &loadActions, QAction *train,
                 const QList<QAction *> &sessionActions, QWidget *parent = nullptr);

    void setRecentSessions(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    // The figures shown for the current data set, one "label: value" per line.
    QString summaryText() const;
    // What the panel says about the session.
    QString sessionText() const;

Q_SIGNALS:
    void recentSessionActivated(const QString &path);

private:
    void showGraph();
    void showSession();
    void scheduleSession();

    Workspace *m_workspace;
    QFormLayout *m_form;
    QLabel *m_source;
    QLabel *m_entities;
    QLabel *m_relations;
    QLabel *m_triples;
    QLabel *m_session;
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QTimer *m_sessionTimer;
};

} // namespace eg
