// The Alignment workbench in the main window at 1280x800, where it shares the screen with the Data
// dock and the Jobs / Runs docks: no text of the page is cut (buttons, check boxes, combo boxes,
// spin boxes, labels, the reason's placeholder, the tabs, the chart's axis labels, legend and
// message), in English and in German, before any run and with a reviewed run, blind or not.
// Screenshot of the window after a short review: EG_ALIGN_SCREENSHOTS=<folder>.
#include "datacontroller.h"
#include "enginehooks.h"
#include "jobcontroller.h"
#include "mainwindow.h"
#include "models/candidatemodel.h"
#include "pages/alignment/alignmentpage.h"
#include "pages/alignment/elidingcombobox.h"
#include "pages/workbenchtabs.h"
#include "plots/thresholdplot.h"
#include "screenshot.h"
#include "store/decisions.h"
#include "translations.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>
#include <algorithm>

using namespace eg;

namespace {

void settle() {
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

bool insideItemView(const QWidget *w, const QWidget *root) {
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    return false;
}

QString describe(const QWidget *w, const QString &text, const QString &problem) {
    return QStringLiteral("%1 \"%2\": %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), text.left(60), problem);
}

QString tooNarrow(int has, int needs) {
    return QStringLiteral("%1 px wide, needs %2").arg(has).arg(needs);
}

// The texts drawn in the chart: axis labels, legend and message inside their axis rectangle.
void checkPlot(ThresholdPlot *plot, QStringList &found) {
    plot->replot();
    const QRect area = plot->axisRect()->rect();
    const int xLabel =
        QFontMetrics(plot->xAxis->labelFont()).horizontalAdvance(plot->xAxis->label());
    if (xLabel > area.width())
        found << describe(plot, plot->xAxis->label(), tooNarrow(area.width(), xLabel));
    const int yLabel =
        QFontMetrics(plot->yAxis->labelFont()).horizontalAdvance(plot->yAxis->label());
    if (yLabel > area.height())
        found << describe(plot, plot->yAxis->label(), tooNarrow(area.height(), yLabel));
    if (plot->legend->visible() && !area.contains(plot->legend->outerRect()))
        found << describe(plot, QStringLiteral("legend"), QStringLiteral("outside the axes"));
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto *text = qobject_cast<QCPItemText *>(plot->item(i));
        if (!text || !text->visible())
            continue;
        const QFontMetrics metrics(text->font());
        for (const QString &line : text->text().split(QLatin1Char('\n')))
            if (metrics.horizontalAdvance(line) > area.width())
                found << describe(plot, line,
                                  tooNarrow(area.width(), metrics.horizontalAdvance(line)));
    }
}

// The visible widgets of `root` whose text is cut: narrower than their size hint (buttons, check
// boxes, combo boxes that size to their items, spin boxes, labels that do not wrap), lower than
// their wrapped text, a placeholder wider than its line edit, tabs that do not all fit, or a
// widget reaching out of one of its parents. Item views elide their cells and headers by design
// and are left out; so is the run chooser (ElidingComboBox), which elides long run names.
QStringList clippedTexts(QWidget *root) {
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || insideItemView(w, root))
            continue;
        const QRect box(w->mapTo(root, QPoint(0, 0)), w->size());
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            if (!QRect(p->mapTo(root, QPoint(0, 0)), p->size()).contains(box)) {
                found << describe(
                    w, w->objectName(),
                    QStringLiteral("reaches out of its %1").arg(p->metaObject()->className()));
                break;
            }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (qobject_cast<QTabBar *>(w->parentWidget()))
                found << describe(w, QString(), QStringLiteral("tab bar scrolls"));
            else if (w->width() < w->sizeHint().width())
                found << describe(w, button->text(), tooNarrow(w->width(), w->sizeHint().width()));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!qobject_cast<ElidingComboBox *>(w) && w->width() < w->sizeHint().width())
                found << describe(w, combo->currentText(),
                                  tooNarrow(w->width(), w->sizeHint().width()));
        } else if (qobject_cast<QAbstractSpinBox *>(w)) {
            if (w->width() < w->sizeHint().width())
                found << describe(w, QString(), tooNarrow(w->width(), w->sizeHint().width()));
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int needs = label->heightForWidth(label->width());
                if (needs > label->height())
                    found << describe(
                        w, label->text(),
                        QStringLiteral("%1 px high, needs %2").arg(label->height()).arg(needs));
            } else if (w->width() < w->sizeHint().width() || w->height() < w->sizeHint().height()) {
                found << describe(w, label->text(),
                                  QStringLiteral("%1x%2 px, needs %3x%4")
                                      .arg(w->width())
                                      .arg(w->height())
                                      .arg(w->sizeHint().width())
                                      .arg(w->sizeHint().height()));
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            // QLineEdit's size hint is 17 'x' plus its frame and margins.
            const QFontMetrics metrics = edit->fontMetrics();
            const int frame =
                edit->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
            const int needs = metrics.horizontalAdvance(edit->placeholderText()) + frame;
            if (edit->text().isEmpty() && needs > w->width())
                found << describe(w, edit->placeholderText(), tooNarrow(w->width(), needs));
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            if (bar->sizeHint().width() > bar->width())
                found << describe(w, bar->tabText(0),
                                  tooNarrow(w->width(), bar->sizeHint().width()));
        } else if (auto *plot = qobject_cast<ThresholdPlot *>(w)) {
            checkPlot(plot, found);
        }
    }
    return found;
}

