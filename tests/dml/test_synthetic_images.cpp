// The built-in synthetic image set: its shape, that it is reproducible bit for bit, and that
// the class spread grows with the label as documented (what makes it threshold-inconsistent).
#include "common/error.h"
#include "dml/synthetic_images.h"

#include <QtTest>

using namespace eg;
using namespace eg::dml;

class TestSyntheticImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapeAndLabels();
    void sameOptionsSameSets();
    void spreadGrowsWithLabel();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
};

void TestSyntheticImages::shapeAndLabels()
{
    SyntheticImageOptions o;
    o.classes = 3;
    o.width = 5;
    o.trainPerClass = 4;
    o.testPerClass = 2;
    const SyntheticImages s = makeSyntheticImages(o);
    QCOMPARE(s.train.images.rows(), 12);
    QCOMPARE(s.train.images.cols(), 5);
    QCOMPARE(s.test.size(), 6);
    QCOMPARE(s.train.width, 5);
    QCOMPARE(s.train.height, 1);
    // Interleaved: 0 1 2 0 1 2 ...
    QCOMPARE(s.test.labels, (std::vector<qint32>{0, 1, 2, 0, 1, 2}));
    QVERIFY(s.train.images.minCoeff() > 0.0f); // logistic: inside (0, 1)
    QVERIFY(s.train.images.maxCoeff() < 1.0f);
}

void TestSyntheticImages::sameOptionsSameSets()
{
    const SyntheticImages a = makeSyntheticImages(), b = makeSyntheticImages();
    QVERIFY(a.train.images == b.train.images);
    QVERIFY(a.test.images == b.test.images);
    SyntheticImageOptions other;
    other.seed = 8;
    QVERIFY(!(makeSyntheticImages(other).test.images == a.test.images));
}

void TestSyntheticImages::spreadGrowsWithLabel()
{
    // Noise 0.6 for class 0 up to 1.6 for class 9 before the logistic: the mean squared
    // distance of a class's items to their mean grows with the label. With 600 items per class
    // the estimate is within a few per cent, and neighbouring classes differ by about 20 %
    // before the (shrinking) logistic, so classes two labels apart are compared.
    const SyntheticImages s = makeSyntheticImages();
    std::vector<double> spread;
    for (qint32 c = 0; c < 10; ++c) {
        Eigen::MatrixXd rows(600, s.train.images.cols());
        qint64 n = 0;
        for (qint64 i = 0; i < s.train.size(); ++i)
            if (s.train.labels[size_t(i)] == c)
                rows.row(n++) = s.train.images.row(i).cast<double>();
        QCOMPARE(n, qint64(600));
        const Eigen::RowVectorXd mean = rows.colwise().mean();
        spread.push_back((rows.rowwise() - mean).rowwise().squaredNorm().mean());
    }
    for (int c = 2; c < 10; ++c)
        QVERIFY2(spread[size_t(c)] > spread[size_t(c - 2)],
                 qPrintable(QStringLiteral("class %1: %2, class %3: %4")
                                .arg(c)
                                .arg(spread[size_t(c)])
                                .arg(c - 2)
                                .arg(spread[size_t(c - 2)])));
}

void TestSyntheticImages::rejectsBadOptions_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("perClass");
    QTest::newRow("one class") << 1 << 4 << 3;
    QTest::newRow("no width") << 3 << 0 << 3;
    QTest::newRow("no items") << 3 << 4 << 0;
}

void TestSyntheticImages::rejectsBadOptions()
{
    QFETCH(int, classes);
    QFETCH(int, width);
    QFETCH(int, perClass);
    SyntheticImageOptions o;
    o.classes = classes;
    o.width = width;
    o.trainPerClass = perClass;
    QVERIFY_THROWS_EXCEPTION(Error, makeSyntheticImages(o));
}

QTEST_GUILESS_MAIN(TestSyntheticImages)
#include "test_synthetic_images.moc"
