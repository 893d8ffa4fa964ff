// The real `equigraph` program, run on the offscreen platform and killed with SIGKILL: while it
// trains (every epoch it reported through the session file is still there, without a gap, and
// the file is intact), and while it saves the session under another name in a loop (both files
// intact, with everything each save had); and a second instance on the same session, which must
// open it read-only and say so on screen (the banner, the status bar, the disabled actions, as
// printed by the hidden --print-state).
#include "common/error.h"
#include "store/datasets.h"
#include "store/embeddings.h"
#include "store/epochs.h"
#include "store/notes.h"
#include "store/runs.h"
#include "store/session.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace eg;
using namespace eg::store;

namespace {

// One equigraph process with its own settings and data folders; collects its stdout lines.
class Gui
{
public:
    Gui(const QString &home, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.remove(QStringLiteral("LANGUAGE"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(EG_EQUIGRAPH), args);
    }
    ~Gui()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QProcess &process() { return m_process; }
    qint64 pid() const { return m_process.processId(); }
    const QList<QByteArray> &lines() const { return m_lines; }

    void read()
    {
        while (m_process.canReadLine())
            m_lines << m_process.readLine().trimmed();
    }
    // Waits until `done()` (checked every 20 ms); false after `ms` or when the program ended.
    bool waitUntil(const std::function<bool()> &done, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        for (;;) {
            read();
            if (done())
                return true;
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
                qWarning("equigraph: %s", m_process.readAllStandardError().constData());
                return false;
            }
            m_process.waitForReadyRead(20);
        }
    }
    // SIGKILL; true when it was still running then.
    bool kill()
    {
        const bool running = m_process.state() == QProcess::Running;
        m_process.kill();
        m_process.waitForFinished(10000);
        read();
        return running && m_process.exitStatus() == QProcess::CrashExit;
    }

private:
    QProcess m_process;
    QList<QByteArray> m_lines;
};

// The last epoch of the session's last run, read through a read-only connection (as a second
// program would); -1 while the file or the run is not there yet.
int lastRecordedEpoch(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    try {
        const Session session = Session::open(path, OpenMode::ReadOnly);
        const std::vector<RunRecord> all = runs(session);
        return all.empty() ? -1 : lastEpoch(session, all.back().id);
    } catch (const Error &) {
        return -1; // e.g. not yet upgraded to WAL: look again
    }
}

// Opens `path` for writing after a crash: the dead program's lock is taken over, and the file
// passes SQLite's integrity check.
bool reopenIntact(const QString &path, Session *session)
{
    try {
        *session = Session::open(path);
    } catch (const Error &error) {
        qWarning("%s", qPrintable(error.describe()));
        return false;
    }
    if (session->isReadOnly()) {
        qWarning("read-only: %s", qPrintable(session->readOnlyReason()));
        return false;
    }
    const QString integrity = session->integrityCheck();
    if (integrity != QLatin1String("ok")) {
        qWarning("integrity: %s", qPrintable(integrity));
        return false;
    }
    return true;
}

// The numbers n of the notes "save n", sorted.
std::vector<int> saveNotes(const Session &session)
{
    std::vector<int> numbers;
    for (const NoteRecord &note : notes(session))
        numbers.push_back(note.text.mid(5).toInt());
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace

class TestGuiProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileTraining_data();
    void killedWhileTraining();
    void killedWhileSavingAs_data();
    void killedWhileSavingAs();
    void secondInstanceIsReadOnly();
};

void TestGuiProcess::killedWhileTraining_data()
{
    QTest::addColumn<int>("epochs");
    QTest::newRow("after epoch 1") << 1;
    QTest::newRow("after epoch 6") << 6;
}

void TestGuiProcess::killedWhileTraining()
{
    QFETCH(int, epochs);
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("train.equigraph"));
    Gui gui(home.path(), {QStringLiteral("--session-file"), path, QStringLiteral("--demo"),
                          QStringLiteral("--train-preset"), QStringLiteral("demo"),
                          QStringLiteral("--train-epochs"), QStringLiteral("100000")});
    int seen = -1;
    QVERIFY(gui.waitUntil([&] { return (seen = lastRecordedEpoch(path)) >= epochs; }));
    QVERIFY(gui.kill());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock"))); // left by the dead program

    Session session;
    QVERIFY(reopenIntact(path, &session));
    const std::vector<RunRecord> all = runs(session);
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all[0].status, RunStatus::Running); // cut short, as it was
    QCOMPARE(all[0].config.value(QStringLiteral("epochs")).toInt(), 100000);
    QVERIFY(all[0].datasetId); // the demo world, recorded when it was loaded
    const auto dataset = store::dataset(session, *all[0].datasetId);
    QCOMPARE(dataset->triples, qint64(30964));
    QCOMPARE(dataset->sha256.size(), 64);
    const std::vector<EpochRecord> recorded = store::epochs(session, all[0].id);
    QVERIFY2(int(recorded.size()) >= seen,
             qPrintable(QStringLiteral("seen %1, found %2").arg(seen).arg(recorded.size())));
    for (size_t i = 0; i < recorded.size(); ++i) {
        QCOMPARE(recorded[i].epoch, int(i) + 1); // no gap
        QVERIFY(std::isfinite(recorded[i].loss));
    }
}

