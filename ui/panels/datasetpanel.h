#pragma once

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QListWidget;

namespace eg {

class Workspace;

// The data set in use (where it came from, its size) with the commands that load one, and the
// session file with the list of recent sessions.
class DatasetPanel : public QWidget
{
    Q_OBJECT
public:
    // `loadActions` load a data set (triples folder, triples file, demo world); `openSession`
    // opens a session file. The panel shows them as buttons.
    DatasetPanel(Workspace *workspace, const QList<QAction *> &loadActions, QAction *openSession,
                 QWidget *parent = nullptr);

    void setRecentSessions(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    // The figures shown for the current data set, one "label: value" per line.
    QString summaryText() const;

Q_SIGNALS:
    void recentSessionActivated(const QString &path);

private:
    void showGraph();
    void showSession();

    Workspace *m_workspace;
    QFormLayout *m_form;
    QLabel *m_source;
    QLabel *m_entities;
    QLabel *m_relations;
    QLabel *m_triples;
    QLabel *m_session;
    QListWidget *m_recent;
    QLabel *m_noRecent;
};

} // namespace eg
