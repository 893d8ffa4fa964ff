#pragma once

#include "models/biasmodelentry.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace eg {

// A model the open session holds: a finished training run and its stored model file.
struct StoredBiasRun
{
    qint64 runId = 0;
    QString label;         // the run's title ("Train KL + Attr 2 on Demo world (built in)")
    QString path;          // the model file
    bool demoWorld = true; // no data set recorded: the bias page's demo world
    int plannedEpochs = 0;
    std::vector<EpochPoint> epochs;
};

// The models of earlier runs for the bias page's list, so that a session opened again (or the
// main window's Train dialog's runs) shows its models there: they load onto the graph they
// were trained on as a job of the page.
class BiasSessionRuns
{
    Q_DECLARE_TR_FUNCTIONS(eg::BiasSessionRuns)
public:
    // The finished runs with a model file trained on data set `datasetId` (the workspace's
    // graph) or on no recorded data set (the bias page's demo world); by run id. Records that
    // cannot be read are left out.
    static std::vector<StoredBiasRun> list(const Session &session,
                                           std::optional<qint64> datasetId);
    // Reads the run's model and lays it onto `graph` (a job's work). The entry is ready, its
    // method is the one stored with the model (Basic when none). Throws eg::Error when the file
    // cannot be read or belongs to another data set.
    static BiasModelEntry load(const StoredBiasRun &run, std::shared_ptr<const Graph> graph,
                               const QString &dataSet);
};

} // namespace eg
