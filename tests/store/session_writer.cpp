// Helper of test_session_crash: writes to a session until it is killed, and reports on stdout
// (flushed) what is committed.
//
//   eg_session_writer train <file>    create or reopen <file>; append epochs to its last run
//                                     forever; after each commit print "epoch <n>"
//   eg_session_writer saveas <folder> make <folder>/a.equigraph, then forever: append an epoch,
//                                     Save As to b.equigraph, a.equigraph, b.equigraph, ...;
//                                     print "saving <a|b> <epoch>" before and "saved <a|b>
//                                     <epoch>" after each save
//
// Every tenth epoch also stores a 64 KB bias report, so transactions differ in size; the saveas
// session holds an 8 MB report and an embedding file, so that a save takes a while (tens of ms).

#include "common/error.h"
#include "store/embeddings.h"
#include "store/epochs.h"
#include "store/reports.h"
#include "store/runs.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

using namespace eg;
using namespace eg::store;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonObject payload(int numbers)
{
    QJsonArray values;
    for (int i = 0; i < numbers; ++i)
        values.append(i * 0.001);
    return {{QStringLiteral("values"), values}};
}

void append(Session &session, qint64 run, int epoch)
{
    appendEpoch(session, run,
                {epoch, 1.0 / epoch, 0.001, 1000, {{QStringLiteral("valid"), epoch * 0.5}}, {}});
    if (epoch % 10 == 0) {
        ReportRecord report;
        report.runId = run;
        report.payload = payload(6000);
        addReport(session, ReportKind::Bias, report);
    }
}

int train(const QString &path)
{
    const bool exists = QFileInfo::exists(path);
    Session session = exists ? Session::open(path) : Session::create(path);
    if (session.isReadOnly()) {
        std::fprintf(stderr, "read-only: %s\n", qPrintable(session.readOnlyReason()));
        return 2;
    }
    const std::vector<RunRecord> all = runs(session);
    const qint64 run = all.empty() ? beginRun(session, TrainConfig{}) : all.back().id;
    say("ready " + QByteArray::number(run));
    for (int epoch = lastEpoch(session, run) + 1;; ++epoch) {
        append(session, run, epoch);
        say("epoch " + QByteArray::number(epoch));
    }
}

int saveAs(const QString &folder)
{
    Session session = Session::create(folder + QStringLiteral("/a.equigraph"));
    const qint64 run = beginRun(session, TrainConfig{});
    ReportRecord big;
    big.payload = payload(1000000);
    addReport(session, ReportKind::Threshold, big);
    storeEmbeddingBytes(session, QByteArray(256 * 1024, 'e'), EmbeddingRecord{});
    say("ready " + QByteArray::number(run));
    for (int epoch = 1;; ++epoch) {
        append(session, run, epoch);
        const char *name = epoch % 2 == 1 ? "b" : "a";
        say(QByteArray("saving ") + name + ' ' + QByteArray::number(epoch));
        session.saveAs(folder + QLatin1Char('/') + QLatin1String(name) +
                       QStringLiteral(".equigraph"));
        say(QByteArray("saved ") + name + ' ' + QByteArray::number(epoch));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    try {
        if (args.size() == 3 && args[1] == QLatin1String("train"))
            return train(args[2]);
        if (args.size() == 3 && args[1] == QLatin1String("saveas"))
            return saveAs(args[2]);
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    std::fprintf(stderr, "usage: eg_session_writer train <file> | saveas <folder>\n");
    return 2;
}
