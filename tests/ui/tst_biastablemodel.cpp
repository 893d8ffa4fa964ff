// BiasTableModel (one side of a bias table over an immutable ProfessionBiasResult), its sorting
// and search through QSortFilterProxyModel, lazy fetching of 100,000 rows, the page's model
// list, and CSV export of a table.
#include "models/biasmodellist.h"
#include "models/biastablemodel.h"
#include "pages/bias/biasanalysis.h"
#include "pages/bias/tablecsv.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

#include <cmath>

using namespace eg;

class TestBiasTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sides_data();
    void sides();
    void cells();
    void rankChange();
    void sortsNumerically();
    void searches();
    void fetchesLazily();
    void viewFetchesOnScroll();
    void csv();
    void spearmanFollowsMinCount();
    void modelList();
};

namespace {

// Five professions P0..P4 (entity ids 0..4), rows in B_p descending order as the engine gives
// them. C_a + C_b: P2 35, P0 22, P4 5, P1 28, P3 42 (so minCount 20 drops P4 only).
std::shared_ptr<const ProfessionBiasResult> smallResult()
{
    auto r = std::make_shared<ProfessionBiasResult>();
    r->rows = {{2, 0.30, 30, 5, 40, 1.5, true},
               {0, 0.10, 12, 10, 25, 0.1, true},
               {4, 0.00, 3, 2, 6, 0.2, true},
               {1, -0.05, 8, 20, 30, -0.8, true},
               {3, -0.20, 2, 40, 45, -2.5, true}};
    r->humans = 200;
    return r;
}

// The same professions in another model: B_p order P0, P2, P4, P1, P3.
std::shared_ptr<const ProfessionBiasResult> otherResult()
{
    auto r = std::make_shared<ProfessionBiasResult>();
    r->rows = {{0, 0.50, 12, 10, 25, 0.1, true},
               {2, 0.20, 30, 5, 40, 1.5, true},
               {4, 0.00, 3, 2, 6, 0.2, true},
               {1, -0.10, 8, 20, 30, -0.8, true},
               {3, -0.30, 2, 40, 45, -2.5, true}};
    return r;
}

std::shared_ptr<const Graph> labelledGraph(int entities)
{
    auto g = std::make_shared<Graph>();
    for (int i = 0; i < entities; ++i) {
        g->entities.insert(QStringLiteral("profession/%1").arg(i).toStdString());
        g->entityLabels.push_back(QStringLiteral("P%1").arg(i));
    }
    return g;
}

BiasTableModel::Options options(bool towardsA, qint64 minCount = 20, int limit = 0)
{
    BiasTableModel::Options o;
    o.towardsA = towardsA;
    o.minCount = minCount;
    o.limit = limit;
    o.valueA = QStringLiteral("male");
    o.valueB = QStringLiteral("female");
    return o;
}

QStringList professions(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, BiasTableModel::ProfessionColumn).data().toString();
    return out;
}

} // namespace

void TestBiasTableModel::sides_data()
{
    QTest::addColumn<bool>("towardsA");
    QTest::addColumn<int>("minCount");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a, min 20") << true << 20 << 0 << QStringList{"P2", "P0", "P1", "P3"};
    QTest::newRow("b, min 20") << false << 20 << 0 << QStringList{"P3", "P1", "P0", "P2"};
    QTest::newRow("a, min 0") << true << 0 << 0 << QStringList{"P2", "P0", "P4", "P1", "P3"};
    QTest::newRow("a, top 2") << true << 20 << 2 << QStringList{"P2", "P0"};
    QTest::newRow("b, top 2") << false << 20 << 2 << QStringList{"P3", "P1"};
    QTest::newRow("min 30") << true << 30 << 0 << QStringList{"P2", "P3"};
    QTest::newRow("min 100") << true << 100 << 0 << QStringList{};
}

void TestBiasTableModel::sides()
{
    QFETCH(bool, towardsA);
    QFETCH(int, minCount);
    QFETCH(int, limit);
    BiasTableModel model(smallResult(), labelledGraph(5), options(towardsA, minCount, limit));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTEST(professions(model), "expected");
    QCOMPARE(model.totalRows(), model.rowCount());
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, BiasTableModel::RankColumn).data().toString(),
                 QString::number(r + 1));
}

