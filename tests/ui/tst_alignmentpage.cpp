// The Alignment page on the demo world's two views: training runs as a job and fills the
// queue; keys approve, reject, mark unsure, go back and undo, and every decision is in the
// session with its audit line (who, when, what, why); bulk approval is one undo step; blind
// mode hides scores; the threshold panel's confusion matrix follows the threshold; decisions
// go out as CSV and come back in; the merged graph has one sameAs line per approved pair; the
// next pair is on screen within 100 ms. Screenshot: EG_ALIGN_SCREENSHOTS=<folder>.
#include "align/align_review.h"
#include "jobcontroller.h"
#include "models/candidatemodel.h"
#include "models/decisionmodel.h"
#include "pages/alignment/alignmentpage.h"
#include "pages/alignment/decisionio.h"
#include "pages/alignment/reviewcontroller.h"
#include "pages/alignment/thresholdpanel.h"
#include "plots/thresholdplot.h"
#include "screenshot.h"
#include "store/candidates.h"
#include "store/decisions.h"
#include "store/runs.h"
#include "widgets/neighbourhoodview.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <algorithm>

using namespace eg;
using store::CandidateStatus;
using store::Verdict;

class TestAlignmentPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void thresholdCountsByHand_data();
    void thresholdCountsByHand();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void trainsAsAJob();
    void modelsPassTheTester();
    void approveRejectUndo();
    void bulkApproveIsOneUndoStep();
    void blindModeHidesScores();
    void thresholdFollows();
    void exportAndImport();
    void nextPairIsQuick();
    void queueOrders();
    void screenshot();

private:
    store::CandidateRecord stored(qint64 id) const {
        return *store::candidate(m_workspace->session(), id);
    }
    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(m_page->queueView(), Qt::Key(k), modifiers);
    }

    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    JobController *m_jobs = nullptr;
    AlignmentPage *m_page = nullptr;
    QAbstractItemModelTester *m_testers[2] = {};
};

void TestAlignmentPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = new Workspace(this);
    m_workspace->setSession(Session::create(m_dir.filePath(QStringLiteral("review.equigraph"))));
    m_jobs = new JobController(this);
    m_page = new AlignmentPage(m_workspace, m_jobs);
    m_page->review()->setReviewer(QStringLiteral("curator-1"));
    // Testers from the start, so they also watch the resets of loading a run.
    m_testers[0] = new QAbstractItemModelTester(
        m_page->candidates(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_testers[1] = new QAbstractItemModelTester(
        m_page->auditTrail(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
}

void TestAlignmentPage::cleanupTestCase() {
    delete m_page;
    m_workspace->closeSession(); // before the temporary folder goes
}

void TestAlignmentPage::thresholdCountsByHand_data() {
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("counts"); // TP FP FN TN
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("f1");
    // Samples: 0.9 match, 0.8 no match, 0.4 match, 0.2 no match (accept when score >= t).
    QTest::newRow("middle") << 0.5 << QStringLiteral("1 1 1 1") << 0.5 << 0.5 << 0.5;
    QTest::newRow("low") << 0.1 << QStringLiteral("2 2 0 0") << 0.5 << 1.0 << 2.0 / 3.0;
    QTest::newRow("at a score") << 0.8 << QStringLiteral("1 1 1 1") << 0.5 << 0.5 << 0.5;
    QTest::newRow("nothing accepted") << 0.95 << QStringLiteral("0 0 2 2") << 1.0 << 0.0 << 0.0;
}

void TestAlignmentPage::thresholdCountsByHand() {
    QFETCH(double, threshold);
    QFETCH(QString, counts);
    QFETCH(double, precision);
    QFETCH(double, recall);
    QFETCH(double, f1);
    const std::vector<LabelledScore> samples = {
        {0.9, true}, {0.8, false}, {0.4, true}, {0.2, false}};
    const ThresholdCounts c = thresholdCounts(samples, threshold);
    QCOMPARE(QStringLiteral("%1 %2 %3 %4")
                 .arg(c.truePositives)
                 .arg(c.falsePositives)
                 .arg(c.falseNegatives)
                 .arg(c.trueNegatives),
             counts);
    QCOMPARE(c.precision(), precision); // ratios of small integers: exact in double
    QCOMPARE(c.recall(), recall);
    QVERIFY(qAbs(c.f1() - f1) < 1e-12);
}

void TestAlignmentPage::csvRoundTrip_data() {
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("comma") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")};
    QTest::newRow("quotes") << QStringList{QStringLiteral("say \"x\""), QString()};
    QTest::newRow("newline") << QStringList{QStringLiteral("two\nlines"), QStringLiteral("é")};
}

void TestAlignmentPage::csvRoundTrip() {
    QFETCH(QStringList, fields);
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    bool complete = false;
    QCOMPARE(csvSplit(quoted.join(QLatin1Char(',')), &complete), fields);
    QVERIFY(complete);
    csvSplit(QStringLiteral("\"open"), &complete);
    QVERIFY(!complete);
}

void TestAlignmentPage::trainsAsAJob() {
    QSignalSpy ended(m_page, &AlignmentPage::trainingEnded);
    AlignRunOptions options = AlignmentPage::defaultOptions();
    // A reviewable queue: refined Hits@1 .95 on the demo after 12 epochs (4 are too few since the
    // learning rate decays over the last third of the batches).
    options.train.epochs = 12;
    QVERIFY(m_page->train({}, options) > 0);
    QVERIFY(m_page->isTraining());
    QCOMPARE(m_page->train({}, options), -1); // one at a time
    QVERIFY(ended.wait(300000));
    QCOMPARE(ended.at(0).at(0).toBool(), true);
    QVERIFY(!m_page->isTraining());
    QVERIFY(m_page->currentRunId() > 0);
    const auto run = store::run(m_workspace->session(), m_page->currentRunId());
    QVERIFY(run);
    QCOMPARE(run->status, store::RunStatus::Finished);
    QVERIFY(run->finalMetrics.value(QStringLiteral("refined"))
                .toObject()
                .value(QStringLiteral("hits1"))
                .toDouble() > 0.5);
    QVERIFY(m_page->candidates()->rowCount() > 100);
    QCOMPARE(qint64(m_page->candidates()->rowCount()),
             qint64(store::candidates(m_workspace->session(), run->id).size()));
    QVERIFY(m_page->currentCandidate() > 0);
    QVERIFY(m_page->progressText().contains(QStringLiteral("pending")));
    // Neighbourhoods are laid out: both centres and their neighbours.
    QVERIFY(m_page->neighbourhoodView()->nodes().size() > 2);
}

void TestAlignmentPage::modelsPassTheTester() {
    CandidateModel *model = m_page->candidates();
    QVERIFY(model->rowCount() > 0);
    model->setOrder(CandidateModel::ByUncertainty);
    model->setBlind(true);
    model->setBlind(false);
    model->setOrder(CandidateModel::ByScore);
    QCOMPARE(model->columnCount(), int(CandidateModel::ColumnCount));
    QVERIFY(!model->headerData(CandidateModel::ScoreColumn, Qt::Horizontal).toString().isEmpty());
    DecisionModel trail;
    QAbstractItemModelTester tester(&trail, QAbstractItemModelTester::FailureReportingMode::QtTest);
    trail.setTrail(store::auditTrail(m_workspace->session()));
    QCOMPARE(trail.columnCount(), int(DecisionModel::ColumnCount));
}

void TestAlignmentPage::approveRejectUndo() {
    const qint64 first = m_page->currentCandidate();
    QCOMPARE(stored(first).status, CandidateStatus::Pending);
    key(Qt::Key_A);
    QCOMPARE(stored(first).status, CandidateStatus::Approved);
    QCOMPARE(m_page->candidates()->byId(first)->status, CandidateStatus::Approved);
    std::vector<store::DecisionRecord> trail = store::auditTrail(m_workspace->session(), first);
    QCOMPARE(trail.size(), size_t(1));
    QCOMPARE(trail[0].verdict, Verdict::Approve);
    QCOMPARE(trail[0].who, QStringLiteral("curator-1"));
    QVERIFY(QDateTime::fromString(trail[0].at, Qt::ISODateWithMs).isValid());

    const qint64 second = m_page->currentCandidate();
    QVERIFY(second != first); // moved on to the next pending pair
    key(Qt::Key_R);
    QCOMPARE(stored(second).status, CandidateStatus::Rejected);
    const qint64 third = m_page->currentCandidate();
    QVERIFY(third != second && third != first);

    // Ctrl+Z takes back the rejection (an undo line, the trail stays) and shows that pair.
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(second).status, CandidateStatus::Pending);
    QCOMPARE(m_page->currentCandidate(), second);
    trail = store::auditTrail(m_workspace->session(), second);
    QCOMPARE(trail.size(), size_t(2));
    QCOMPARE(trail[1].verdict, Verdict::Undo);
    QCOMPARE(trail[1].undoes, std::optional<qint64>(trail[0].id));
    QCOMPARE(m_page->auditTrail()->rowCount(), 2);             // the pair's trail on screen
    QCOMPARE(stored(first).status, CandidateStatus::Approved); // untouched

    // Unsure with a reason; Backspace goes back to the pair shown before.
    // Typing the reason in its field must not trigger the A / R / U shortcuts.
    const auto trailSize = store::auditTrail(m_workspace->session()).size();
    m_page->whyEdit()->setFocus();
    QTRY_VERIFY(m_page->whyEdit()->hasFocus());
    QTest::keyClicks(m_page->whyEdit(), QStringLiteral("same name, other dates"));
    QCOMPARE(store::auditTrail(m_workspace->session()).size(), trailSize);
    QCOMPARE(m_page->whyEdit()->text(), QStringLiteral("same name, other dates"));
    m_page->queueView()->setFocus();
    QTRY_VERIFY(m_page->queueView()->hasFocus());
    key(Qt::Key_U);
    QCOMPARE(stored(second).status, CandidateStatus::Unsure);
    trail = store::auditTrail(m_workspace->session(), second);
    QCOMPARE(trail.back().why, QStringLiteral("same name, other dates"));
    const qint64 after = m_page->currentCandidate();
    QVERIFY(after != second);
    key(Qt::Key_Backspace);
    QCOMPARE(m_page->currentCandidate(), second);

    // Relabelling a past decision: R on the approved first pair.
    m_page->showCandidate(first);
    key(Qt::Key_R);
    QCOMPARE(stored(first).status, CandidateStatus::Rejected);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(first).status, CandidateStatus::Approved);
    key(Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier); // redo
    QCOMPARE(stored(first).status, CandidateStatus::Rejected);

    const auto counts = m_page->candidates()->statusCounts();
    QCOMPARE(counts[size_t(CandidateStatus::Rejected)], qint64(1));
    QCOMPARE(counts[size_t(CandidateStatus::Unsure)], qint64(1));
    QCOMPARE(counts[size_t(CandidateStatus::Approved)], qint64(0));
    QVERIFY(m_page->progressText().startsWith(QStringLiteral("Reviewed 2 of")));
}

void TestAlignmentPage::bulkApproveIsOneUndoStep() {
    CandidateModel *model = m_page->candidates();
    qint64 expected = 0;
    for (const CandidateRow &r : model->rows())
        expected += r.status == CandidateStatus::Pending && r.score >= 0.9 ? 1 : 0;
    QVERIFY(expected > 0);
    const auto before = store::auditTrail(m_workspace->session()).size();
    const int steps = m_page->review()->undoStack()->count();
    m_page->thresholdPanel()->setThreshold(0.9);
    m_page->thresholdPanel()->bulkButton()->click();
    QCOMPARE(model->statusCounts()[size_t(CandidateStatus::Approved)], expected);
    QCOMPARE(
        store::candidates(m_workspace->session(), m_page->currentRunId(), CandidateStatus::Approved)
            .size(),
        size_t(expected));
    const auto trail = store::auditTrail(m_workspace->session());
    QCOMPARE(trail.size(), before + size_t(expected));
    QVERIFY(trail.back().why.contains(QStringLiteral("0.90")));
    QCOMPARE(m_page->review()->undoStack()->count(), steps + 1);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->statusCounts()[size_t(CandidateStatus::Approved)], qint64(0));
    QVERIFY(
        store::candidates(m_workspace->session(), m_page->currentRunId(), CandidateStatus::Approved)
            .empty());
}

