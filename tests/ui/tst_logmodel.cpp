// LogModel: append-only entries, capacity, texts and palette-derived colours per level.
#include "models/logmodel.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QtTest>

using namespace eg;

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void columns_data();
    void columns();
    void dropsOldestBeyondCapacity();
};

void TestLogModel::passesModelTester()
{
    LogModel model(nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i)
        model.append(LogLevel::Info, QStringLiteral("message %1").arg(i));
    model.append(LogLevel::Error, QStringLiteral("bad"));
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear(); // clearing an empty model is a no-op
}

void TestLogModel::columns_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("levelText");
    QTest::addColumn<bool>("coloured");
    QTest::newRow("info") << int(LogLevel::Info) << "Info" << false;
    QTest::newRow("warning") << int(LogLevel::Warning) << "Warning" << true;
    QTest::newRow("error") << int(LogLevel::Error) << "Error" << true;
}

void TestLogModel::columns()
{
    QFETCH(int, level);
    QFETCH(bool, coloured);
    LogModel model;
    const QDateTime when(QDate(2024, 5, 17), QTime(9, 3, 7, 250));
    model.appendEntry({when, LogLevel(level), QStringLiteral("train.txt:3: two fields")});

    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(LogModel::TimeColumn).toString(), QStringLiteral("09:03:07"));
    QTEST(cell(LogModel::LevelColumn).toString(), "levelText");
    QCOMPARE(cell(LogModel::MessageColumn).toString(), QStringLiteral("train.txt:3: two fields"));
    QVERIFY(cell(LogModel::TimeColumn, Qt::ToolTipRole).toString().startsWith(
        QStringLiteral("2024-05-17T09:03:07.250")));

    const QVariant colour = cell(LogModel::MessageColumn, Qt::ForegroundRole);
    QCOMPARE(colour.isValid(), coloured);
    const QPalette palette = QGuiApplication::palette();
    if (LogLevel(level) == LogLevel::Error)
        QCOMPARE(colour.value<QColor>(), theme::errorColor(palette));
    if (LogLevel(level) == LogLevel::Warning)
        QCOMPARE(colour.value<QColor>(), theme::warningColor(palette));
}

void TestLogModel::dropsOldestBeyondCapacity()
{
    LogModel model(nullptr, 2);
    model.append(LogLevel::Info, QStringLiteral("a"));
    model.append(LogLevel::Info, QStringLiteral("b"));
    model.append(LogLevel::Info, QStringLiteral("c"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.at(0).text, QStringLiteral("b"));
    QCOMPARE(model.at(1).text, QStringLiteral("c"));
}

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
