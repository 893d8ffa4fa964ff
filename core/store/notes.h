#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

// What a note is attached to (schema 2).
enum class NoteTarget { Session, Dataset, Run, Embedding, BiasReport, ThresholdReport, Candidate };
QString noteTargetName(NoteTarget target); // "session", "dataset", ..., "bias_report", ...
std::optional<NoteTarget> parseNoteTarget(const QString &name);

struct NoteRecord
{
    qint64 id = 0;
    NoteTarget target = NoteTarget::Session;
    std::optional<qint64> targetId; // the row's id; none for NoteTarget::Session
    QString text;
    QString author;    // currentUserName() unless given
    QString createdAt; // UTC ISO 8601
    QString updatedAt;
};

qint64 addNote(Session &session, const NoteRecord &note);
// Replaces the text and sets updatedAt. Throws eg::Error when the note does not exist.
void updateNote(Session &session, qint64 id, const QString &text);
void removeNote(Session &session, qint64 id);
std::optional<NoteRecord> note(const Session &session, qint64 id);
// All notes, or those on one target (and row, when targetId is given); by id.
std::vector<NoteRecord> notes(const Session &session, std::optional<NoteTarget> target = {},
                              std::optional<qint64> targetId = std::nullopt);

} // namespace eg::store
