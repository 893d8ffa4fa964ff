// Sessions in the main window, against real session files: the start-up session, New, Open,
// Save, Save As and the recent list; the data set recorded in the session; files that cannot be
// opened (the engine's message in a dialog and the log, nothing changed); and a session another
// window holds, which opens read-only with a banner, a status-bar mark and write actions off.
#include "common/error.h"
#include "datacontroller.h"
#include "datasetsource.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/logmodel.h"
#include "panels/datasetpanel.h"
#include "panels/sessionbanner.h"
#include "panels/statusline.h"
#include "shelltest.h"
#include "store/content_hash.h"
#include "store/datasets.h"
#include "store/session.h"
#include "uisettings.h"
#include "workspace.h"

#include <QAction>
#include <QListWidget>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace eg;

class TestSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithDefaultThenLastSession();
    void newSaveAsOpenAndRecent();
    void datasetRecordedOnce();
    void unreadableFileChangesNothing_data();
    void unreadableFileChangesNothing();
    void existingFileIsNotANewSession();
    void missingRecentIsDropped();
    void heldSessionOpensReadOnly();

private:
    // Loads `graph` as the window's data set (what a finished load job does).
    static void setGraph(MainWindow &window, std::shared_ptr<const Graph> graph);
    // The warning box the window shows for a failed command, or nullptr.
    static QMessageBox *problemBox(MainWindow &window);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSessions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the default session: test folders
    QCoreApplication::setOrganizationName(QStringLiteral("EquigraphTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessions"));
}

void TestSessions::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString fallback = DataController::defaultSessionPath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral(".lock")})
        QFile::remove(fallback + suffix);
}

void TestSessions::cleanup()
{
    m_dir.reset();
}

void TestSessions::setGraph(MainWindow &window, std::shared_ptr<const Graph> graph)
{
    window.workspace()->setGraph(std::move(graph), {});
}

QMessageBox *TestSessions::problemBox(MainWindow &window)
{
    return window.findChild<QMessageBox *>(QStringLiteral("problemBox"));
}

void TestSessions::startsWithDefaultThenLastSession()
{
    const QString fallback = DataController::defaultSessionPath();
    QVERIFY(fallback.endsWith(QStringLiteral("/default.equigraph")));
    {
        MainWindow window(EngineHooks{});
        QVERIFY(!window.workspace()->hasSession()); // the constructor opens nothing
        window.openStartupSession();
        QCOMPARE(window.workspace()->sessionPath(), fallback); // created the first time
        QVERIFY(QFileInfo::exists(fallback));
        QVERIFY(window.data()->newSession(path(QStringLiteral("work.equigraph"))));
    }
    // The next start takes the session used last.
    {
        MainWindow window(EngineHooks{});
        window.openStartupSession();
        QCOMPARE(window.workspace()->sessionPath(), path(QStringLiteral("work.equigraph")));
        QVERIFY(!window.workspace()->isReadOnly());
    }
    // A session named at start is created when missing.
    MainWindow window(EngineHooks{});
    window.openStartupSession(path(QStringLiteral("named.equigraph")));
    QCOMPARE(window.workspace()->sessionPath(), path(QStringLiteral("named.equigraph")));
    QCOMPARE(UiSettings().recentSessions().first(), path(QStringLiteral("named.equigraph")));
}

void TestSessions::newSaveAsOpenAndRecent()
{
    const QString a = path(QStringLiteral("a.equigraph")), b = path(QStringLiteral("b.equigraph"));
    MainWindow window(EngineHooks{});
    QVERIFY(window.data()->newSession(a));
    QCOMPARE(window.windowTitle(), QStringLiteral("a.equigraph — Equigraph"));
    QVERIFY(window.actions()->save->isEnabled());
    QVERIFY(window.data()->saveSession()); // folds the log into the file
    QVERIFY(!QFileInfo::exists(a + QStringLiteral("-wal")) ||
            QFileInfo(a + QStringLiteral("-wal")).size() == 0);

    QVERIFY(window.data()->saveSessionAs(b));
    QCOMPARE(window.workspace()->sessionPath(), b); // continues in the copy
    QCOMPARE(window.windowTitle(), QStringLiteral("b.equigraph — Equigraph"));
    QCOMPARE(window.statusLine()->sessionText(), QStringLiteral("b.equigraph"));
    QVERIFY(QFileInfo::exists(a));
    QVERIFY(!QFileInfo::exists(a + QStringLiteral(".lock"))); // a is let go

    QVERIFY(window.data()->openSession(a));
    QCOMPARE(window.workspace()->sessionPath(), a);
    QCOMPARE(UiSettings().recentSessions(), (QStringList{a, b}));
    QListWidget *list = window.datasetPanel()->recentList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(), QStringLiteral("b.equigraph"));
    Q_EMIT list->itemActivated(list->item(1)); // opens it
    QCOMPARE(window.workspace()->sessionPath(), b);
    QVERIFY(!problemBox(window));
}

