#include "pages/bias/biasdatasets.h"

#include "demo/demo_world.h"
#include "workspace.h"

namespace eg {

BiasDataSets::BiasDataSets(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    if (m_workspace)
        connect(m_workspace, &Workspace::graphChanged, this, &BiasDataSets::changed);
}

int BiasDataSets::count() const
{
    return m_workspace && m_workspace->graph() ? 2 : 1;
}

QString BiasDataSets::name(int index) const
{
    if (index == DemoIndex)
        return tr("Demo world (built in)");
    if (index == WorkspaceIndex && count() > 1)
        return m_workspace->graphName();
    return {};
}

std::shared_ptr<const Graph> BiasDataSets::graph(int index)
{
    if (index == DemoIndex) {
        if (!m_demo) {
            DemoWorld world = generateDemoWorld();
            m_demo = std::make_shared<const Graph>(std::move(world.graph));
        }
        return m_demo;
    }
    if (index == WorkspaceIndex && count() > 1)
        return m_workspace->graph();
    return nullptr;
}

int BiasDataSets::defaultIndex() const
{
    return count() > 1 ? WorkspaceIndex : DemoIndex;
}

} // namespace eg
