#include "kg/graph.h"

namespace eg {

QString Graph::entityLabel(qint32 id) const
{
    if (size_t(id) < entityLabels.size() && !entityLabels[size_t(id)].isEmpty())
        return entityLabels[size_t(id)];
    return entities.keyString(id);
}

} // namespace eg