// The data set goes into the session with its hash and counts, once per content and place, and
// into each session the window moves to.
void TestSessions::datasetRecordedOnce()
{
    MainWindow window(EngineHooks{});
    QVERIFY(window.data()->newSession(path(QStringLiteral("d.equigraph"))));
    const auto graph = test::randomGraph(30, 2, 100);
    DatasetSource source{QStringLiteral("random"), QStringLiteral("/data/random"),
                         QString(64, QLatin1Char('a')), 1234};
    window.workspace()->setGraph(graph, source);
    const auto id = window.workspace()->datasetId();
    QVERIFY(id);
    Session &session = window.workspace()->session();
    auto record = store::dataset(session, *id);
    QCOMPARE(record->name, QStringLiteral("random"));
    QCOMPARE(record->path, QStringLiteral("/data/random"));
    QCOMPARE(record->sha256, source.sha256);
    QCOMPARE(record->bytes, qint64(1234));
    QCOMPARE(record->entities, qint64(30));
    QCOMPARE(record->relations, qint64(2));
    QCOMPARE(record->triples, qint64(200)); // 100 + 50 + 50
    QCOMPARE(record->counts.value(QStringLiteral("valid")).toInt(), 50);

    window.workspace()->setGraph(graph, source); // loaded again: the same row
    QCOMPARE(window.workspace()->datasetId(), id);
    source.path = QStringLiteral("/elsewhere/random"); // the same data elsewhere: a new row
    window.workspace()->setGraph(graph, source);
    QVERIFY(window.workspace()->datasetId() != id);
    QCOMPARE(store::datasets(session).size(), size_t(2));

    // Without a hash (a graph from elsewhere), the triples are hashed.
    window.workspace()->setGraph(graph, {});
    const auto hashed = store::dataset(session, *window.workspace()->datasetId());
    QCOMPARE(hashed->sha256, graphContentHash(*graph));

    // A new session gets the graph in use.
    QVERIFY(window.data()->newSession(path(QStringLiteral("e.equigraph"))));
    QCOMPARE(store::datasets(window.workspace()->session()).size(), size_t(1));
}

void TestSessions::unreadableFileChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says"); // a part of the engine's message
    QTest::newRow("text") << "text" << "not an Equigraph session";
    QTest::newRow("empty") << "empty" << "empty";
    QTest::newRow("other application") << "foreign" << "another application";
    QTest::newRow("newer Equigraph") << "newer" << "newer Equigraph";
    QTest::newRow("missing") << "missing" << "";
}

void TestSessions::unreadableFileChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    const QString bad = path(QStringLiteral("bad.equigraph"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            file.write("id\tname\n1\tnot a session\n");
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
        if (kind == QLatin1String("newer"))
            Session::create(bad).close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("maker"));
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (kind == QLatin1String("foreign")) {
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (x)")));
            } else {
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    }
    const QString hashBefore = QFileInfo::exists(bad) ? store::sha256OfFile(bad) : QString();
    const QStringList besideBefore = QDir(m_dir->path()).entryList(QDir::Files);

    // The session that stays open lives in its own folder, so the bad file's folder is
    // only touched if opening the bad file touches it.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("current")));
    const QString good = path(QStringLiteral("current/good.equigraph"));
    MainWindow window(EngineHooks{});
    QVERIFY(window.data()->newSession(good));
    const QStringList recentBefore = UiSettings().recentSessions();
    const int logBefore = window.log()->rowCount();

    QVERIFY(!window.data()->openSession(bad));
    // Nothing changed: the current session, the recent list, the file and its folder.
    QCOMPARE(window.workspace()->sessionPath(), good);
    QVERIFY(!window.workspace()->isReadOnly());
    QCOMPARE(UiSettings().recentSessions(), recentBefore);
    if (!hashBefore.isEmpty())
        QCOMPARE(store::sha256OfFile(bad), hashBefore);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), besideBefore);
    // The engine's message, in the log (an error) and in a dialog.
    QCOMPARE(window.log()->rowCount(), logBefore + 1);
    const LogEntry &entry = window.log()->at(logBefore);
    QCOMPARE(entry.level, LogLevel::Error);
    QVERIFY2(entry.text.contains(QStringLiteral("Could not open the session")),
             qPrintable(entry.text));
    QVERIFY2(entry.text.contains(says), qPrintable(entry.text));
    QMessageBox *box = problemBox(window);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), entry.text);
    box->close();
}

