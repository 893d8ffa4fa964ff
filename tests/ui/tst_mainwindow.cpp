// MainWindow: the placeholder workbenches, shortcuts, the log and status bar, and the data-set
// commands driven through engine hooks (hand-made stand-ins for the engine here). Sessions:
// tst_sessions.
#include "datacontroller.h"
#include "jobcontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/logmodel.h"
#include "pages/placeholderpage.h"
#include "pages/workbenchtabs.h"
#include "panels/datasetpanel.h"
#include "panels/statusline.h"
#include "theme.h"
#include "uisettings.h"
#include "workspace.h"

#include <QAction>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace eg;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void workbenchesAreThePages_data();
    void workbenchesAreThePages();
    void shortcuts_data();
    void shortcuts();
    void missingEngineDisablesActions();
    void errorReachesLogInRed();
    void loadsGraphThroughHook();
    void remembersWindowLayout();
    void iconIsInResources();
};

// Three triples over entities a, b, c and relations r, s: train 2, valid 1, test 0.
static Graph tinyGraph(const QString &source)
{
    Graph graph;
    const qint32 a = graph.entities.insert("a"), b = graph.entities.insert("b");
    const qint32 c = graph.entities.insert("c");
    const qint32 r = graph.relations.insert("r"), s = graph.relations.insert("s");
    graph.train = {{a, r, b}, {b, s, c}};
    graph.valid = {{a, s, c}};
    graph.source = source;
    return graph;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("EquigraphTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::workbenchesAreThePages_data()
{
    QTest::addColumn<int>("workbench");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("className");
    QTest::newRow("bias") << int(WorkbenchTabs::Bias) << "Bias" << "eg::BiasPage";
    QTest::newRow("thresholds") << int(WorkbenchTabs::Thresholds) << "Thresholds"
                                << "eg::ThresholdPage";
    QTest::newRow("alignment") << int(WorkbenchTabs::Alignment) << "Alignment"
                               << "eg::AlignmentPage";
}

// Every workbench is its real page (tested on its own by tst_biaspage, tst_thresholdpage and
// tst_alignmentpage), enabled, under its title; no placeholder is left in the main window.
void TestMainWindow::workbenchesAreThePages()
{
    QFETCH(int, workbench);
    MainWindow window(EngineHooks{});
    WorkbenchTabs *tabs = window.workbenches();
    QCOMPARE(tabs->count(), 3);
    QTEST(tabs->tabText(workbench), "title");
    QWidget *page = tabs->widget(workbench);
    QVERIFY(page);
    QVERIFY(!qobject_cast<PlaceholderPage *>(page));
    QTEST(QString::fromLatin1(page->metaObject()->className()), "className");
    QVERIFY(tabs->isTabEnabled(workbench));
}

void TestMainWindow::shortcuts_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("workbench");
    QTest::newRow("Ctrl+2") << "Ctrl+2" << int(WorkbenchTabs::Thresholds);
    QTest::newRow("Ctrl+3") << "Ctrl+3" << int(WorkbenchTabs::Alignment);
    QTest::newRow("Ctrl+1") << "Ctrl+1" << int(WorkbenchTabs::Bias);
}

void TestMainWindow::shortcuts()
{
    MainWindow window(EngineHooks{});
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QFETCH(QString, keys);
    QFETCH(int, workbench);
    window.showWorkbench((workbench + 1) % WorkbenchTabs::WorkbenchCount); // start elsewhere
    QTest::keySequence(&window, QKeySequence(keys));
    QCOMPARE(window.workbenches()->currentIndex(), workbench);
    QVERIFY(window.actions()->workbenches.at(workbench)->isChecked());

    // The fixed shortcuts of the brief.
    const MainActions *a = window.actions();
    QCOMPARE(a->openSession->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
    QCOMPARE(a->save->shortcut(), QKeySequence(QStringLiteral("Ctrl+S")));
    QCOMPARE(a->saveAs->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    QCOMPARE(a->quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    QCOMPARE(a->about->shortcut(), QKeySequence(QStringLiteral("F1")));
}

void TestMainWindow::missingEngineDisablesActions()
{
    MainWindow window(EngineHooks{});
    const MainActions *a = window.actions();
    for (QAction *action : {a->openTriplesFolder, a->openTriplesFile, a->loadDemo}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(action->toolTip().startsWith(QStringLiteral("Not available yet")));
    }
    // Sessions are always there; without one open, Save and (without a graph) Train are off.
    QVERIFY(a->newSession->isEnabled());
    QVERIFY(a->openSession->isEnabled());
    QVERIFY(!a->save->isEnabled());
    QCOMPARE(a->save->toolTip(), QStringLiteral("No session is open."));
    QVERIFY(!a->train->isEnabled());
    QCOMPARE(a->train->toolTip(), QStringLiteral("Load a data set (or the demo world) first."));
    QVERIFY(a->preferences->isEnabled());
    QVERIFY(a->quit->isEnabled());
}

void TestMainWindow::errorReachesLogInRed()
{
    MainWindow window(EngineHooks{});
    LogModel *log = window.log();
    const int before = log->rowCount();
    window.openPath(QStringLiteral("/no/such/folder")); // no loader in this build: an error
    QCOMPARE(log->rowCount(), before + 1);
    const QModelIndex message = log->index(before, LogModel::MessageColumn);
    QCOMPARE(log->at(before).level, LogLevel::Error);
    QCOMPARE(message.data().toString(),
             DataController::missingText(DataController::Capability::LoadTriples));
    QCOMPARE(message.data(Qt::ForegroundRole).value<QColor>(),
             theme::errorColor(QGuiApplication::palette()));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Error: ")));
}

void TestMainWindow::loadsGraphThroughHook()
{
    EngineHooks hooks;
    QString asked;
    hooks.loadTriples = [&asked](const QString &path, const ProgressFn &progress) {
        asked = path;
        progress(1, 2);
        return tinyGraph(path);
    };
    MainWindow window(hooks);
    QVERIFY(window.actions()->openTriplesFolder->isEnabled());
    QVERIFY(!window.actions()->loadDemo->isEnabled()); // still no demo hook
    QVERIFY(!window.actions()->train->isEnabled());
    window.openPath(QStringLiteral("/data/tiny-kg"));
    QCOMPARE(window.jobs()->activeCount(), 1);
    QTRY_VERIFY(window.workspace()->graph() != nullptr);
    QCOMPARE(asked, QStringLiteral("/data/tiny-kg"));
    const QString summary = window.datasetPanel()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Source: tiny-kg")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Entities: 3")));
    QVERIFY(summary.contains(QStringLiteral("Relations: 2")));
    QVERIFY(summary.contains(QStringLiteral("Triples: 3 (train 2, valid 1, test 0)")));
    QCOMPARE(window.statusLine()->dataText(), QStringLiteral("tiny-kg: 3 entities, 3 triples"));
    QCOMPARE(window.windowTitle(), QStringLiteral("tiny-kg — Equigraph"));
    QTRY_COMPARE(window.statusLine()->jobsText(), QStringLiteral("No jobs running"));
    QVERIFY(window.actions()->train->isEnabled()); // a graph, no read-only session
    QCOMPARE(window.workspace()->datasetSource().name, QStringLiteral("tiny-kg"));
    QCOMPARE(window.workspace()->datasetSource().sha256.size(), 64); // by its triples
}

void TestMainWindow::remembersWindowLayout()
{
    {
        MainWindow window(EngineHooks{});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!UiSettings().windowGeometry().isEmpty());
    QVERIFY(!UiSettings().windowState().isEmpty());
}

// The icon main() gives every window, drawn in resources/equigraph.svg.
void TestMainWindow::iconIsInResources()
{
    const QString path = QStringLiteral(":/icons/equigraph.svg");
    QVERIFY(QFile::exists(path));
    if (!QImageReader::supportedImageFormats().contains("svg"))
        QSKIP("Qt's SVG image plugin is not installed (libqt6svg6)");
    const QImage image = QIcon(path).pixmap(48, 48).toImage();
    QCOMPARE(image.size(), QSize(48, 48));
    QCOMPARE(image.pixelColor(24, 2).alpha(), 255); // inside the rounded square
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);    // its corner is cut off
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
