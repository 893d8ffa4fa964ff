// Crash safety: a separate process (eg_session_writer) writes to a session and is killed with
// SIGKILL in the middle of training or of a Save As. Reopening must find an intact file
// (integrity_check "ok") with every epoch the writer had reported, without gaps. Also: a second
// instance opens a session that a live process holds read-only, and says so.

#include "common/error.h"
#include "store/epochs.h"
#include "store/notes.h"
#include "store/runs.h"
#include "store/session.h"

#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace eg;
using namespace eg::store;

namespace {

// Runs the writer and collects the complete lines it prints.
class Writer
{
public:
    explicit Writer(const QStringList &args)
    {
        m_process.start(QStringLiteral(EG_SESSION_WRITER), args);
    }
    ~Writer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Waits until `done` is true for the lines read so far; false on a timeout or an early exit.
    bool waitUntil(const std::function<bool(const QList<QByteArray> &)> &done)
    {
        while (!done(m_lines)) {
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(30000)) {
                qWarning("writer: %s", m_process.readAllStandardError().constData());
                return false;
            }
            while (m_process.canReadLine())
                m_lines << m_process.readLine().trimmed();
        }
        return true;
    }

    // SIGKILL, then the lines printed before it (a last line without '\n' does not count).
    bool kill()
    {
        m_process.kill();
        if (!m_process.waitForFinished(10000))
            return false;
        while (m_process.canReadLine())
            m_lines << m_process.readLine().trimmed();
        return m_process.exitStatus() == QProcess::CrashExit;
    }

    qint64 pid() const { return m_process.processId(); }
    const QList<QByteArray> &lines() const { return m_lines; }

    // The number after the last line starting with `prefix`, or 0.
    int last(const QByteArray &prefix) const
    {
        for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it)
            if (it->startsWith(prefix))
                return it->mid(prefix.size()).toInt();
        return 0;
    }

private:
    QProcess m_process;
    QList<QByteArray> m_lines;
};

// Opens `path` writable, checks integrity and that run 1 has epochs 1..n without a gap;
// returns n (or -1 after a failed check).
int checkSession(const QString &path)
{
    Session session;
    try {
        session = Session::open(path);
    } catch (const Error &error) {
        qWarning("%s", qPrintable(error.describe()));
        return -1;
    }
    if (session.isReadOnly()) {
        qWarning("read-only: %s", qPrintable(session.readOnlyReason()));
        return -1;
    }
    const QString integrity = session.integrityCheck();
    if (integrity != QLatin1String("ok")) {
        qWarning("integrity: %s", qPrintable(integrity));
        return -1;
    }
    const std::vector<EpochRecord> all = epochs(session, 1);
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].epoch != int(i) + 1 || all[i].loss != 1.0 / all[i].epoch) {
            qWarning("epoch %d found at position %d", all[i].epoch, int(i) + 1);
            return -1;
        }
    }
    return int(all.size());
}

} // namespace

class TestSessionCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileTraining_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("first epoch") << 1;
        QTest::newRow("epoch 37") << 37;
        QTest::newRow("epoch 200") << 200;
    }

    void killedWhileTraining()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("train.equigraph"));
        int reported = 0;
        // Twice: the second writer resumes the crashed run from the reopened file.
        for (int round = 1; round <= 2; ++round) {
            Writer writer({QStringLiteral("train"), path});
            const int target = reported + killAfter;
            QVERIFY(writer.waitUntil(
                [&](const QList<QByteArray> &) { return writer.last("epoch ") >= target; }));
            QVERIFY(writer.kill());
            reported = writer.last("epoch ");
            QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock"))); // left by the dead writer

            const int found = checkSession(path); // takes the stale lock over
            QVERIFY(found >= 0);
            // Everything reported is there; at most the epoch after it committed unreported.
            QVERIFY2(found >= reported && found <= reported + 1,
                     qPrintable(QStringLiteral("reported %1, found %2").arg(reported).arg(found)));
            reported = found;
        }
        Session session = Session::open(path);
        QCOMPARE(run(session, 1)->status, RunStatus::Running); // cut short, as it was
    }

    void killedWhileSaving_data()
    {
        QTest::addColumn<int>("saves");
        QTest::addColumn<int>("delayMs");
        // Killed `delayMs` after the writer announced save number `saves`: the delays spread
        // the kill over the copy, the flush, the rename and the reopening.
        QTest::newRow("save 1 + 0 ms") << 1 << 0;
        QTest::newRow("save 2 + 5 ms") << 2 << 5;
        QTest::newRow("save 3 + 20 ms") << 3 << 20;
        QTest::newRow("save 4 + 40 ms") << 4 << 40;
        QTest::newRow("save 5 + 80 ms") << 5 << 80;
    }

    void killedWhileSaving()
    {
        QFETCH(int, saves);
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        Writer writer({QStringLiteral("saveas"), dir.path()});
        QVERIFY(writer.waitUntil([&](const QList<QByteArray> &lines) {
            return std::count_if(lines.begin(), lines.end(), [](const QByteArray &line) {
                       return line.startsWith("saving ");
                   }) >= saves;
        }));
        QThread::msleep(delayMs);
        QVERIFY(writer.kill());

        QMap<QByteArray, int> lastSaved; // file name -> epoch of its last reported save
        for (const QByteArray &line : writer.lines())
            if (line.startsWith("saved "))
                lastSaved[line.split(' ').at(1)] = line.split(' ').at(2).toInt();
        for (const char *name : {"a", "b"}) {
            const QString path = dir.filePath(QLatin1String(name) + QStringLiteral(".equigraph"));
            if (!QFileInfo::exists(path))
                continue; // "b" before its first save completed
            const int found = checkSession(path);
            QVERIFY2(found >= lastSaved.value(name),
                     qPrintable(QStringLiteral("%1: saved with %2 epochs, found %3")
                                    .arg(QLatin1String(name))
                                    .arg(lastSaved.value(name))
                                    .arg(found)));
            // Reopening cleared what an interrupted save to it left (a partial copy, a journal).
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial-journal")));
        }
    }

    void secondInstanceOfALiveWriterIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.equigraph"));
        Writer writer({QStringLiteral("train"), path});
        QVERIFY(writer.waitUntil(
            [&](const QList<QByteArray> &) { return writer.last("epoch ") >= 5; }));

        Session viewer = Session::open(path);
        QVERIFY(viewer.isReadOnly());
        QVERIFY2(viewer.readOnlyReason().contains(QString::number(writer.pid())),
                 qPrintable(viewer.readOnlyReason()));
        QVERIFY2(viewer.readOnlyReason().contains(QStringLiteral("eg_session_writer")),
                 qPrintable(viewer.readOnlyReason()));
        const int seen = lastEpoch(viewer, 1);
        QVERIFY(seen >= 5);
        QVERIFY(writer.waitUntil(
            [&](const QList<QByteArray> &) { return writer.last("epoch ") >= seen + 20; }));
        QVERIFY(lastEpoch(viewer, 1) >= seen + 20); // the viewer follows the writer
        NoteRecord note;
        note.text = QStringLiteral("refused");
        QVERIFY_THROWS_EXCEPTION(Error, addNote(viewer, note));

        QVERIFY(writer.kill());
        viewer.close();
        const Session next = Session::open(path);
        QVERIFY(!next.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestSessionCrash)
#include "test_session_crash.moc"