void TestAlignmentPage::blindModeHidesScores() {
    CandidateModel *model = m_page->candidates();
    const QModelIndex score = model->index(0, CandidateModel::ScoreColumn);
    QVERIFY(!model->data(score).toString().isEmpty());
    m_page->setBlind(true);
    QVERIFY(model->data(score).toString().isEmpty());
    QVERIFY(!model->data(score, CandidateModel::ScoreRole).isValid());
    const QLabel *info = nullptr;
    for (const QLabel *label : m_page->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("blind mode")))
            info = label;
    QVERIFY(info);
    QVERIFY(!info->text().contains(QStringLiteral("score ")));
    m_page->setBlind(false);
    QVERIFY(!model->data(score).toString().isEmpty());
}

void TestAlignmentPage::thresholdFollows() {
    ThresholdPanel *panel = m_page->thresholdPanel();
    QCOMPARE(panel->labelSource(), ThresholdPanel::ReferenceLinks); // the demo knows its links
    std::vector<LabelledScore> samples;
    for (const CandidateRow &r : m_page->candidates()->rows())
        samples.push_back({r.score, r.hasGold == 1});
    for (double t : {0.2, 0.5, 0.8}) {
        panel->setThreshold(t);
        const ThresholdCounts c = thresholdCounts(samples, t);
        const QLocale locale;
        QCOMPARE(panel->confusionText(),
                 QStringLiteral("TP %1 FN %2 FP %3 TN %4")
                     .arg(locale.toString(c.truePositives), locale.toString(c.falseNegatives),
                          locale.toString(c.falsePositives), locale.toString(c.trueNegatives)));
        QCOMPARE(panel->plot()->threshold(), t);
    }
    // Labels from decisions: one rejected and one unsure pair so far -> one labelled sample.
    panel->setLabelSource(ThresholdPanel::Decisions);
    QCOMPARE(panel->plot()->samples().size(), size_t(1));
    panel->setLabelSource(ThresholdPanel::ReferenceLinks);
    panel->setThreshold(0.5);
}

