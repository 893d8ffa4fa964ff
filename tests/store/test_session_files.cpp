// Files that are not (usable) sessions: each is refused with a clear eg::Error and left exactly
// as it was, with nothing created beside it, whether opened for writing or read-only.

#include "common/error.h"
#include "store/notes.h"
#include "store/schema.h"
#include "store/session.h"
#include "store/write_transaction.h"
#include "store_test_util.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;
using namespace eg::store;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A closed session with enough rows for a few dozen pages (about 100 KB).
void makeSession(const QString &path)
{
    Session session = Session::create(path);
    WriteTransaction tx(session, QStringLiteral("fill"));
    for (int i = 0; i < 400; ++i) {
        NoteRecord note;
        note.text = QStringLiteral("note %1 ").arg(i).repeated(20);
        addNote(session, note);
    }
    tx.commit();
}

void makeForeign(const QString &path, quint32 applicationId)
{
    test::withRawConnection(path, [&](QSqlDatabase &db) {
        test::execAll(db, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                           QStringLiteral("CREATE TABLE things (x)"),
                           QStringLiteral("INSERT INTO things VALUES (1)")});
    });
}

// Our file, whose schema version was raised by a "newer Equigraph".
void makeNewer(const QString &path)
{
    makeSession(path);
    test::withRawConnection(path, [&](QSqlDatabase &db) {
        test::execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 1)});
    });
}

// The same, but the new version is only in the write-ahead log (the newer program was killed
// before a checkpoint): the main file's header still says the old version. Made by copying the
// file, its log and its index while the writer is still connected.
void makeNewerInWal(const QString &path)
{
    const QString source = path + QStringLiteral(".source");
    makeSession(source);
    test::withRawConnection(source, [&](QSqlDatabase &db) {
        test::execAll(db, {QStringLiteral("PRAGMA journal_mode = WAL"),
                           QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                           QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 1)});
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::copy(source + QLatin1String(suffix), path + QLatin1String(suffix));
    });
    QFile::remove(source);
    QCOMPARE_GE(readFile(path + QStringLiteral("-wal")).size(), 4096); // frames are in the log
    QCOMPARE(int(uchar(readFile(path).at(63))), kSchemaVersion);       // header lags behind
}

void damage(const QString &path, const QString &how)
{
    makeSession(path);
    QByteArray bytes = readFile(path);
    QVERIFY(bytes.size() > 40 * 4096);
    if (how == QLatin1String("truncate")) {
        bytes.truncate(bytes.size() * 6 / 10);
    } else if (how == QLatin1String("garbage")) {
        // Two pages in the middle of the notes table, overwritten with seeded noise.
        QRandomGenerator random(42);
        const qsizetype start = (bytes.size() / 2 / 4096) * 4096;
        for (qsizetype i = start; i < start + 2 * 4096; ++i)
            bytes[i] = char(random.bounded(256));
    } else if (how == QLatin1String("page-size")) {
        bytes[16] = 0x03; // page size 768: not a power of two
        bytes[17] = 0x00;
    }
    writeFile(path, bytes);
}

// Everything in the folder, with "-shm" files reduced to their name: a read-only SQLite
// reader may update its read mark in an existing shared-memory index, which is not data.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> digest = test::folderDigest(dir);
    for (auto it = digest.begin(); it != digest.end(); ++it)
        if (it.key().endsWith(QLatin1String("-shm")))
            it.value().clear();
    return digest;
}

} // namespace

class TestSessionFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedAndUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<const char *, const char *>> kinds = {
            {"empty", "the file is empty"},
            {"text", "not an SQLite database"},
            {"short", "not an SQLite database"},
            {"foreign", "application_id 0x12345678"},
            {"no-id", "without an application id"},
            {"newer", "newer Equigraph (schema 3, this version reads up to 2)"},
            {"newer-in-wal", "newer Equigraph (schema 3, this version reads up to 2)"},
            {"truncate", "the file is damaged"},
            {"garbage", "the file is damaged"},
            {"page-size", "the file is damaged"},
        };
        for (const auto &[kind, expected] : kinds)
            for (bool readOnly : {false, true})
                QTest::addRow("%s-%s", kind, readOnly ? "ro" : "rw")
                    << QString::fromLatin1(kind) << readOnly << QString::fromLatin1(expected);
    }

    void refusedAndUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(bool, readOnly);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("subject.equigraph"));
        if (kind == QLatin1String("empty"))
            writeFile(path, {});
        else if (kind == QLatin1String("text"))
            writeFile(path, QByteArray("just some notes\n").repeated(100));
        else if (kind == QLatin1String("short"))
            writeFile(path, QByteArray("SQLite format 3\0 and then", 25));
        else if (kind == QLatin1String("foreign"))
            makeForeign(path, 0x12345678);
        else if (kind == QLatin1String("no-id"))
            makeForeign(path, 0);
        else if (kind == QLatin1String("newer"))
            makeNewer(path);
        else if (kind == QLatin1String("newer-in-wal"))
            makeNewerInWal(path);
        else
            damage(path, kind);
        if (QTest::currentTestFailed())
            return;

        const QMap<QString, QByteArray> before = snapshot(dir.path());
        try {
            Session::open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
            QFAIL("the file was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.describe()));
            QVERIFY2(error.message().endsWith(QStringLiteral("nothing was changed")),
                     qPrintable(error.describe()));
            QCOMPARE(error.file(), path);
        }
        QCOMPARE(snapshot(dir.path()), before);
    }

private:
};

QTEST_GUILESS_MAIN(TestSessionFiles)
#include "test_session_files.moc"
