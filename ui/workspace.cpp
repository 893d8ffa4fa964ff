#include "workspace.h"

#include "common/error.h"
#include "datasetsource.h"
#include "store/datasets.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace eg {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace() = default;

void Workspace::setGraph(std::shared_ptr<const Graph> graph, DatasetSource source)
{
    m_graph = std::move(graph);
    m_source = std::move(source);
    recordDataset();
    Q_EMIT graphChanged();
}

QString Workspace::graphName() const
{
    if (!m_graph)
        return {};
    const QFileInfo info(QDir::cleanPath(m_graph->source));
    const QString name = info.fileName();
    return name.isEmpty() ? m_graph->source : name;
}

QString Workspace::sessionPath() const
{
    return m_session.isOpen() ? m_session.path() : QString();
}

bool Workspace::isReadOnly() const
{
    return m_session.isOpen() && m_session.isReadOnly();
}

QString Workspace::readOnlyReason() const
{
    return isReadOnly() ? m_session.readOnlyReason() : QString();
}

void Workspace::setSession(Session session)
{
    m_session = std::move(session); // closes the previous connection
    recordDataset();
    Q_EMIT sessionChanged();
}

void Workspace::closeSession()
{
    m_session.close();
    m_datasetId.reset();
    Q_EMIT sessionChanged();
}

void Workspace::saveSessionAs(const QString &path)
{
    if (!m_session.isOpen())
        throw Error(Error::tr("no session is open"), path);
    m_session.saveAs(path);
    // A copy of a read-only session is writable: the data set may not be recorded yet.
    if (!m_datasetId)
        recordDataset();
    Q_EMIT sessionChanged();
}

void Workspace::recordDataset()
{
    m_datasetId.reset();
    if (!m_graph || !m_session.isOpen() || m_session.isReadOnly())
        return;
    try {
        store::DatasetRecord record;
        record.name = m_source.name.isEmpty() ? graphName() : m_source.name;
        record.path = m_source.path;
        record.sha256 = m_source.sha256.isEmpty() ? graphContentHash(*m_graph) : m_source.sha256;
        record.bytes = m_source.bytes;
        // The same data at the same place is one row, however often it is loaded.
        for (const store::DatasetRecord &known : store::datasetsWithHash(m_session, record.sha256)) {
            if (known.path == record.path) {
                m_datasetId = known.id;
                return;
            }
        }
        record.entities = m_graph->entityCount();
        record.relations = m_graph->relationCount();
        record.triples = m_graph->tripleCount();
        record.counts = {{QStringLiteral("train"), qint64(m_graph->train.size())},
                         {QStringLiteral("valid"), qint64(m_graph->valid.size())},
                         {QStringLiteral("test"), qint64(m_graph->test.size())}};
        if (record.path.isEmpty())
            record.counts.insert(QStringLiteral("source"), m_graph->source);
        m_datasetId = store::addDataset(m_session, record);
        Q_EMIT message(LogLevel::Info,
                       tr("Recorded the data set %1 in the session.").arg(record.name));
        Q_EMIT sessionEdited();
    } catch (const Error &error) {
        Q_EMIT message(LogLevel::Warning, tr("Could not record the data set in the session: %1")
                                              .arg(error.describe()));
    }
}

} // namespace eg
