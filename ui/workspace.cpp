#include "workspace.h"

#include <QDir>
#include <QFileInfo>

namespace eg {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

void Workspace::setGraph(std::shared_ptr<const Graph> graph)
{
    m_graph = std::move(graph);
    Q_EMIT graphChanged();
}

void Workspace::setSession(const SessionSummary &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

QString Workspace::graphName() const
{
    if (!m_graph)
        return {};
    const QFileInfo info(QDir::cleanPath(m_graph->source));
    const QString name = info.fileName();
    return name.isEmpty() ? m_graph->source : name;
}

} // namespace eg
