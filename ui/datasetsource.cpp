#include "datasetsource.h"

#include "store/content_hash.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>

namespace eg {

QString graphContentHash(const Graph &graph, const ProgressFn &progressFn)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Progress progress(progressFn, graph.tripleCount());
    progress.setStride(65536);
    qint64 done = 0;
    const std::pair<const char *, const std::vector<Triple> *> splits[] = {
        {"train", &graph.train}, {"valid", &graph.valid}, {"test", &graph.test}};
    QByteArray line;
    for (const auto &[name, triples] : splits) {
        for (const Triple &t : *triples) {
            line.clear();
            line.append(name).append('\t');
            line.append(graph.entities.key(t.h)).append('\t');
            line.append(graph.relations.key(t.r)).append('\t');
            line.append(graph.entities.key(t.t)).append('\n');
            hash.addData(line);
            progress.report(++done);
        }
    }
    progress.force(done);
    return QString::fromLatin1(hash.result().toHex());
}

DatasetSource describeFiles(const QString &path, const QString &name, const ProgressFn &progress)
{
    const QFileInfo info(path);
    DatasetSource source;
    source.name = name;
    source.path = info.absoluteFilePath();
    source.sha256 = store::contentHash(source.path, progress);
    if (info.isDir()) {
        QDirIterator it(source.path, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            source.bytes += it.fileInfo().size();
        }
    } else {
        source.bytes = info.size();
    }
    return source;
}

DatasetSource describeGenerated(const Graph &graph, const QString &name,
                                const ProgressFn &progress)
{
    DatasetSource source;
    source.name = name;
    source.sha256 = graphContentHash(graph, progress);
    return source;
}

ProgressFn progressPart(const ProgressFn &whole, double from, double to)
{
    if (!whole)
        return {};
    return [whole, from, to](qint64 done, qint64 total) {
        const double fraction = total > 0 ? double(done) / double(total) : 0.0;
        return whole(qint64((from + (to - from) * fraction) * 1000.0), 1000);
    };
}

} // namespace eg
