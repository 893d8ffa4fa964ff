#pragma once

#include "kg/graph.h"

#include <QObject>
#include <QString>

#include <memory>

namespace eg {

class Workspace;

// The data sets the bias page trains on and maps loaded embeddings onto: the built-in demo
// world (always; generated on first use, seeded, so always the same) and the workspace's
// graph when one is loaded.
class BiasDataSets : public QObject
{
    Q_OBJECT
public:
    enum Index { DemoIndex = 0, WorkspaceIndex = 1 };

    explicit BiasDataSets(Workspace *workspace, QObject *parent = nullptr);

    int count() const;
    QString name(int index) const;
    // The graph of data set `index`; nullptr for an index out of range.
    std::shared_ptr<const Graph> graph(int index);
    // The workspace's graph when there is one, else the demo world.
    int defaultIndex() const;

Q_SIGNALS:
    void changed();

private:
    Workspace *m_workspace;
    std::shared_ptr<const Graph> m_demo;
};

} // namespace eg
