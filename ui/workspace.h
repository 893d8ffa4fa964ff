#pragma once

#include "kg/graph.h"
#include "models/logmodel.h"
#include "store/session.h"

#include <QObject>

#include <memory>
#include <optional>

namespace eg {

// Where the current graph came from, for its row in the session's data sets.
struct DatasetSource
{
    QString name;     // display name
    QString path;     // absolute file or folder; empty for a generated graph (the demo world)
    QString sha256;   // content hash (store::contentHash, or of the triples when generated)
    qint64 bytes = 0; // size of the files; 0 when generated
};

// What the user is working on: the loaded graph (immutable, shared with running jobs) and the
// open session file, through the GUI thread's connection to it (eg::Session). Panels and pages
// read both and listen for changes; workers open their own connection from session().handle().
//
// The current graph is recorded in the session as a data set (name, path, content hash and
// counts) when either changes, once per content hash and path; a read-only session records
// nothing.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    const std::shared_ptr<const Graph> &graph() const { return m_graph; }
    const DatasetSource &datasetSource() const { return m_source; }
    void setGraph(std::shared_ptr<const Graph> graph, DatasetSource source = {});
    // "FB15k-237" style name of the graph's source, or an empty string without a graph.
    QString graphName() const;

    bool hasSession() const { return m_session.isOpen(); }
    // The GUI thread's connection. Only while hasSession().
    Session &session() { return m_session; }
    const Session &session() const { return m_session; }
    QString sessionPath() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // Makes `session` the current one (the previous one is closed) and records the current
    // graph's data set in it.
    void setSession(Session session);
    void closeSession();
    // Save As: writes a copy to `path` and continues there. Throws eg::Error (then nothing
    // changed).
    void saveSessionAs(const QString &path);

    // The current graph's row in the session's data sets, when it is recorded there.
    std::optional<qint64> datasetId() const { return m_datasetId; }

    // Something wrote to the session (a run, an epoch, a decision): emits sessionEdited().
    void notifySessionEdited() { Q_EMIT sessionEdited(); }

Q_SIGNALS:
    void graphChanged();
    // Another session was opened (or the current one became another file through Save As).
    void sessionChanged();
    // The open session's contents changed.
    void sessionEdited();
    void message(eg::LogLevel level, const QString &text);

private:
    void recordDataset();

    std::shared_ptr<const Graph> m_graph;
    DatasetSource m_source;
    Session m_session;
    std::optional<qint64> m_datasetId;
};

} // namespace eg