// clippedTexts over every tab of the page's tab widgets (each shown in turn).
QStringList clippedInEveryTab(QWidget *page, const QString &state) {
    settle();
    QStringList found = clippedTexts(page);
    for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            found += clippedTexts(page);
        }
        tabs->setCurrentIndex(current);
    }
    settle();
    found.removeDuplicates();
    for (QString &line : found)
        line = state + QStringLiteral(": ") + line;
    return found;
}

} // namespace

class TestAlignmentWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clippingIsDetected();
    void fitsTheMainWindow_data();
    void fitsTheMainWindow();
    void screenshot();

private:
    // A main window at 1280x800 with the demo world loaded and the Alignment workbench on show.
    AlignmentPage *openWindow(MainWindow &window, const QString &sessionName);

    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    JobController *m_jobs = nullptr;
};

void TestAlignmentWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EquigraphTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_alignmentwindow"));
    // A reviewed run for the populated page: a short training (its figures do not matter here)
    // and three decisions, so the queue shows each status.
    m_workspace = new Workspace(this);
    m_workspace->setSession(Session::create(m_dir.filePath(QStringLiteral("review.equigraph"))));
    m_jobs = new JobController(this);
    AlignmentPage page(m_workspace, m_jobs);
    QSignalSpy ended(&page, &AlignmentPage::trainingEnded);
    AlignRunOptions options = AlignmentPage::defaultOptions();
    options.train.epochs = 2;
    QVERIFY(page.train({}, options) > 0);
    QVERIFY(ended.wait(300000));
    QVERIFY(ended.at(0).at(0).toBool());
    for (store::Verdict verdict :
         {store::Verdict::Approve, store::Verdict::Reject, store::Verdict::Unsure})
        QVERIFY(page.decideCurrent(int(verdict)));
}

void TestAlignmentWindow::cleanupTestCase() {
    m_workspace->closeSession(); // before the temporary folder goes
}

void TestAlignmentWindow::clippingIsDetected() {
    // The check itself: a button and a label squeezed below their text, a wrapped label lower
    // than its lines, a button half outside its parent.
    QWidget root;
    root.resize(300, 200);
    auto *button = new QPushButton(QStringLiteral("Approve every pending pair"), &root);
    button->setGeometry(0, 0, 40, 30);
    auto *label = new QLabel(QStringLiteral("A label longer than its place"), &root);
    label->setGeometry(0, 40, 30, 20);
    auto *wrapped = new QLabel(QStringLiteral("one two three four five six seven"), &root);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 70, 60, 10);
    auto *frame = new QWidget(&root);
    frame->setGeometry(100, 100, 50, 50);
    auto *outside = new QPushButton(QStringLiteral("Out"), frame);
    outside->setGeometry(20, 0, outside->sizeHint().width(), outside->sizeHint().height());
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    const QStringList found = clippedTexts(&root);
    QCOMPARE(found.size(), 4);
    QVERIFY(found.filter(QStringLiteral("Approve every")).size() == 1);
    QVERIFY(found.filter(QStringLiteral("reaches out of")).size() == 1);
    // Given room, nothing is reported.
    button->setGeometry(0, 0, button->sizeHint().width(), 30);
    label->setGeometry(0, 40, label->sizeHint().width(), label->sizeHint().height());
    wrapped->setGeometry(0, 70, 60, wrapped->heightForWidth(60));
    frame->resize(200, 60);
    QVERIFY2(clippedTexts(&root).isEmpty(),
             qPrintable(clippedTexts(&root).join(QLatin1Char('\n'))));
}