void TestAlignmentPage::exportAndImport() {
    // Approve two more pairs so the export has approvals.
    key(Qt::Key_A);
    key(Qt::Key_A);
    const std::vector<CandidateRow> rows = m_page->candidates()->rows();
    const qint64 approved = std::count_if(rows.begin(), rows.end(), [](const CandidateRow &r) {
        return r.status == CandidateStatus::Approved;
    });
    QCOMPARE(approved, qint64(2));

    const QString csv = m_dir.filePath(QStringLiteral("decisions.csv"));
    m_page->exportDecisions(csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines[0].startsWith("decision,candidate,left_key,right_key,score,verdict"));
    qint64 runLines = 0;
    for (const store::DecisionRecord &d : store::auditTrail(m_workspace->session()))
        runLines += m_page->candidates()->byId(d.candidateId) ? 1 : 0;
    QCOMPARE(qint64(lines.size()) - 2, runLines); // header and the final newline

    // The merged graph: the demo's triples of both views, then one sameAs line per approval.
    const QString merged = m_dir.filePath(QStringLiteral("merged.tsv"));
    m_page->exportMergedGraph(merged);
    QFile tsv(merged);
    QVERIFY(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
    qint64 sameAs = 0, triples = 0;
    for (const QByteArray &line : tsv.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QCOMPARE(line.count('\t'), qsizetype(2));
        ++triples;
        sameAs += line.contains(kSameAs) ? 1 : 0;
    }
    QCOMPARE(sameAs, approved);
    QVERIFY(triples > 1000);

    // Import into a second copy of the run: the statuses come out the same, each decision
    // with a new audit line that says where it came from and keeps who decided.
    const auto run = store::run(m_workspace->session(), m_page->currentRunId());
    std::vector<store::CandidateRecord> copy = store::candidates(m_workspace->session(), run->id);
    for (store::CandidateRecord &c : copy) {
        c.id = 0;
        c.status = CandidateStatus::Pending;
    }
    store::RunRecord second = *run;
    second.label = QStringLiteral("copy");
    const qint64 secondId = store::beginRun(m_workspace->session(), second);
    for (store::CandidateRecord &c : copy)
        c.runId = secondId;
    store::addCandidates(m_workspace->session(), copy);
    m_page->reload(secondId);
    QCOMPARE(m_page->currentRunId(), secondId);
    QCOMPARE(m_page->candidates()->statusCounts()[0], qint64(copy.size()));
    m_page->importDecisions(csv);
    for (const CandidateRow &r : rows) {
        const CandidateRow *now = nullptr;
        for (const CandidateRow &n : m_page->candidates()->rows())
            if (n.left.key == r.left.key && n.right.key == r.right.key)
                now = &n;
        QVERIFY(now);
        QCOMPARE(now->status, r.status);
    }
    const auto imported = store::auditTrail(m_workspace->session()).back();
    QCOMPARE(imported.who, QStringLiteral("curator-1"));
    QVERIFY(imported.why.contains(QStringLiteral("imported from decisions.csv")));

    // A malformed file changes nothing and says where it is wrong.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("left_key,right_key,verdict,who,at,why\na,b,maybe,x,y,z\n");
    badFile.close();
    const auto trailBefore = store::auditTrail(m_workspace->session()).size();
    QVERIFY_THROWS_EXCEPTION(
        Error, importDecisionsCsv(bad, m_workspace->session(), m_page->candidates()->rows()));
    QCOMPARE(store::auditTrail(m_workspace->session()).size(), trailBefore);
    m_page->reload(run->id);
}

void TestAlignmentPage::nextPairIsQuick() {
    // Time from the key press to the next pair painted (the view repaints synchronously);
    // the median of 9 decisions, so one hiccup of a loaded machine does not decide.
    std::vector<qint64> times;
    for (int i = 0; i < 9; ++i) {
        const qint64 before = m_page->currentCandidate();
        QElapsedTimer timer;
        timer.start();
        key(Qt::Key_U);
        m_page->neighbourhoodView()->repaint();
        times.push_back(timer.elapsed());
        QVERIFY(m_page->currentCandidate() != before);
    }
    std::sort(times.begin(), times.end());
    qInfo("next pair: median %lld ms, max %lld ms", times[4], times.back());
    QVERIFY2(times[4] < 100, qPrintable(QString::number(times[4])));
}

void TestAlignmentPage::queueOrders() {
    CandidateModel *model = m_page->candidates();
    m_page->setOrder(CandidateModel::ByUncertainty);
    for (int p = 1; p < model->rowCount(); ++p)
        QVERIFY(model->candidate(p - 1).uncertainty() >= model->candidate(p).uncertainty());
    m_page->setOrder(CandidateModel::ByScore);
    for (int p = 1; p < model->rowCount(); ++p)
        QVERIFY(model->candidate(p - 1).score >= model->candidate(p).score);
    // The pair on show stays on show when the order changes.
    const qint64 current = m_page->currentCandidate();
    m_page->setOrder(CandidateModel::ByEntity);
    QCOMPARE(m_page->currentCandidate(), current);
    QCOMPARE(m_page->queueView()->currentIndex().row(), model->positionOf(current));
    m_page->setOrder(CandidateModel::ByScore);
}

void TestAlignmentPage::screenshot() {
    const QString folder = qEnvironmentVariable("EG_ALIGN_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set EG_ALIGN_SCREENSHOTS to a folder to save the alignment page's screenshot");
    // A fully trained run (the page's defaults, 20 epochs), reviewed a little; a pair with
    // shared neighbours on both sides, from the uncertain end of the queue.
    QSignalSpy ended(m_page, &AlignmentPage::trainingEnded);
    QVERIFY(m_page->train() > 0);
    QVERIFY(ended.wait(600000));
    QVERIFY(ended.at(0).at(0).toBool());
    for (int i = 0; i < 6; ++i)
        key(i % 3 == 2 ? Qt::Key_R : Qt::Key_A);
    m_page->thresholdPanel()->setLabelSource(ThresholdPanel::ReferenceLinks);
    m_page->thresholdPanel()->setThreshold(0.5);
    m_page->setOrder(CandidateModel::ByUncertainty);
    const CandidateRow *best = nullptr;
    int bestLinks = -1;
    for (const CandidateRow &r : m_page->candidates()->rows()) {
        int links = 0;
        for (const NeighbourEntry &n : r.neighbours[0])
            links += n.link >= 0 ? 1 : 0;
        if (r.status == CandidateStatus::Pending && r.neighbours[0].size() >= 5 &&
            r.neighbours[1].size() >= 5 && links > bestLinks && links <= 4) {
            best = &r;
            bestLinks = links;
        }
    }
    QVERIFY(best);
    m_page->showCandidate(best->id);
    QVERIFY(saveScreenshot(m_page, folder + QStringLiteral("/alignment.png"), QSize(1280, 800),
                           [] { return true; }));
    // The queue with disagreeing scores first, its first pair on show.
    m_page->setOrder(CandidateModel::ByDisagreement);
    const CandidateRow &first = m_page->candidates()->candidate(0);
    QVERIFY(first.scoresDisagree());
    m_page->showCandidate(first.id);
    QVERIFY(saveScreenshot(m_page, folder + QStringLiteral("/alignment-disagreement.png"),
                           QSize(1280, 800), [] { return true; }));
    qsizetype disagree = 0;
    for (const CandidateRow &r : m_page->candidates()->rows())
        disagree += r.scoresDisagree();
    qInfo("%lld of %zu candidates have disagreeing scores", qlonglong(disagree),
          m_page->candidates()->rows().size());
}

QTEST_MAIN(TestAlignmentPage)
#include "tst_alignmentpage.moc"
