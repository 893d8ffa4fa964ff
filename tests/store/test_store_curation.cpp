// Round trips through the repositories of curation results: embedding files beside the session,
// reports, alignment candidates with the audit trail of decisions, and notes.

#include "common/error.h"
#include "store/candidates.h"
#include "store/decisions.h"
#include "store/embeddings.h"
#include "store/notes.h"
#include "store/reports.h"
#include "store/runs.h"
#include "store/session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;
using namespace eg::store;

namespace {

const QString kShaAbc =
    QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const QString kShaEmpty =
    QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

} // namespace

class TestStoreCuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session =
            Session::create(m_dir.filePath(QStringLiteral("s%1.equigraph").arg(++m_sessions)));
    }
    void cleanup() { m_session.close(); }

    void embeddingsBesideTheSession()
    {
        const QByteArray bytes = "abc";
        EmbeddingRecord meta;
        meta.label = QStringLiteral("final");
        meta.epoch = 3;
        const qint64 a = storeEmbeddingBytes(m_session, bytes, meta);
        const EmbeddingRecord r = *embedding(m_session, a);
        QCOMPARE(r.sha256, kShaAbc);
        QCOMPARE(r.fileName, kShaAbc + QStringLiteral(".egm"));
        QCOMPARE(r.bytes, 3);
        QCOMPARE(r.epoch, std::optional<int>(3));
        QCOMPARE(r.label, QStringLiteral("final"));
        const QString path = embeddingPath(m_session, a, true);
        QCOMPARE(path, m_session.dataDir() + QLatin1Char('/') + r.fileName);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));

        // The same bytes from a file: one file, two records.
        const QString source = m_dir.filePath(QStringLiteral("model.bin"));
        writeFile(source, bytes);
        const qint64 b = storeEmbeddingFile(m_session, source, EmbeddingRecord{});
        QCOMPARE(embedding(m_session, b)->fileName, r.fileName);
        QCOMPARE(QDir(m_session.dataDir()).entryList(QDir::Files).size(), 1);
        QCOMPARE(embeddings(m_session).size(), size_t(2));

        // Another format is another file; run filter.
        const qint64 run = beginRun(m_session, TrainConfig{});
        EmbeddingRecord npy;
        npy.format = QStringLiteral("npy");
        npy.runId = run;
        const qint64 c = storeEmbeddingBytes(m_session, QByteArray(), npy);
        QCOMPARE(embedding(m_session, c)->fileName, kShaEmpty + QStringLiteral(".npy"));
        QCOMPARE(embeddings(m_session, run).size(), size_t(1));

        EmbeddingRecord bad;
        bad.format = QStringLiteral("../x");
        QVERIFY_THROWS_EXCEPTION(Error, storeEmbeddingBytes(m_session, bytes, bad));

        // A changed file is caught by verify; a missing one always.
        writeFile(path, "abd");
        QCOMPARE(embeddingPath(m_session, a, false), path);
        QVERIFY_THROWS_EXCEPTION(Error, embeddingPath(m_session, a, true));
        writeFile(path, "abc");

        removeEmbedding(m_session, a);
        QVERIFY(QFileInfo::exists(path)); // still named by b
        removeEmbedding(m_session, b);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY_THROWS_EXCEPTION(Error, embeddingPath(m_session, b));
        QFile::remove(m_session.dataDir() + QLatin1Char('/') + kShaEmpty + QStringLiteral(".npy"));
        QVERIFY_THROWS_EXCEPTION(Error, embeddingPath(m_session, c));
    }

    void reportsOfBothKinds()
    {
        const qint64 run = beginRun(m_session, TrainConfig{});
        ReportRecord bias;
        bias.runId = run;
        bias.title = QStringLiteral("gender");
        bias.settings = {{QStringLiteral("k"), 10}};
        bias.payload = {{QStringLiteral("score"), 2.95},
                        {QStringLiteral("rows"), QJsonArray{1, 2, 3}}};
        const qint64 b = addReport(m_session, ReportKind::Bias, bias);
        ReportRecord threshold;
        threshold.payload = {{QStringLiteral("ok"), true}};
        const qint64 t = addReport(m_session, ReportKind::Threshold, threshold);
        const ReportRecord back = *report(m_session, ReportKind::Bias, b);
        QCOMPARE(back.runId, std::optional<qint64>(run));
        QCOMPARE(back.title, bias.title);
        QCOMPARE(back.settings, bias.settings);
        QCOMPARE(back.payload, bias.payload);
        QVERIFY(!back.createdAt.isEmpty());
        QCOMPARE(report(m_session, ReportKind::Threshold, t)->payload, threshold.payload);
        // Separate tables: the ids do not mix.
        QCOMPARE(reports(m_session, ReportKind::Bias).size(), size_t(1));
        QCOMPARE(reports(m_session, ReportKind::Threshold).size(), size_t(1));
        QCOMPARE(reports(m_session, ReportKind::Bias, run).size(), size_t(1));
        QCOMPARE(reports(m_session, ReportKind::Threshold, run).size(), size_t(0));
        QVERIFY(!report(m_session, ReportKind::Threshold, 999));
    }

    void candidatesAndTheAuditTrail()
    {
        std::vector<CandidateRecord> in(2);
        in[0].leftId = 10;
        in[0].rightId = 20;
        in[0].leftKey = QStringLiteral("fr:Paris");
        in[0].rightKey = QStringLiteral("en:Paris");
        in[0].score = 0.875;
        in[0].attention = QJsonArray{0.25, 0.75};
        in[1].leftId = 11;
        in[1].rightId = 21;
        in[1].score = 0.5;
        const std::vector<qint64> ids = addCandidates(m_session, in);
        QCOMPARE(ids.size(), size_t(2));
        CandidateRecord c = *candidate(m_session, ids[0]);
        QCOMPARE(c.leftId, 10);
        QCOMPARE(c.rightKey, QStringLiteral("en:Paris"));
        QCOMPARE(c.score, 0.875);
        QCOMPARE(c.attention, in[0].attention);
        QCOMPARE(c.status, CandidateStatus::Pending);
        QVERIFY(candidate(m_session, ids[1])->attention.isNull());

        // approve, reject, undo (back to approved), undo (back to pending), unsure.
        const qint64 d1 = decide(m_session, ids[0], Verdict::Approve, QStringLiteral("same city"),
                                 QStringLiteral("ann"));
        decide(m_session, ids[0], Verdict::Reject, QStringLiteral("no, the Texas one"));
        QCOMPARE(candidate(m_session, ids[0])->status, CandidateStatus::Rejected);
        const qint64 u1 = decide(m_session, ids[0], Verdict::Undo, QStringLiteral("misclick"));
        QCOMPARE(candidate(m_session, ids[0])->status, CandidateStatus::Approved);
        decide(m_session, ids[0], Verdict::Undo);
        QCOMPARE(candidate(m_session, ids[0])->status, CandidateStatus::Pending);
        QVERIFY_THROWS_EXCEPTION(Error, decide(m_session, ids[0], Verdict::Undo));
        decide(m_session, ids[0], Verdict::Unsure, QStringLiteral("ask Bob"));
        QCOMPARE(candidate(m_session, ids[0])->status, CandidateStatus::Unsure);
        QVERIFY_THROWS_EXCEPTION(Error, decide(m_session, 999, Verdict::Approve));

        const std::vector<DecisionRecord> trail = auditTrail(m_session, ids[0]);
        QCOMPARE(trail.size(), size_t(5));
        QCOMPARE(trail[0].id, d1);
        QCOMPARE(trail[0].who, QStringLiteral("ann"));
        QCOMPARE(trail[0].why, QStringLiteral("same city"));
        QCOMPARE(trail[1].who, currentUserName());
        QVERIFY(!trail[1].who.isEmpty());
        QCOMPARE(trail[2].id, u1);
        QCOMPARE(trail[2].verdict, Verdict::Undo);
        QCOMPARE(trail[2].undoes, std::optional<qint64>(trail[1].id));
        QCOMPARE(trail[3].undoes, std::optional<qint64>(d1));
        QCOMPARE(trail[4].verdict, Verdict::Unsure);
        for (const DecisionRecord &d : trail) {
            QVERIFY(d.at.endsWith(QLatin1Char('Z')));
            QVERIFY(QDateTime::fromString(d.at, Qt::ISODateWithMs).isValid());
        }
        QVERIFY(trail[0].at <= trail[4].at);
        QCOMPARE(statusAfter(trail), CandidateStatus::Unsure);
        QCOMPARE(auditTrail(m_session).size(), size_t(5));

        QCOMPARE(candidates(m_session, std::nullopt, CandidateStatus::Unsure).size(), size_t(1));
        QCOMPARE(candidates(m_session, std::nullopt, CandidateStatus::Pending).size(), size_t(1));
        QCOMPARE(candidates(m_session).size(), size_t(2));

        // The trail is append-only, even for raw SQL.
        QSqlQuery raw(m_session.database());
        QVERIFY(!raw.exec(QStringLiteral("UPDATE decisions SET why = 'forged'")));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM decisions")));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM candidates")));
        QCOMPARE(auditTrail(m_session).size(), size_t(5));
    }

    void notesRoundTrip()
    {
        NoteRecord n;
        n.text = QStringLiteral("baseline looks fine");
        const qint64 a = addNote(m_session, n);
        n.target = NoteTarget::Candidate;
        n.targetId = 7;
        n.author = QStringLiteral("ann");
        n.text = QStringLiteral("check the dates");
        const qint64 b = addNote(m_session, n);
        NoteRecord back = *note(m_session, a);
        QCOMPARE(back.target, NoteTarget::Session);
        QVERIFY(!back.targetId);
        QCOMPARE(back.author, currentUserName());
        QCOMPARE(back.createdAt, back.updatedAt);
        QCOMPARE(notes(m_session, NoteTarget::Candidate, 7).size(), size_t(1));
        QCOMPARE(notes(m_session, NoteTarget::Candidate, 8).size(), size_t(0));
        QCOMPARE(notes(m_session).size(), size_t(2));
        QTest::qSleep(5); // so that the millisecond timestamps differ
        updateNote(m_session, b, QStringLiteral("dates checked"));
        back = *note(m_session, b);
        QCOMPARE(back.text, QStringLiteral("dates checked"));
        QCOMPARE(back.author, QStringLiteral("ann"));
        QVERIFY(back.updatedAt > back.createdAt);
        removeNote(m_session, a);
        QVERIFY(!note(m_session, a));
        QVERIFY_THROWS_EXCEPTION(Error, removeNote(m_session, a));
        QVERIFY_THROWS_EXCEPTION(Error, updateNote(m_session, a, QStringLiteral("x")));
        for (int t = 0; t <= int(NoteTarget::Candidate); ++t)
            QCOMPARE(parseNoteTarget(noteTargetName(NoteTarget(t))),
                     std::optional<NoteTarget>(NoteTarget(t)));
    }

private:
    QTemporaryDir m_dir;
    Session m_session;
    int m_sessions = 0;
};

QTEST_GUILESS_MAIN(TestStoreCuration)
#include "test_store_curation.moc"
