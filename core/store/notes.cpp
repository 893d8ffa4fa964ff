#include "store/notes.h"

#include "common/error.h"
#include "store/decisions.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QSqlQuery>

#include <array>

namespace eg::store {

namespace {

constexpr std::array<std::pair<NoteTarget, const char *>, 7> kTargets{
    {{NoteTarget::Session, "session"},
     {NoteTarget::Dataset, "dataset"},
     {NoteTarget::Run, "run"},
     {NoteTarget::Embedding, "embedding"},
     {NoteTarget::BiasReport, "bias_report"},
     {NoteTarget::ThresholdReport, "threshold_report"},
     {NoteTarget::Candidate, "candidate"}}};

const QString kColumns =
    QStringLiteral("id, target_kind, target_id, text, author, created_at, updated_at");

NoteRecord read(const Session &session, const QSqlQuery &q)
{
    NoteRecord n;
    n.id = q.value(0).toLongLong();
    const std::optional<NoteTarget> target = parseNoteTarget(q.value(1).toString());
    if (!target)
        throw Error(
            Error::tr("unknown target \"%1\" of note %2").arg(q.value(1).toString()).arg(n.id),
            session.path());
    n.target = *target;
    n.targetId = sql::optionalId(q.value(2));
    n.text = q.value(3).toString();
    n.author = q.value(4).toString();
    n.createdAt = q.value(5).toString();
    n.updatedAt = q.value(6).toString();
    return n;
}

void requireOneRow(Session &session, const QSqlQuery &q, qint64 id)
{
    if (q.numRowsAffected() != 1)
        throw Error(Error::tr("there is no note %1").arg(id), session.path());
}

} // namespace

QString noteTargetName(NoteTarget target)
{
    for (const auto &[t, name] : kTargets)
        if (t == target)
            return QString::fromLatin1(name);
    return {};
}

std::optional<NoteTarget> parseNoteTarget(const QString &name)
{
    for (const auto &[t, n] : kTargets)
        if (name == QLatin1String(n))
            return t;
    return std::nullopt;
}

qint64 addNote(Session &session, const NoteRecord &note)
{
    WriteTransaction tx(session, Error::tr("add the note"));
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral(
            "INSERT INTO notes (target_kind, target_id, text, author, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = sql::now();
    q.addBindValue(noteTargetName(note.target));
    q.addBindValue(sql::nullable(note.targetId));
    q.addBindValue(sql::text(note.text));
    q.addBindValue(note.author.isEmpty() ? currentUserName() : note.author);
    q.addBindValue(now);
    q.addBindValue(now);
    sql::exec(session, q, Error::tr("adding the note"));
    const qint64 id = sql::insertedId(q);
    tx.commit();
    return id;
}

void updateNote(Session &session, qint64 id, const QString &text)
{
    WriteTransaction tx(session, Error::tr("change the note"));
    QSqlQuery q = sql::prepare(
        session, QStringLiteral("UPDATE notes SET text = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sql::text(text));
    q.addBindValue(sql::now());
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("changing the note"));
    requireOneRow(session, q, id);
    tx.commit();
}

void removeNote(Session &session, qint64 id)
{
    WriteTransaction tx(session, Error::tr("remove the note"));
    QSqlQuery q = sql::prepare(session, QStringLiteral("DELETE FROM notes WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("removing the note"));
    requireOneRow(session, q, id);
    tx.commit();
}

std::optional<NoteRecord> note(const Session &session, qint64 id)
{
    QSqlQuery q =
        sql::prepare(session, QStringLiteral("SELECT %1 FROM notes WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("reading the note"));
    if (!q.next())
        return std::nullopt;
    return read(session, q);
}

std::vector<NoteRecord> notes(const Session &session, std::optional<NoteTarget> target,
                              std::optional<qint64> targetId)
                              {
    QSqlQuery q = sql::prepare(
        session, QStringLiteral("SELECT %1 FROM notes WHERE (? IS NULL OR target_kind = ?)"
                                " AND (? IS NULL OR target_id = ?) ORDER BY id")
                     .arg(kColumns));
    const QVariant kind =
        target ? QVariant(noteTargetName(*target)) : QVariant(QMetaType::fromType<QString>());
    q.addBindValue(kind);
    q.addBindValue(kind);
    q.addBindValue(sql::nullable(targetId));
    q.addBindValue(sql::nullable(targetId));
    sql::exec(session, q, Error::tr("reading the notes"));
    std::vector<NoteRecord> all;
    while (q.next())
        all.push_back(read(session, q));
    return all;
}

} // namespace eg::store
