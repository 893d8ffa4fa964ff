#include "common/error.h"
#include "kg/load_steps.h"
#include "kg/text_lines.h"
#include "kg/utf8.h"

#include <algorithm>
#include <cstring>

namespace eg {

std::vector<Triple> &splitTriples(Graph &graph, Split split)
{
    switch (split) {
    case Split::Train:
        return graph.train;
    case Split::Valid:
        return graph.valid;
    case Split::Test:
        break;
    }
    return graph.test;
}

qint32 internKey(Vocabulary &vocabulary, std::string_view key, const LineReader &reader,
                 const char *field)
{
    const qint32 before = vocabulary.size();
    const qint32 id = vocabulary.insert(key);
    if (id == before && !isValidUtf8(key))
        reader.fail(Error::tr("the %1 field is not valid UTF-8").arg(QLatin1String(field)));
    return id;
}

namespace {

// Splits `line` at tabs into exactly three non-empty fields, or fails naming the fault.
void splitThree(std::string_view line, std::string_view (&fields)[3], const LineReader &reader)
{
    const char *begin = line.data();
    const char *end = begin + line.size();
    const auto *tab1 = static_cast<const char *>(std::memchr(begin, '\t', line.size()));
    const auto *tab2 =
        tab1 ? static_cast<const char *>(std::memchr(tab1 + 1, '\t', size_t(end - tab1 - 1)))
             : nullptr;
    if (!tab2 || std::memchr(tab2 + 1, '\t', size_t(end - tab2 - 1))) {
        const qint64 found = qint64(std::count(begin, end, '\t')) + 1;
        reader.fail(Error::tr("expected 3 tab-separated fields (head, relation, tail), "
                              "found %1")
                        .arg(found));
    }
    fields[0] = std::string_view(begin, size_t(tab1 - begin));
    fields[1] = std::string_view(tab1 + 1, size_t(tab2 - tab1 - 1));
    fields[2] = std::string_view(tab2 + 1, size_t(end - tab2 - 1));
    static const char *const names[3] = {"head", "relation", "tail"};
    for (int i = 0; i < 3; ++i) {
        if (fields[i].empty())
            reader.fail(Error::tr("empty %1 field").arg(QLatin1String(names[i])));
    }
}

// A key of valid/test: its id, or -1 when the triple is to be dropped.
qint32 evalKey(Vocabulary &vocabulary, std::string_view key, const LineReader &reader,
               const char *field, bool entity, LoadContext &context)
{
    const qint32 id = vocabulary.find(key);
    if (id >= 0)
        return id;
    if (!isValidUtf8(key))
        reader.fail(Error::tr("the %1 field is not valid UTF-8").arg(QLatin1String(field)));
    switch (context.unseen) {
    case UnseenIds::Drop:
        return -1;
    case UnseenIds::Reject:
        reader.fail(Error::tr("%1 %2 (%3 field) does not occur in the training triples")
                        .arg(entity ? QStringLiteral("entity") : QStringLiteral("relation"),
                             quoteKey(key), QLatin1String(field)));
    case UnseenIds::Keep:
        break;
    }
    if (entity)
        ++context.report->unseenEntities;
    else
        ++context.report->unseenRelations;
    return vocabulary.insert(key);
}

} // namespace

void readTsvTriples(const QString &path, Graph &graph, Split split, LoadContext &context)
{
    const TextFile file(path);
    LineReader reader(file, &context.progress, context.base);
    std::vector<Triple> &triples = splitTriples(graph, split);
    triples.reserve(triples.size() + size_t(reader.countLines()));

    std::string_view line;
    std::string_view fields[3];
    if (split == Split::Train) {
        while (reader.next(line)) {
            splitThree(line, fields, reader);
            const qint32 h = internKey(graph.entities, fields[0], reader, "head");
            const qint32 r = internKey(graph.relations, fields[1], reader, "relation");
            const qint32 t = internKey(graph.entities, fields[2], reader, "tail");
            triples.push_back({h, r, t});
        }
    } else {
        while (reader.next(line)) {
            splitThree(line, fields, reader);
            const qint32 h = evalKey(graph.entities, fields[0], reader, "head", true, context);
            const qint32 r = evalKey(graph.relations, fields[1], reader, "relation", false,
                                     context);
            const qint32 t = evalKey(graph.entities, fields[2], reader, "tail", true, context);
            if (h < 0 || r < 0 || t < 0)
                ++context.report->droppedTriples;
            else
                triples.push_back({h, r, t});
        }
    }
    context.base += file.size();
}

} // namespace eg
