// Schema versions: the released version-1 schema (tests/store/schema_v1.sql, frozen) is still
// what the first step makes, and a version-1 file full of data is upgraded to the current version
// with a backup beside it and every row intact.

#include "common/error.h"
#include "store/candidates.h"
#include "store/datasets.h"
#include "store/decisions.h"
#include "store/embeddings.h"
#include "store/epochs.h"
#include "store/notes.h"
#include "store/reports.h"
#include "store/runs.h"
#include "store/schema.h"
#include "store/session.h"
#include "store_test_util.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;
using namespace eg::store;

namespace {

QStringList frozenV1()
{
    QFile file(QStringLiteral(EG_SCHEMA_V1_SQL));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", EG_SCHEMA_V1_SQL);
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("--")))
            lines << line;
    QStringList statements;
    for (QString block : lines.join(QLatin1Char('\n')).split(QStringLiteral("\n\n"))) {
        block = block.trimmed();
        if (block.endsWith(QLatin1Char(';')))
            block.chop(1);
        if (!block.isEmpty())
            statements << block;
    }
    return statements;
}

// type, name and whitespace-collapsed SQL of every schema object, sorted by name.
QStringList schemaOf(const QString &path)
{
    QStringList rows;
    test::withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() +
                        QLatin1Char('|') + q.value(2).toString().simplified();
    });
    return rows;
}

const QString kSha = QStringLiteral("ab").repeated(32);
const QString kEmbeddingSha = QStringLiteral("cd").repeated(32);

// A version-1 session as the first release wrote it, with one row or more in every table.
void makeV1File(const QString &path)
{
    test::withRawConnection(path, [&](QSqlDatabase &db) {
        test::execAll(db, {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)});
        test::execAll(db, frozenV1());
        test::execAll(
            db,
            {
                QStringLiteral(
                    "INSERT INTO meta VALUES ('created_at', '2024-01-02T03:04:05.006Z')"),
                QStringLiteral(
                    "INSERT INTO datasets VALUES (1, 'tiny', '/data/tiny', '%1', 123, 4, 2,"
                    " 8, '{\"train\":8}', '2024-01-02T03:04:05.006Z')")
                    .arg(kSha),
                QStringLiteral("INSERT INTO runs VALUES (1, 1, 'first', '{\"type\":\"distmult\","
                               "\"dim\":8}', '{\"epochs\":3,\"seed\":\"7\"}', 7, 'finished',"
                               " '2024-01-02T03:04:05.006Z', '2024-01-02T03:05:00.000Z',"
                               " '{\"mrr\":0.5}', '')"),
                QStringLiteral("INSERT INTO epochs VALUES (1, 1, 0.9, 0.5, 8, '{}', 'x'),"
                               " (1, 2, 0.7, 0.5, 8, '{}', 'x'), (1, 3, 0.6, 0.5, 8,"
                               " '{\"valid\":{\"mrr\":0.5}}', 'x')"),
                QStringLiteral(
                    "INSERT INTO embeddings VALUES (1, 1, 3, 'final', '%1.egm', '%1', 96,"
                    " 'egm', 'x')")
                    .arg(kEmbeddingSha),
                QStringLiteral("INSERT INTO bias_reports VALUES (1, 1, 'gender', '{\"k\":10}',"
                               " '{\"score\":2.95}', 'x')"),
                QStringLiteral("INSERT INTO threshold_reports VALUES (1, NULL, 'thr', '{}',"
                               " '{\"ok\":true}', 'x')"),
                QStringLiteral("INSERT INTO candidates VALUES (1, 1, 10, 20, 'fr:a', 'en:a', 0.9,"
                               " '[0.25,0.75]', 'rejected'), (2, 1, 11, 21, '', '', 0.4, 'null',"
                               " 'pending')"),
                QStringLiteral("INSERT INTO decisions VALUES (1, 1, 'approve', NULL, 'ann', 't1',"
                               " 'looks right'), (2, 1, 'undo', 1, 'ann', 't2', 'oops'),"
                               " (3, 1, 'reject', NULL, 'bob', 't3', 'different people')"),
                QStringLiteral("PRAGMA user_version = 1"),
            });
    });
}

} // namespace

class TestSessionMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void firstStepIsTheReleasedSchema()
    {
        const QString frozen = m_dir.filePath(QStringLiteral("frozen.sqlite"));
        const QString made = m_dir.filePath(QStringLiteral("made.sqlite"));
        test::withRawConnection(frozen, [](QSqlDatabase &db) { test::execAll(db, frozenV1()); });
        test::withRawConnection(made, [&](QSqlDatabase &db) { migrate(db, 0, 1, made); });
        const QStringList expected = schemaOf(frozen);
        QCOMPARE(expected.size(), 15); // 9 tables, 4 indexes, 2 triggers
        QCOMPARE(schemaOf(made), expected);
        QCOMPARE(test::rawValue(made, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    void eachStepIsItsOwnTransaction()
    {
        // A database in the way of step 2 (it has a table "notes" already): step 1 stays.
        const QString path = m_dir.filePath(QStringLiteral("steps.sqlite"));
        test::withRawConnection(path, [&](QSqlDatabase &db) {
            test::execAll(db, {QStringLiteral("CREATE TABLE notes (x)")});
            QVERIFY_THROWS_EXCEPTION(Error, migrate(db, 0, kSchemaVersion, path));
        });
        QCOMPARE(test::rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(test::rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "name = 'datasets'"))
                     .toInt(),
                 1);
        QCOMPARE(test::rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "name = 'notes_by_target'"))
                     .toInt(),
                 0);
    }

    void upgradesVersion1KeepingEverything()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.equigraph"));
        makeV1File(path);
        Session session = Session::open(path);
        QVERIFY(!session.isReadOnly());
        QCOMPARE(session.backupPath(), path + QStringLiteral(".bak-v1"));
        QCOMPARE(session.integrityCheck(), QStringLiteral("ok"));
        QSqlQuery version(session.database());
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), kSchemaVersion);
        version.finish();

        const DatasetRecord d = *dataset(session, 1);
        QCOMPARE(d.name, QStringLiteral("tiny"));
        QCOMPARE(d.sha256, kSha);
        QCOMPARE(d.triples, 8);
        QCOMPARE(d.counts.value(QStringLiteral("train")).toInt(), 8);
        const RunRecord r = *run(session, 1);
        QCOMPARE(r.datasetId, std::optional<qint64>(1));
        QCOMPARE(r.status, RunStatus::Finished);
        QCOMPARE(r.seed, quint64(7));
        QCOMPARE(r.finalMetrics.value(QStringLiteral("mrr")).toDouble(), 0.5);
        const std::vector<EpochRecord> e = epochs(session, 1);
        QCOMPARE(e.size(), size_t(3));
        QCOMPARE(e[2].loss, 0.6);
        QCOMPARE(
            e[2].metrics.value(QStringLiteral("valid")).toObject().value(QStringLiteral("mrr")),
            QJsonValue(0.5));
        QCOMPARE(embedding(session, 1)->fileName, kEmbeddingSha + QStringLiteral(".egm"));
        QCOMPARE(report(session, ReportKind::Bias, 1)->payload.value(QStringLiteral("score")),
                 QJsonValue(2.95));
        QCOMPARE(reports(session, ReportKind::Threshold).size(), size_t(1));
        const CandidateRecord c = *candidate(session, 1);
        QCOMPARE(c.status, CandidateStatus::Rejected);
        QCOMPARE(c.attention, QJsonValue(QJsonArray{0.25, 0.75}));
        const std::vector<DecisionRecord> trail = auditTrail(session, 1);
        QCOMPARE(trail.size(), size_t(3));
        QCOMPARE(trail[1].undoes, std::optional<qint64>(1));
        QCOMPARE(trail[2].who, QStringLiteral("bob"));
        QCOMPARE(statusAfter(trail), CandidateStatus::Rejected);

        // What version 2 added works, and so do writes to the old tables.
        NoteRecord n;
        n.target = NoteTarget::Run;
        n.targetId = 1;
        n.text = QStringLiteral("migrated");
        addNote(session, n);
        QCOMPARE(notes(session, NoteTarget::Run, 1).size(), size_t(1));
        decide(session, 2, Verdict::Approve, QStringLiteral("after the upgrade"));
        QCOMPARE(candidate(session, 2)->status, CandidateStatus::Approved);

        // The backup is the version-1 file with the same rows.
        const QString backup = session.backupPath();
        QCOMPARE(test::rawValue(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(test::rawValue(backup, QStringLiteral("PRAGMA application_id")).toUInt(),
                 kApplicationId);
        QCOMPARE(test::rawValue(backup, QStringLiteral("SELECT count(*) FROM decisions")).toInt(),
                 3);
        QCOMPARE(test::rawValue(backup, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                       "name = 'notes'"))
                     .toInt(),
                 0);

        // Opening the upgraded file again changes nothing and makes no further backup.
        session.close();
        Session again = Session::open(path);
        QVERIFY(again.backupPath().isEmpty());
        QCOMPARE(notes(again).size(), size_t(1));
    }

    void backupNeverOverwritesAnOlderOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.equigraph"));
        makeV1File(path);
        QFile old(path + QStringLiteral(".bak-v1"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier backup");
        old.close();
        Session session = Session::open(path);
        QCOMPARE(session.backupPath(), path + QStringLiteral(".bak-v1-2"));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an earlier backup"));
    }

    void failedUpgradeLeavesTheOldVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("blocked.equigraph"));
        makeV1File(path);
        test::withRawConnection(path, [](QSqlDatabase &db) {
            test::execAll(db, {QStringLiteral("CREATE TABLE notes (mine TEXT)"),
                               QStringLiteral("INSERT INTO notes VALUES ('keep me')")});
        });
        try {
            Session::open(path);
            QFAIL("the upgrade went through");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("upgrading to schema 2 failed")),
                     qPrintable(error.describe()));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak-v1")));
        QCOMPARE(test::rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(test::rawValue(path, QStringLiteral("SELECT mine FROM notes")).toString(),
                 QStringLiteral("keep me"));
    }

    void readOnlyCannotUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-ro.equigraph"));
        makeV1File(path);
        const auto before = test::folderDigest(m_dir.path());
        try {
            Session::open(path, OpenMode::ReadOnly);
            QFAIL("opened");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("older schema 1")),
                     qPrintable(error.describe()));
        }
        QCOMPARE(test::folderDigest(m_dir.path()), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSessionMigration)
#include "test_session_migration.moc"
