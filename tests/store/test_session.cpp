// The session file's life: create, reopen, the writer's lock and the read-only second instance,
// Save As, and the transactions every write runs in.

#include "common/error.h"
#include "store/embeddings.h"
#include "store/epochs.h"
#include "store/notes.h"
#include "store/runs.h"
#include "store/schema.h"
#include "store/session.h"
#include "store/write_transaction.h"
#include "store_test_util.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace eg;
using namespace eg::store;

namespace {

QVariant pragma(const Session &session, const QString &name)
{
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

qint64 addSessionNote(Session &session, const QString &text)
{
    NoteRecord note;
    note.text = text;
    return addNote(session, note);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createSetsUpTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.equigraph"));
        Session session = Session::create(path);
        QVERIFY(session.isOpen());
        QVERIFY(!session.isReadOnly());
        QCOMPARE(session.path(), path);
        QCOMPARE(session.dataDir(), path + QStringLiteral(".d"));
        QVERIFY(session.backupPath().isEmpty());
        QCOMPARE(pragma(session, QStringLiteral("application_id")).toUInt(), kApplicationId);
        QCOMPARE(pragma(session, QStringLiteral("user_version")).toInt(), kSchemaVersion);
        QCOMPARE(pragma(session, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(session, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(session, QStringLiteral("synchronous")).toInt(), 1); // 1 = NORMAL
        QCOMPARE(session.integrityCheck(), QStringLiteral("ok"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        QSqlQuery meta(session.database());
        QVERIFY(meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'created_at'")));
        QVERIFY(meta.next());
        QVERIFY(meta.value(0).toString().endsWith(QLatin1Char('Z')));
        meta.finish();

        const qint64 id = addSessionNote(session, QStringLiteral("kept"));
        session.close();
        QVERIFY(!session.isOpen());
        session.close(); // twice is fine
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        // The last connection folds the WAL into the file and removes it.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

        Session again = Session::open(path);
        QVERIFY(!again.isReadOnly());
        QCOMPARE(note(again, id)->text, QStringLiteral("kept"));
    }

    void oddFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("space") << QStringLiteral("my session.equigraph");
        QTest::newRow("uri characters") << QStringLiteral("a#b?c=d&e%20f.equigraph");
        QTest::newRow("non-ascii") << QStringLiteral("s\u00e9ance \u6570\u636e.equigraph");
    }

    void oddFileNames()
    {
        // The checks open the file through an SQLite URI: names must survive the encoding.
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        Session session = Session::create(path);
        addSessionNote(session, name);
        session.close();
        session = Session::open(path);
        QCOMPARE(session.path(), path);
        QCOMPARE(notes(session).at(0).text, name);
        session.close();
        session = Session::open(path, OpenMode::ReadOnly);
        QCOMPARE(notes(session).size(), size_t(1));
    }

    void createRefusesAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.equigraph"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        QVERIFY_THROWS_EXCEPTION(Error, Session::create(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    }

    void openMissingFileSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.equigraph"));
        try {
            Session::open(path);
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY2(error.describe().contains(QStringLiteral("no such session file")),
                     qPrintable(error.describe()));
            QCOMPARE(error.file(), path);
        }
        QVERIFY(!QFileInfo::exists(path));
    }

    void secondInstanceIsReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.equigraph"));
        Session writer = Session::create(path);
        addSessionNote(writer, QStringLiteral("first"));

        Session reader = Session::open(path); // asks for read-write
        QVERIFY(reader.isReadOnly());
        QVERIFY2(reader.readOnlyReason().contains(QStringLiteral("open in another Equigraph")),
                 qPrintable(reader.readOnlyReason()));
        QVERIFY2(
            reader.readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(reader.readOnlyReason()));
        QCOMPARE(notes(reader).size(), size_t(1));

        // The reader sees what the writer commits later.
        addSessionNote(writer, QStringLiteral("second"));
        QCOMPARE(notes(reader).size(), size_t(2));

        // Writes through the reader are refused before SQLite is asked.
        try {
            addSessionNote(reader, QStringLiteral("refused"));
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("read-only")),
                     qPrintable(error.describe()));
            QVERIFY2(error.message().contains(QStringLiteral("open in another Equigraph")),
                     qPrintable(error.describe()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, beginRun(reader, TrainConfig{}));
        QCOMPARE(notes(writer).size(), size_t(2));

        // Once the writer is gone the next open is writable again.
        writer.close();
        reader.close();
        Session next = Session::open(path);
        QVERIFY(!next.isReadOnly());
        QVERIFY(next.readOnlyReason().isEmpty());
    }

    void readOnlyOnRequest()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.equigraph"));
        Session::create(path).close();
        Session session = Session::open(path, OpenMode::ReadOnly);
        QVERIFY(session.isReadOnly());
        QCOMPARE(session.readOnlyReason(), QStringLiteral("opened read-only as asked"));
        QVERIFY_THROWS_EXCEPTION(Error, addSessionNote(session, QStringLiteral("no")));
        // A read-only open takes no lock: a writer may open the file meanwhile.
        Session writer = Session::open(path);
        QVERIFY(!writer.isReadOnly());
    }

    void saveAsContinuesInTheCopy()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.equigraph"));
        const QString b = m_dir.filePath(QStringLiteral("b.equigraph"));
        Session session = Session::create(a);
        const qint64 run = beginRun(session, TrainConfig{});
        appendEpoch(session, run, EpochRecord{1, 0.5, 0.1, 10, {}, {}});
        EmbeddingRecord meta;
        meta.runId = run;
        const qint64 emb = storeEmbeddingBytes(session, QByteArray(1000, 'x'), meta);

        session.saveAs(b);
        QCOMPARE(session.path(), b);
        QVERIFY(!session.isReadOnly());
        QVERIFY(!QFileInfo::exists(b + QStringLiteral(".partial")));
        QCOMPARE(lastEpoch(session, run), 1);
        const QString copied = embeddingPath(session, emb, true);
        QVERIFY(copied.startsWith(b + QStringLiteral(".d/")));
        QCOMPARE(session.integrityCheck(), QStringLiteral("ok"));

        // Writes now go to the copy only; the old file is free and unchanged.
        appendEpoch(session, run, EpochRecord{2, 0.4, 0.1, 10, {}, {}});
        QVERIFY(!QFileInfo::exists(a + QStringLiteral(".lock")));
        Session old = Session::open(a);
        QVERIFY(!old.isReadOnly());
        QCOMPARE(lastEpoch(old, run), 1);
        QCOMPARE(lastEpoch(session, run), 2);

        // Saving onto a file another session holds is refused, and changes nothing.
        QVERIFY_THROWS_EXCEPTION(Error, session.saveAs(a));
        QCOMPARE(session.path(), b);
        QVERIFY(!QFileInfo::exists(a + QStringLiteral(".partial")));
        QCOMPARE(lastEpoch(old, run), 1);
        old.close();

        // Saving over an existing (unheld) file replaces it.
        session.saveAs(a);
        QCOMPARE(lastEpoch(session, run), 2);
        session.close();
        Session reopened = Session::open(a);
        QCOMPARE(lastEpoch(reopened, run), 2);
    }

    void saveAsFromReadOnlyGivesAWritableCopy()
    {
        const QString a = m_dir.filePath(QStringLiteral("held.equigraph"));
        const QString c = m_dir.filePath(QStringLiteral("mine.equigraph"));
        Session writer = Session::create(a);
        addSessionNote(writer, QStringLiteral("from the writer"));
        Session reader = Session::open(a);
        QVERIFY(reader.isReadOnly());
        reader.saveAs(c);
        QVERIFY(!reader.isReadOnly());
        QCOMPARE(notes(reader).size(), size_t(1));
        addSessionNote(reader, QStringLiteral("mine"));
        QCOMPARE(notes(reader).size(), size_t(2));
        QCOMPARE(notes(writer).size(), size_t(1));
    }

    void transactionsRollBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("tx.equigraph"));
        Session session = Session::create(path);
        {
            WriteTransaction outer(session, QStringLiteral("test"));
            addSessionNote(session, QStringLiteral("inside")); // nested: a savepoint
            // no commit: everything rolls back
        }
        QCOMPARE(notes(session).size(), size_t(0));
        {
            WriteTransaction outer(session, QStringLiteral("test"));
            addSessionNote(session, QStringLiteral("kept"));
            // A failing nested write rolls back to its savepoint only.
            QVERIFY_THROWS_EXCEPTION(Error, updateNote(session, 999, QStringLiteral("x")));
            addSessionNote(session, QStringLiteral("also kept"));
            outer.commit();
        }
        QCOMPARE(notes(session).size(), size_t(2));
    }

    void usableOnlyOnItsThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("thread.equigraph"));
        Session session = Session::create(path);
        QString message;
        QThread *thread = QThread::create([&] {
            try {
                notes(session);
            } catch (const Error &error) {
                message = error.message();
            }
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY2(message.contains(QStringLiteral("openOnThisThread")), qPrintable(message));
    }

    void closedSessionRefusesWork()
    {
        Session session;
        QVERIFY(!session.isOpen());
        QVERIFY(!session.isReadOnly());
        QVERIFY_THROWS_EXCEPTION(Error, session.database());
        QVERIFY_THROWS_EXCEPTION(Error, session.handle());
        QVERIFY_THROWS_EXCEPTION(Error, Session::openOnThisThread(Session::Handle()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