void TestBiasTableModel::cells()
{
    BiasTableModel model(smallResult(), labelledGraph(5), options(true));
    const auto cell = [&model](int column, int role = Qt::EditRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(BiasTableModel::ProfessionColumn).toString(), QStringLiteral("P2"));
    QCOMPARE(cell(BiasTableModel::BiasColumn).toDouble(), 0.30);
    QCOMPARE(cell(BiasTableModel::CountAColumn).toLongLong(), 30);
    QCOMPARE(cell(BiasTableModel::CountBColumn).toLongLong(), 5);
    QCOMPARE(cell(BiasTableModel::PeopleColumn).toLongLong(), 40);
    QCOMPARE(cell(BiasTableModel::LogRatioColumn).toDouble(), 1.5);
    QCOMPARE(cell(BiasTableModel::ProfessionColumn, BiasTableModel::EntityRole).toInt(), 2);
    QCOMPARE(cell(BiasTableModel::ProfessionColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("profession/2"));
    // No comparison: the rank-change column is empty.
    QCOMPARE(cell(BiasTableModel::RankChangeColumn, Qt::DisplayRole).toString(), QString());
    QCOMPARE(model.headerData(BiasTableModel::CountAColumn, Qt::Horizontal).toString(),
             QStringLiteral("C (male)"));
    QCOMPARE(model.headerData(BiasTableModel::CountBColumn, Qt::Horizontal).toString(),
             QStringLiteral("C (female)"));
}

void TestBiasTableModel::rankChange()
{
    // Towards a, here P2 P0 P1 P3, there P0 P2 P1 P3: rank there minus rank here.
    BiasTableModel model(smallResult(), labelledGraph(5), options(true));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setComparison(otherResult(), QStringLiteral("Other"));
    QCOMPARE(header.count(), 1);
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.index(r, BiasTableModel::RankChangeColumn).data().toString();
    QCOMPARE(shown, (QStringList{QStringLiteral("+1"), QStringLiteral("−1"), QStringLiteral("0"),
                                 QStringLiteral("0")}));
    QCOMPARE(model.index(0, BiasTableModel::RankChangeColumn).data(Qt::EditRole).toLongLong(), 1);
    QCOMPARE(model.headerData(BiasTableModel::RankChangeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Δ rank"));
    QCOMPARE(model.headerData(BiasTableModel::RankChangeColumn, Qt::Horizontal, Qt::EditRole)
                 .toString(),
             QStringLiteral("Δ rank vs Other")); // exports name the other model

    // A profession the other model does not rank (below its minimum count): no value.
    auto sparse = std::make_shared<ProfessionBiasResult>(*otherResult());
    sparse->rows[0].countA = 1; // P0 drops out there
    model.setComparison(sparse, QStringLiteral("Sparse"));
    QCOMPARE(model.index(1, BiasTableModel::RankChangeColumn).data().toString(),
             QStringLiteral("—"));
    QVERIFY(!model.index(1, BiasTableModel::RankChangeColumn)
                 .data(BiasTableModel::SortRole)
                 .isValid());
    QCOMPARE(model.index(1, BiasTableModel::RankChangeColumn).data(Qt::EditRole).toString(),
             QString());
}

void TestBiasTableModel::sortsNumerically()
{
    // Displayed B_p texts "0.3", "0.1", "-0.05", "-0.2" sort wrongly as strings ("-0.05" before
    // "-0.2"); the proxy sorts on SortRole, the raw number.
    BiasTableModel model(smallResult(), labelledGraph(5), options(true));
    QSortFilterProxyModel proxy;
    proxy.setSortRole(BiasTableModel::SortRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(BiasTableModel::BiasColumn, Qt::AscendingOrder);
    QCOMPARE(professions(proxy), (QStringList{"P3", "P1", "P0", "P2"}));
    proxy.sort(BiasTableModel::CountBColumn, Qt::DescendingOrder); // 40, 20, 10, 5
    QCOMPARE(professions(proxy), (QStringList{"P3", "P1", "P0", "P2"}));
    proxy.sort(BiasTableModel::PeopleColumn, Qt::AscendingOrder); // 25, 30, 40, 45
    QCOMPARE(professions(proxy), (QStringList{"P0", "P1", "P2", "P3"}));
}

void TestBiasTableModel::searches()
{
    auto graph = labelledGraph(5);
    auto g = std::const_pointer_cast<Graph>(graph);
    g->entityLabels = {"Nurse", "Engineer", "Nun", "Banker", "Soprano"};
    BiasTableModel model(smallResult(), graph, options(true, 0));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(BiasTableModel::ProfessionColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("nu"));
    QCOMPARE(professions(proxy), (QStringList{"Nun", "Nurse"}));
}

void TestBiasTableModel::fetchesLazily()
{
    // 100,000 synthetic professions, B_p descending, all kept.
    const int n = 100000;
    auto result = std::make_shared<ProfessionBiasResult>();
    result->rows.reserve(n);
    for (int i = 0; i < n; ++i)
        result->rows.push_back({qint32(i), 1.0 - 2.0 * i / n, 20 + i % 7, 20, 60, 0.0, true});
    BiasTableModel::Options o = options(false);
    o.batch = 500;
    BiasTableModel model(result, labelledGraph(n), o);
    QCOMPARE(model.totalRows(), n);
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 500);
    QCOMPARE(inserted.at(0).at(2).toInt(), 999);
    int calls = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++calls;
    }
    QCOMPARE(calls, n / 500 - 1);
    QCOMPARE(model.rowCount(), n);
    // The tester fetches on its own (the first batch of another model) and checks the rows.
    BiasTableModel fresh(result, labelledGraph(n), o);
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fresh.fetchAll();
    QCOMPARE(fresh.rowCount(), n);
    // Towards b: the last engine row (most negative) first.
    QCOMPARE(model.index(0, BiasTableModel::ProfessionColumn).data().toString(),
             QStringLiteral("P%1").arg(n - 1));
    QCOMPARE(model.index(n - 1, BiasTableModel::ProfessionColumn).data().toString(),
             QStringLiteral("P0"));
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no change
    QCOMPARE(model.rowCount(), n);
}

void TestBiasTableModel::viewFetchesOnScroll()
{
    const int n = 100000;
    auto result = std::make_shared<ProfessionBiasResult>();
    for (int i = 0; i < n; ++i)
        result->rows.push_back({qint32(i), -double(i), 30, 30, 60, 0.0, true});
    BiasTableModel model(result, labelledGraph(n), options(true));
    QSortFilterProxyModel proxy;
    proxy.setSortRole(BiasTableModel::SortRole);
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int first = model.rowCount();
    QVERIFY(first < n);
    view.scrollToBottom();
    QTRY_VERIFY(model.rowCount() > first); // the view asked for more through the proxy
    QVERIFY(model.rowCount() < n);         // but not for everything
}

void TestBiasTableModel::csv()
{
    BiasTableModel model(smallResult(), labelledGraph(5), options(false));
    model.setComparison(otherResult(), QStringLiteral("Other, v2")); // a comma in the header
    const QString csv = tableToCsv(&model);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4);
    QCOMPARE(lines[0], QStringLiteral("#,Profession,B_p,C (male),C (female),"
                                      "Data skew (log ratio),People,\"Δ rank vs Other, v2\""));
    // Towards b here P3 P1 P0 P2, there P3 P1 P2 P0: rank there minus rank here.
    QCOMPARE(lines[1], QStringLiteral("1,P3,-0.2,2,40,-2.5,45,0"));
    QCOMPARE(lines[4], QStringLiteral("4,P2,0.3,30,5,1.5,40,-1"));
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_bias_table.csv"));
    QVERIFY(writeTableCsv(&model, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), csv);
    QVERIFY(!writeTableCsv(&model, QStringLiteral("/no/such/folder/x.csv")));
}

void TestBiasTableModel::spearmanFollowsMinCount()
{
    // min 20 keeps P2 P0 P1 P3: bias order and log-ratio order agree exactly -> rho = 1.
    const auto r = smallResult();
    QCOMPARE(BiasAnalysis::keptAt(*r, 20), qint64(4));
    QCOMPARE(BiasAnalysis::spearmanAt(*r, 20), 1.0);
    // min 0 adds P4 (bias 0.00 ranks 3rd of 5, log-ratio 0.2 ranks 4th): d = (0,1,1,0,0) on
    // ranks (5,4,3,2,1) vs (5,3,4,2,1): rho = 1 - 6*2/(5*24) = 0.9.
    QVERIFY(std::abs(BiasAnalysis::spearmanAt(*r, 0) - 0.9) < 1e-12);
    QVERIFY(std::isnan(BiasAnalysis::spearmanAt(*r, 41))); // one row left
}

void TestBiasTableModel::modelList()
{
    BiasModelList list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(&list, &BiasModelList::entryReady);
    BiasModelEntry training;
    training.name = QStringLiteral("Basic 1");
    training.state = BiasModelEntry::State::Training;
    training.plannedEpochs = 30;
    training.jobId = 7;
    const int a = list.add(training);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(list.findByJob(7)->id, a);
    list.update(a, [](BiasModelEntry &e) { e.epochs.push_back({1, 2.5, 0.1, true, 0.25}); });
    QCOMPARE(list.index(0, BiasModelList::EpochsColumn).data().toString(),
             QStringLiteral("1 / 30"));
    QCOMPARE(list.index(0, BiasModelList::MrrColumn).data().toString(), QStringLiteral("0.250"));
    list.update(a, [](BiasModelEntry &e) {
        e.state = BiasModelEntry::State::Ready;
        e.model = std::make_shared<const Model>();
        e.graph = std::make_shared<const Graph>();
    });
    QCOMPARE(ready.count(), 1);
    QCOMPARE(list.findByJob(7), nullptr); // no longer training
    QCOMPARE(list.index(0, BiasModelList::StateColumn).data().toString(), QStringLiteral("Ready"));
    const int b = list.add(BiasModelEntry{});
    QVERIFY(b != a);
    QCOMPARE(list.readyIds(), std::vector<int>{a});
    QCOMPARE(list.index(1, 0).data(BiasModelList::IdRole).toInt(), b);
    ModelSpec spec;
    spec.type = ModelType::TransE;
    spec.norm = 2;
    spec.dim = 50;
    QCOMPARE(describeModelSpec(spec), QStringLiteral("TransE (L2), dim 50"));
}

QTEST_MAIN(TestBiasTableModel)
#include "tst_biastablemodel.moc"
