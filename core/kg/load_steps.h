#pragma once

// Internal to the loaders: the per-file steps and the state they share during one load.

#include "jobs/progress.h"
#include "kg/graph.h"
#include "kg/loader.h"

#include <string_view>

namespace eg {

class LineReader;

enum class Split { Train, Valid, Test };

struct LoadContext
{
    Progress progress;
    qint64 base = 0; // bytes of the files already read
    UnseenIds unseen = UnseenIds::Keep;
    LoadReport *report = nullptr;
};

std::vector<Triple> &splitTriples(Graph &graph, Split split);

// Each step reads one whole file and adds its size to context.base.
void readTsvTriples(const QString &path, Graph &graph, Split split, LoadContext &context);
void readOpenKEVocabulary(const QString &path, Vocabulary &vocabulary, LoadContext &context);
void readOpenKETriples(const QString &path, Graph &graph, Split split, LoadContext &context);
void readEntityLabels(const QString &path, Graph &graph, LoadContext &context);

// Interns `key` (new keys must be valid UTF-8); `field` names it in messages.
qint32 internKey(Vocabulary &vocabulary, std::string_view key, const LineReader &reader,
                 const char *field);

} // namespace eg