void TestGuiProcess::killedWhileSavingAs_data()
{
    QTest::addColumn<int>("saves");
    QTest::addColumn<int>("delayMs");
    // Killed `delayMs` after the program announced save number `saves`: the delays spread the
    // kill over the copy of the model file, the database copy, the rename and the reopening.
    QTest::newRow("save 1 + 0 ms") << 1 << 0;
    QTest::newRow("save 2 + 3 ms") << 2 << 3;
    QTest::newRow("save 3 + 10 ms") << 3 << 10;
    QTest::newRow("save 6 + 25 ms") << 6 << 25;
}

void TestGuiProcess::killedWhileSavingAs()
{
    QFETCH(int, saves);
    QFETCH(int, delayMs);
    QTemporaryDir home;
    const QString a = home.filePath(QStringLiteral("a.equigraph"));
    const QString b = home.filePath(QStringLiteral("b.equigraph"));
    // A trained model first, so that each copy has a run, its epochs and a model file.
    Gui gui(home.path(), {QStringLiteral("--session-file"), a, QStringLiteral("--demo"),
                          QStringLiteral("--train-preset"), QStringLiteral("demo"),
                          QStringLiteral("--train-epochs"), QStringLiteral("2"),
                          QStringLiteral("--save-as-loop"), b});
    const auto count = [&gui](const char *prefix) {
        return std::count_if(gui.lines().begin(), gui.lines().end(),
                             [prefix](const QByteArray &line) { return line.startsWith(prefix); });
    };
    QVERIFY(gui.waitUntil([&] { return count("saving ") >= saves; }));
    QThread::msleep(delayMs);
    QVERIFY(gui.kill());
    QCOMPARE(count("error"), 0);
    qInfo("killed after \"%s\"", gui.lines().last().constData());

    QMap<QString, int> lastSaved; // file -> number of its last completed save
    for (const QByteArray &line : gui.lines()) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "saved")
            lastSaved[QString::fromUtf8(parts[1])] = parts[2].toInt();
    }
    QVERIFY(QFileInfo::exists(a)); // Save As never removes the file it leaves
    for (const QString &path : {a, b}) {
        if (!QFileInfo::exists(path)) {
            QVERIFY(lastSaved.value(path) == 0); // killed during the first save to it
            continue;
        }
        Session session;
        QVERIFY2(reopenIntact(path, &session), qPrintable(path));
        // Notes "save 1".."save n", no gap, with n at least the file's last completed save.
        const std::vector<int> numbers = saveNotes(session);
        for (size_t i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers[i], int(i) + 1);
        QVERIFY2(int(numbers.size()) >= lastSaved.value(path),
                 qPrintable(QStringLiteral("%1: saved with %2 notes, found %3")
                                .arg(path)
                                .arg(lastSaved.value(path))
                                .arg(numbers.size())));
        // The trained run, with its model file beside the copy, unchanged.
        const std::vector<RunRecord> all = runs(session);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].status, RunStatus::Finished);
        QCOMPARE(lastEpoch(session, all[0].id), 2);
        const std::vector<EmbeddingRecord> models = embeddings(session, all[0].id);
        QCOMPARE(models.size(), size_t(1));
        QVERIFY(QFileInfo::exists(embeddingPath(session, models[0].id, true)));
        // Reopening cleared what an interrupted save to it left.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    }
}

void TestGuiProcess::secondInstanceIsReadOnly()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("shared.equigraph"));
    Gui first(home.path(), {QStringLiteral("--session-file"), path});
    QVERIFY(first.waitUntil([&] {
        return QFileInfo::exists(path) && QFileInfo::exists(path + QStringLiteral(".lock"));
    }));

    const auto state = [&](QJsonObject *json) {
        Gui second(home.path(),
                   {QStringLiteral("--session-file"), path, QStringLiteral("--print-state")});
        QVERIFY(second.process().waitForFinished(60000));
        QCOMPARE(second.process().exitCode(), 0);
        second.read();
        QVERIFY(!second.lines().isEmpty());
        *json = QJsonDocument::fromJson(second.lines().last()).object();
        QVERIFY(!json->isEmpty());
    };
    QJsonObject shown;
    state(&shown);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shown.value(QStringLiteral("session")).toString(), path);
    QVERIFY(shown.value(QStringLiteral("readOnly")).toBool());
    // What the user reads: the banner says read-only, why, and who holds the session.
    const QString banner = shown.value(QStringLiteral("banner")).toString();
    QVERIFY2(banner.startsWith(QStringLiteral("This session is open read-only.")),
             qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Another Equigraph has it open for writing.")),
             qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Use Save As to continue in a writable copy.")),
             qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("process %1").arg(first.pid())), qPrintable(banner));
    QCOMPARE(shown.value(QStringLiteral("statusSession")).toString(),
             QStringLiteral("shared.equigraph (read-only)"));
    QCOMPARE(shown.value(QStringLiteral("title")).toString(),
             QStringLiteral("shared.equigraph (read-only) — Equigraph"));
    QVERIFY(!shown.value(QStringLiteral("saveEnabled")).toBool());
    QVERIFY(!shown.value(QStringLiteral("trainEnabled")).toBool());
    QVERIFY(shown.value(QStringLiteral("saveAsEnabled")).toBool());

    // Once the first program is gone (killed: its lock is stale), the session opens writable.
    QVERIFY(first.kill());
    state(&shown);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!shown.value(QStringLiteral("readOnly")).toBool());
    QCOMPARE(shown.value(QStringLiteral("banner")).toString(), QString());
    QCOMPARE(shown.value(QStringLiteral("statusSession")).toString(),
             QStringLiteral("shared.equigraph"));
    QVERIFY(shown.value(QStringLiteral("saveEnabled")).toBool());
}

QTEST_GUILESS_MAIN(TestGuiProcess)
#include "tst_guiprocess.moc"
