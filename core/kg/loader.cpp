#include "kg/loader.h"

#include "common/error.h"
#include "kg/load_steps.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace eg {

namespace {

// The files of one load, in reading order. Empty names are absent optional files.
struct Plan
{
    GraphFormat format = GraphFormat::Auto;
    QString entityIds; // OpenKE only
    QString relationIds;
    QString train;
    QString valid;
    QString test;
};

bool isFile(const QString &path) { return QFileInfo(path).isFile(); }

void requireFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        throw Error(Error::tr("no such folder"), folder);
    if (!info.isDir())
        throw Error(Error::tr("is a file, expected a folder"), folder);
}

// `stem`.txt or `stem`.tsv in `folder`, or empty.
QString splitFile(const QDir &dir, const QString &stem)
{
    for (const char *ending : {".txt", ".tsv"}) {
        const QString path = dir.filePath(stem + QLatin1String(ending));
        if (isFile(path))
            return path;
    }
    return {};
}

QString optionalFile(const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return isFile(path) ? path : QString();
}

QString requiredFile(const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!isFile(path))
        throw Error(Error::tr("missing file"), path);
    return path;
}

Graph run(const Plan &plan, const QString &source, const LoadOptions &options,
          const ProgressFn &progressFn, LoadReport *reportOut)
{
    QElapsedTimer timer;
    timer.start();
    LoadReport report;
    report.format = plan.format;
    for (const QString *path : {&plan.entityIds, &plan.relationIds, &plan.train, &plan.valid,
                                &plan.test, &options.namesFile}) {
        if (path->isEmpty())
            continue;
        report.files.append(*path);
        report.bytes += QFileInfo(*path).size();
    }

    LoadContext context{Progress(progressFn, report.bytes), 0, options.unseen, &report};
    Graph graph;
    graph.source = source;
    const bool openKE = plan.format == GraphFormat::OpenKE;
    if (openKE) {
        readOpenKEVocabulary(plan.entityIds, graph.entities, context);
        readOpenKEVocabulary(plan.relationIds, graph.relations, context);
    }
    const auto read = openKE ? readOpenKETriples : readTsvTriples;
    read(plan.train, graph, Split::Train, context);
    if (graph.train.empty())
        throw Error(Error::tr("no training triples"), plan.train);
    if (!plan.valid.isEmpty())
        read(plan.valid, graph, Split::Valid, context);
    if (!plan.test.isEmpty())
        read(plan.test, graph, Split::Test, context);
    if (!options.namesFile.isEmpty())
        readEntityLabels(options.namesFile, graph, context);
    context.progress.force(report.bytes);

    report.seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (reportOut)
        *reportOut = report;
    return graph;
}

} // namespace

QString graphFormatName(GraphFormat format)
{
    switch (format) {
    case GraphFormat::Auto:
        break;
    case GraphFormat::TsvFolder:
        return QStringLiteral("TSV folder");
    case GraphFormat::TsvFile:
        return QStringLiteral("TSV file");
    case GraphFormat::OpenKE:
        return QStringLiteral("OpenKE");
    }
    return QStringLiteral("auto");
}

GraphFormat detectGraphFormat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Error::tr("no such file or folder"), path);
    if (!info.isDir())
        return GraphFormat::TsvFile;
    const QDir dir(path);
    if (isFile(dir.filePath(QStringLiteral("entity2id.txt"))))
        return GraphFormat::OpenKE;
    if (!splitFile(dir, QStringLiteral("train")).isEmpty())
        return GraphFormat::TsvFolder;
    throw Error(Error::tr("not a graph folder: expected train.txt, train.tsv or "
                          "entity2id.txt in it"),
                path);
}

Graph loadGraph(const QString &path, const LoadOptions &options, const ProgressFn &progress,
                LoadReport *report)
{
    const GraphFormat format =
        options.format == GraphFormat::Auto ? detectGraphFormat(path) : options.format;
    switch (format) {
    case GraphFormat::OpenKE:
        return loadOpenKE(path, options, progress, report);
    case GraphFormat::TsvFile:
        return loadTsvFile(path, options, progress, report);
    case GraphFormat::TsvFolder:
    case GraphFormat::Auto:
        break;
    }
    return loadTsvFolder(path, options, progress, report);
}

Graph loadTsvFolder(const QString &folder, const LoadOptions &options,
                    const ProgressFn &progress, LoadReport *report)
{
    requireFolder(folder);
    const QDir dir(folder);
    Plan plan;
    plan.format = GraphFormat::TsvFolder;
    plan.train = splitFile(dir, QStringLiteral("train"));
    if (plan.train.isEmpty())
        throw Error(Error::tr("missing file: train.txt or train.tsv"), folder);
    plan.valid = splitFile(dir, QStringLiteral("valid"));
    plan.test = splitFile(dir, QStringLiteral("test"));
    return run(plan, folder, options, progress, report);
}

Graph loadTsvFile(const QString &file, const LoadOptions &options, const ProgressFn &progress,
                  LoadReport *report)
{
    Plan plan;
    plan.format = GraphFormat::TsvFile;
    plan.train = file;
    return run(plan, file, options, progress, report);
}

Graph loadOpenKE(const QString &folder, const LoadOptions &options, const ProgressFn &progress,
                 LoadReport *report)
{
    requireFolder(folder);
    const QDir dir(folder);
    Plan plan;
    plan.format = GraphFormat::OpenKE;
    plan.entityIds = requiredFile(dir, QStringLiteral("entity2id.txt"));
    plan.relationIds = requiredFile(dir, QStringLiteral("relation2id.txt"));
    plan.train = requiredFile(dir, QStringLiteral("train2id.txt"));
    plan.valid = optionalFile(dir, QStringLiteral("valid2id.txt"));
    plan.test = optionalFile(dir, QStringLiteral("test2id.txt"));
    return run(plan, folder, options, progress, report);
}

void loadEntityLabels(Graph &graph, const QString &file, const ProgressFn &progress,
                      LoadReport *report)
{
    LoadReport local;
    LoadReport &target = report ? *report : local;
    const qint64 bytes = QFileInfo(file).size();
    LoadContext context{Progress(progress, bytes), 0, UnseenIds::Keep, &target};
    // A failure leaves the labels as they were (QString copies are shallow).
    std::vector<QString> saved = graph.entityLabels;
    try {
        readEntityLabels(file, graph, context);
    } catch (...) {
        graph.entityLabels = std::move(saved);
        throw;
    }
    context.progress.force(bytes);
}

} // namespace eg