AlignmentPage *TestAlignmentWindow::openWindow(MainWindow &window, const QString &sessionName) {
    window.openStartupSession(m_dir.filePath(sessionName));
    window.showWorkbench(WorkbenchTabs::Alignment);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.data()->loadDemoWorld();
    if (!waitUntil([&window] { return window.workspace()->graph() != nullptr; }, 60000))
        return nullptr;
    settle();
    return qobject_cast<AlignmentPage *>(window.workbenches()->currentWidget());
}

void TestAlignmentWindow::fitsTheMainWindow_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestAlignmentWindow::fitsTheMainWindow() {
    QFETCH(QString, language);
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    Translations translations; // its translators go with it
    QVERIFY(translations.install(language));
    QSettings().clear(); // the default dock layout

    MainWindow window(engineHooks());
    AlignmentPage *shown = openWindow(window, language + QStringLiteral(".equigraph"));
    QVERIFY(shown);
    QVERIFY2(window.minimumSizeHint().width() <= 1280,
             qPrintable(QStringLiteral("window %1 px, alignment page %2 px")
                            .arg(window.minimumSizeHint().width())
                            .arg(shown->minimumSizeHint().width())));
    QCOMPARE(window.size(), QSize(1280, 800));
    qInfo("the page gets %dx%d px", shown->width(), shown->height());
    QStringList problems = clippedInEveryTab(shown, QStringLiteral("no run"));

    // The same size with a reviewed run (another page on this test's session).
    AlignmentPage reviewed(m_workspace, m_jobs);
    reviewed.resize(shown->size());
    reviewed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reviewed));
    QVERIFY(reviewed.currentCandidate() > 0);
    // A decided pair on show: the audit trail's tab counts its lines.
    const std::vector<CandidateRow> &rows = reviewed.candidates()->rows();
    const auto decided = std::find_if(rows.begin(), rows.end(), [](const CandidateRow &r) {
        return r.status != store::CandidateStatus::Pending;
    });
    QVERIFY(decided != rows.end());
    reviewed.showCandidate(decided->id);
    QTabWidget *views = reviewed.findChild<QTabWidget *>();
    QVERIFY(views);
    QVERIFY2(views->tabText(1).endsWith(QStringLiteral(" (1)")), qPrintable(views->tabText(1)));
    problems += clippedInEveryTab(&reviewed, QStringLiteral("reviewed"));
    reviewed.setBlind(true);
    problems += clippedInEveryTab(&reviewed, QStringLiteral("blind"));
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts cut").arg(problems.size())));
}

void TestAlignmentWindow::screenshot() {
    const QString folder = qEnvironmentVariable("EG_ALIGN_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set EG_ALIGN_SCREENSHOTS to a folder to save the main window's screenshot");
    QSettings().clear();
    MainWindow window(engineHooks());
    AlignmentPage *page = openWindow(window, QStringLiteral("window.equigraph"));
    QVERIFY(page);
    // A run with the page's defaults (20 epochs), then a short review from the uncertain end
    // of the queue: the pairs above one with shared neighbours on both sides decided as their
    // reference link says (one left unsure), and that pair on show.
    QSignalSpy ended(page, &AlignmentPage::trainingEnded);
    QVERIFY(page->train() > 0);
    QVERIFY(ended.wait(600000));
    QVERIFY(ended.at(0).at(0).toBool());
    page->setOrder(CandidateModel::ByUncertainty);
    CandidateModel *model = page->candidates();
    int shownAt = -1, bestLinks = -1;
    for (int p = 3; p < std::min(10, model->rowCount()); ++p) {
        const CandidateRow &r = model->candidate(p);
        int links = 0;
        for (const NeighbourEntry &n : r.neighbours[0])
            links += n.link >= 0 ? 1 : 0;
        if (r.neighbours[0].size() >= 5 && r.neighbours[1].size() >= 5 && links > bestLinks &&
            links <= 4) {
            shownAt = p;
            bestLinks = links;
        }
    }
    QVERIFY(shownAt >= 0);
    for (int p = 0; p < shownAt; ++p) {
        const CandidateRow &r = model->candidate(p);
        page->showCandidate(r.id);
        const store::Verdict verdict = p == 1           ? store::Verdict::Unsure
                                       : r.hasGold == 1 ? store::Verdict::Approve
                                                        : store::Verdict::Reject;
        QVERIFY(page->decideCurrent(int(verdict)));
    }
    page->showCandidate(model->candidate(shownAt).id);
    QVERIFY(saveScreenshot(&window, folder + QStringLiteral("/alignment-window.png"),
                           QSize(1280, 800),
                           [&window] { return window.jobs()->activeCount() == 0; }));
}

QTEST_MAIN(TestAlignmentWindow)
#include "tst_alignmentwindow.moc"
