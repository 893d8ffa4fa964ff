#include "kg/graph.h"

namespace eg {

QString Graph::entityLabel(qint32 id) const
{
    if (size_t(id) < entityLabels.size() && !entityLabels[size_t(id)].isEmpty())
        return entityLabels[size_t(id)];
    return entities.keyString(id);
}

qint64 Graph::memoryBytes() const
{
    qint64 bytes = entities.memoryBytes() + relations.memoryBytes();
    bytes += qint64((train.capacity() + valid.capacity() + test.capacity()) * sizeof(Triple));
    bytes += qint64(entityLabels.capacity() * sizeof(QString));
    for (const QString &label : entityLabels) {
        if (!label.isEmpty())
            bytes += qint64(label.capacity() * sizeof(QChar)) + 16; // + QArrayData header
    }
    bytes += qint64(source.capacity() * sizeof(QChar));
    return bytes;
}

} // namespace eg
