#pragma once

#include "enginehooks.h"
#include "kg/graph.h"

#include <QObject>

#include <memory>

namespace eg {

// What the user is working on: the loaded graph (immutable, shared with running jobs) and the
// session file it belongs to. Panels read it and listen for changes.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);

    const std::shared_ptr<const Graph> &graph() const { return m_graph; }
    void setGraph(std::shared_ptr<const Graph> graph);

    bool hasSession() const { return !m_session.path.isEmpty(); }
    const SessionSummary &session() const { return m_session; }
    void setSession(const SessionSummary &session);

    // "FB15k-237" style name of the graph's source, or an empty string without a graph.
    QString graphName() const;

Q_SIGNALS:
    void graphChanged();
    void sessionChanged();

private:
    std::shared_ptr<const Graph> m_graph;
    SessionSummary m_session;
};

} // namespace eg
