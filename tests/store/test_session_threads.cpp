// One connection per thread: a worker (as a training job would) appends epochs through its own
// connection while the main thread reads and writes through the session it opened.

#include "common/error.h"
#include "store/epochs.h"
#include "store/notes.h"
#include "store/runs.h"
#include "store/session.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace eg;
using namespace eg::store;

class TestSessionThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerWritesWhileMainReads()
    {
        QTemporaryDir dir;
        Session session = Session::create(dir.filePath(QStringLiteral("t.equigraph")));
        const qint64 run = beginRun(session, TrainConfig{});
        const Session::Handle handle = session.handle();

        constexpr int kHalf = 150;
        QSemaphore halfDone, goOn;
        QString workerError;
        bool workerWasWritable = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            try {
                Session mine = Session::openOnThisThread(handle);
                workerWasWritable = !mine.isReadOnly();
                const EpochFn record = recordEpochs(mine, run);
                const Model model;
                for (int epoch = 1; epoch <= 2 * kHalf; ++epoch) {
                    record(EpochStats{epoch, 1.0 / epoch, 0.01, 100}, model);
                    if (epoch == kHalf) {
                        halfDone.release();
                        goOn.acquire();
                    }
                }
            } catch (const Error &error) {
                workerError = error.describe();
                halfDone.release();
            }
        }));
        worker->start();

        // Deterministic part: the worker has committed half and waits with its connection open.
        QVERIFY(halfDone.tryAcquire(1, 30000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QVERIFY(workerWasWritable); // shares the owner's lock
        QCOMPARE(lastEpoch(session, run), kHalf);
        NoteRecord note;
        note.text = QStringLiteral("written by the main thread meanwhile");
        addNote(session, note);
        try {
            session.saveAs(dir.filePath(QStringLiteral("elsewhere.equigraph")));
            QFAIL("save as went ahead with a worker connected");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("background connection")),
                     qPrintable(error.describe()));
        }
        goOn.release();

        // Concurrent part: read (and write) while the worker appends the second half.
        int seen = kHalf, reads = 0;
        while (!worker->isFinished()) {
            const int now = lastEpoch(session, run);
            QVERIFY(now >= seen); // committed epochs never disappear
            seen = now;
            if (++reads % 20 == 0)
                addNote(session, note);
        }
        QVERIFY(worker->wait(30000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));

        const std::vector<EpochRecord> all = epochs(session, run);
        QCOMPARE(all.size(), size_t(2 * kHalf));
        for (int i = 0; i < 2 * kHalf; ++i)
            QCOMPARE(all[i].epoch, i + 1);
        QCOMPARE(all.back().loss, 1.0 / (2 * kHalf));
        QCOMPARE(session.integrityCheck(), QStringLiteral("ok"));

        // The worker's connection is gone: Save As may go ahead now.
        session.saveAs(dir.filePath(QStringLiteral("elsewhere.equigraph")));
        QCOMPARE(lastEpoch(session, run), 2 * kHalf);
    }

    void workerOfAReadOnlySessionIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.equigraph"));
        Session owner = Session::create(path);
        const qint64 run = beginRun(owner, TrainConfig{});
        appendEpoch(owner, run, {1, 0.5, 0.1, 1, {}, {}});
        Session viewer = Session::open(path);
        QVERIFY(viewer.isReadOnly());
        const Session::Handle handle = viewer.handle();

        bool readOnly = false;
        int last = -1;
        QString refused;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Session mine = Session::openOnThisThread(handle);
            readOnly = mine.isReadOnly();
            last = lastEpoch(mine, run);
            try {
                appendEpoch(mine, run, {2, 0.4, 0.1, 1, {}, {}});
            } catch (const Error &error) {
                refused = error.message();
            }
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(readOnly);
        QCOMPARE(last, 1);
        QVERIFY2(refused.contains(QStringLiteral("read-only")), qPrintable(refused));
        QCOMPARE(lastEpoch(owner, run), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionThreads)
#include "test_session_threads.moc"
