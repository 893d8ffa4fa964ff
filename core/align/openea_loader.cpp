#include "align/align_data.h"
#include "align/align_read.h"
#include "common/error.h"

#include <QDir>
#include <QFileInfo>

namespace eg {

using namespace align_read;

namespace {

void requireFile(const QString &path) {
    if (!QFileInfo(path).isFile())
        throw Error(Error::tr("missing file"), path, 0);
}

void readTriples(const QString &path, AlignSide &side, Progress &progress, qint64 &base) {
    Graph &g = side.graph;
    readRows(path, 3, 3, progress, base, [&](const Fields &f, int, const LineReader &) {
        const qint32 h = g.entities.insert(f[0]);
        const qint32 r = g.relations.insert(f[1]);
        const qint32 t = g.entities.insert(f[2]);
        g.train.push_back({h, r, t});
    });
    if (g.train.empty())
        throw Error(Error::tr("no triples"), path, 0);
}

std::vector<AlignLink> readLinks(const QString &path, const AlignmentData &data, Progress &progress,
                                 qint64 &base) {
    std::vector<AlignLink> links;
    readRows(path, 2, 2, progress, base, [&](const Fields &f, int, const LineReader &in) {
        const qint32 a = data.first.graph.entities.find(f[0]);
        const qint32 b = data.second.graph.entities.find(f[1]);
        if (a < 0)
            in.fail(Error::tr("unknown graph-1 entity %1 (in no triple of rel_triples_1)")
                        .arg(quoteKey(f[0])));
        if (b < 0)
            in.fail(Error::tr("unknown graph-2 entity %1 (in no triple of rel_triples_2)")
                        .arg(quoteKey(f[1])));
        links.push_back({a, b});
    });
    return links;
}

} // namespace

AlignmentData loadOpenEA(const QString &folder, const AlignLoadOptions &options,
                         const ProgressFn &progressFn) {
    const QDir dir(folder);
    AlignmentData data;
    Progress progress(progressFn);
    qint64 base = 0;
    const QString t1 = dir.filePath(QStringLiteral("rel_triples_1"));
    const QString t2 = dir.filePath(QStringLiteral("rel_triples_2"));
    const QString links = dir.filePath(QStringLiteral("ent_links"));
    for (const QString &path : {t1, t2, links})
        requireFile(path);
    progress.setTotal(QFileInfo(t1).size() + QFileInfo(t2).size() + QFileInfo(links).size());
    readTriples(t1, data.first, progress, base);
    readTriples(t2, data.second, progress, base);
    data.files << t1 << t2;

    const QString splits = dir.filePath(QStringLiteral("721_5fold"));
    if (QFileInfo(splits).isDir()) {
        const QDir fold(QDir(splits).filePath(QString::number(options.fold)));
        if (!fold.exists())
            throw Error(Error::tr("missing split folder %1").arg(options.fold), splits, 0);
        const QString train = fold.filePath(QStringLiteral("train_links"));
        const QString valid = fold.filePath(QStringLiteral("valid_links"));
        const QString test = fold.filePath(QStringLiteral("test_links"));
        requireFile(train);
        requireFile(test);
        data.trainLinks = readLinks(train, data, progress, base);
        if (QFileInfo(valid).isFile())
            data.validLinks = readLinks(valid, data, progress, base);
        data.testLinks = readLinks(test, data, progress, base);
        data.files << train << valid << test;
    } else {
        if (!(options.trainShare >= 0 && options.trainShare < 1))
            throw Error(Error::tr("the training share must be in [0, 1)"));
        std::vector<AlignLink> all = readLinks(links, data, progress, base);
        const size_t train = size_t(double(all.size()) * options.trainShare);
        data.trainLinks.assign(all.begin(), all.begin() + qsizetype(train));
        data.testLinks.assign(all.begin() + qsizetype(train), all.end());
        data.files << links;
    }
    if (data.testLinks.empty())
        throw Error(Error::tr("no test links"), links, 0);
    for (AlignSide *side : {&data.first, &data.second}) {
        Graph &g = side->graph;
        side->fileIds.assign(size_t(g.entityCount()), -1);
        side->relationFileIds.assign(size_t(g.relationCount()), -1);
        g.entityLabels.resize(size_t(g.entityCount()));
        for (qint32 e = 0; e < g.entityCount(); ++e)
            g.entityLabels[size_t(e)] = nameFromUri(g.entities.keyString(e));
        side->namesFrom = QStringLiteral("URI");
        g.source = folder;
    }
    data.format = AlignFormat::OpenEA;
    data.source = folder;
    progress.force(progress.total());
    return data;
}

AlignFormat detectAlignFormat(const QString &folder) {
    const QDir dir(folder);
    if (!dir.exists())
        throw Error(Error::tr("missing folder"), folder, 0);
    if (QFileInfo(dir.filePath(QStringLiteral("ent_ids_1"))).isFile())
        return AlignFormat::Dbp15k;
    if (QFileInfo(dir.filePath(QStringLiteral("rel_triples_1"))).isFile())
        return AlignFormat::OpenEA;
    throw Error(Error::tr("neither a DBP15K folder (ent_ids_1) nor an OpenEA folder "
                          "(rel_triples_1)"),
                folder, 0);
}

QString alignFormatName(AlignFormat format) {
    switch (format) {
    case AlignFormat::Dbp15k:
        return QStringLiteral("DBP15K");
    case AlignFormat::OpenEA:
        return QStringLiteral("OpenEA");
    case AlignFormat::Auto:
        break;
    }
    return QStringLiteral("auto");
}

AlignmentData loadAlignmentData(const QString &folder, const AlignLoadOptions &options,
                                const ProgressFn &progress) {
    AlignFormat format = options.format;
    if (format == AlignFormat::Auto)
        format = detectAlignFormat(folder);
    return format == AlignFormat::Dbp15k ? loadDbp15k(folder, options, progress)
                                         : loadOpenEA(folder, options, progress);
}

} // namespace eg