void TestSessions::existingFileIsNotANewSession()
{
    const QString a = path(QStringLiteral("taken.equigraph"));
    Session::create(a).close();
    const QString hash = store::sha256OfFile(a);
    MainWindow window(EngineHooks{});
    QVERIFY(!window.data()->newSession(a));
    QVERIFY(!window.workspace()->hasSession());
    QCOMPARE(store::sha256OfFile(a), hash);
    QVERIFY(problemBox(window));
}

void TestSessions::missingRecentIsDropped()
{
    const QString gone = path(QStringLiteral("gone.equigraph"));
    {
        MainWindow window(EngineHooks{});
        QVERIFY(window.data()->newSession(gone));
    }
    QFile::remove(gone);
    MainWindow window(EngineHooks{});
    QListWidget *list = window.datasetPanel()->recentList();
    QCOMPARE(list->count(), 1);
    Q_EMIT list->itemActivated(list->item(0));
    QCOMPARE(window.datasetPanel()->recentList()->count(), 0);
    QVERIFY(UiSettings().recentSessions().isEmpty());
    QVERIFY(problemBox(window));
    QVERIFY(!QFileInfo::exists(gone)); // not re-created
}

// Two windows on one session (as two programs would be: the lock is per file): the second is
// read-only and says so where the user looks, until Save As gives it a writable copy.
void TestSessions::heldSessionOpensReadOnly()
{
    const QString shared = path(QStringLiteral("shared.equigraph"));
    MainWindow first(EngineHooks{});
    QVERIFY(first.data()->newSession(shared));
    QVERIFY(first.banner()->text().isEmpty());

    MainWindow second(EngineHooks{});
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(second.data()->openSession(shared));
    QVERIFY(second.workspace()->isReadOnly());
    SessionBanner *banner = second.banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("This session is open read-only.")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Another Equigraph has it open")));
    QVERIFY(banner->text().contains(second.workspace()->readOnlyReason()));
    QCOMPARE(second.statusLine()->sessionText(), QStringLiteral("shared.equigraph (read-only)"));
    QCOMPARE(second.windowTitle(), QStringLiteral("shared.equigraph (read-only) — Equigraph"));
    QVERIFY(second.datasetPanel()->sessionText().contains(QStringLiteral("Read-only")));
    QCOMPARE(second.log()->at(second.log()->rowCount() - 1).level, LogLevel::Warning);
    // Write actions are off, with the reason in their tips; Save As stays.
    MainActions *a = second.actions();
    QVERIFY(!a->save->isEnabled());
    setGraph(second, test::randomGraph());
    QVERIFY(!a->train->isEnabled());
    QVERIFY(a->train->toolTip().contains(QStringLiteral("read-only")));
    QVERIFY(a->saveAs->isEnabled());
    QVERIFY(!second.workspace()->datasetId()); // nothing recorded
    // Save (Ctrl+S) refuses with a dialog.
    QVERIFY(!second.data()->saveSession());
    QMessageBox *box = problemBox(second);
    QVERIFY(box && box->text().contains(QStringLiteral("read-only")));
    box->close();
    // The banner persists (it is not a message that times out).
    QTest::qWait(100);
    QVERIFY(banner->isVisible());

    // Save As makes a writable copy: the banner goes, the actions come back, the data set is
    // recorded in the copy.
    QVERIFY(second.data()->saveSessionAs(path(QStringLiteral("mine.equigraph"))));
    QVERIFY(!second.workspace()->isReadOnly());
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->text().isEmpty());
    QVERIFY(a->save->isEnabled());
    QVERIFY(a->train->isEnabled());
    QVERIFY(second.workspace()->datasetId());
    QCOMPARE(second.statusLine()->sessionText(), QStringLiteral("mine.equigraph"));
}

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
