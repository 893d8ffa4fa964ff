#include "common/error.h"
#include "kg/load_steps.h"
#include "kg/text_lines.h"
#include "kg/utf8.h"

#include <charconv>
#include <limits>

namespace eg {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

// Splits at runs of spaces and tabs into at most `Max` tokens; returns how many there are
// (counting on past Max, so callers can tell "too many").
template<int Max>
int splitWhitespace(std::string_view line, std::string_view (&tokens)[Max])
{
    int count = 0;
    size_t i = 0;
    const size_t n = line.size();
    while (i < n) {
        while (i < n && isSpace(line[i]))
            ++i;
        if (i == n)
            break;
        const size_t start = i;
        while (i < n && !isSpace(line[i]))
            ++i;
        if (count < Max)
            tokens[count] = line.substr(start, i - start);
        ++count;
    }
    return count;
}

// A non-negative decimal id below `limit`, or a failure naming `what`.
qint64 parseId(std::string_view token, qint64 limit, const LineReader &reader, const char *what)
{
    qint64 value = 0;
    const char *end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value);
    if (ec == std::errc::result_out_of_range || (ec == std::errc() && ptr == end &&
                                                 (value < 0 || value >= limit))) {
        if (limit <= 0)
            reader.fail(Error::tr("%1 %2 is out of range (there are no ids)")
                            .arg(QLatin1String(what), quoteKey(token)));
        reader.fail(Error::tr("%1 %2 is out of range (0 to %3)")
                        .arg(QLatin1String(what), quoteKey(token))
                        .arg(limit - 1));
    }
    if (ec != std::errc() || ptr != end)
        reader.fail(Error::tr("%1 %2 is not a number").arg(QLatin1String(what), quoteKey(token)));
    return value;
}

void failShortCount(qint64 read, qint64 count, const LineReader &reader)
{
    reader.failAt(
        1, Error::tr("line 1 announces %1 entries but the file has %2").arg(count).arg(read));
}

// Reads line 1, the number of entries that follow. A count the file cannot hold fails here,
// before anything is allocated for it.
qint64 readCount(LineReader &reader)
{
    std::string_view line;
    if (!reader.next(line))
        reader.failAt(1, Error::tr("empty file: line 1 should hold the number of entries"));
    std::string_view tokens[1];
    if (splitWhitespace(line, tokens) != 1)
        reader.fail(Error::tr("line 1 should hold only the number of entries"));
    const qint64 count =
        parseId(tokens[0], std::numeric_limits<qint32>::max(), reader, "count");
    if (count > reader.countLines() - 1) {
        qint64 read = 0;
        while (reader.next(line))
            ++read;
        failShortCount(read, count, reader);
    }
    return count;
}

void checkCount(qint64 read, qint64 count, const LineReader &reader)
{
    if (read >= count)
        reader.fail(Error::tr("more entries than the %1 announced on line 1").arg(count));
}

} // namespace

void readOpenKEVocabulary(const QString &path, Vocabulary &vocabulary, LoadContext &context)
{
    const TextFile file(path);
    LineReader reader(file, &context.progress, context.base);
    const qint64 count = readCount(reader);
    std::vector<std::string_view> names(static_cast<size_t>(count));
    std::vector<qint64> lines(static_cast<size_t>(count), 0);
    qint64 read = 0;
    std::string_view line;
    while (reader.next(line)) {
        checkCount(read, count, reader);
        // The id is the last token; the name is everything before it (it may hold spaces).
        size_t end = line.size();
        while (end > 0 && isSpace(line[end - 1]))
            --end;
        size_t idStart = end;
        while (idStart > 0 && !isSpace(line[idStart - 1]))
            --idStart;
        size_t nameEnd = idStart;
        while (nameEnd > 0 && isSpace(line[nameEnd - 1]))
            --nameEnd;
        if (idStart == 0 || nameEnd == 0)
            reader.fail(Error::tr("expected a name and an id"));
        const std::string_view name = line.substr(0, nameEnd);
        const qint64 id = parseId(line.substr(idStart, end - idStart), count, reader, "id");
        if (lines[size_t(id)] != 0)
            reader.fail(
                Error::tr("id %1 was already given on line %2").arg(id).arg(lines[size_t(id)]));
        if (!isValidUtf8(name))
            reader.fail(Error::tr("the name is not valid UTF-8"));
        names[size_t(id)] = name;
        lines[size_t(id)] = reader.line();
        ++read;
    }
    if (read < count)
        failShortCount(read, count, reader);

    vocabulary.reserve(count);
    for (qint64 id = 0; id < count; ++id) {
        const qint32 got = vocabulary.insert(names[size_t(id)]);
        if (got != qint32(id))
            reader.failAt(lines[size_t(id)], Error::tr("name %1 was already given on line %2")
                                                 .arg(quoteKey(names[size_t(id)]))
                                                 .arg(lines[size_t(got)]));
    }
    context.base += file.size();
}

void readOpenKETriples(const QString &path, Graph &graph, Split split, LoadContext &context)
{
    const TextFile file(path);
    LineReader reader(file, &context.progress, context.base);
    const qint64 count = readCount(reader);
    std::vector<Triple> &triples = splitTriples(graph, split);
    triples.reserve(triples.size() + size_t(count));

    // For valid/test: 1 = used by a training triple, 2 = unseen and already counted.
    std::vector<quint8> entitySeen;
    std::vector<quint8> relationSeen;
    if (split != Split::Train) {
        entitySeen.assign(size_t(graph.entityCount()), 0);
        relationSeen.assign(size_t(graph.relationCount()), 0);
        for (const Triple &triple : graph.train) {
            entitySeen[size_t(triple.h)] = entitySeen[size_t(triple.t)] = 1;
            relationSeen[size_t(triple.r)] = 1;
        }
    }
    // True to keep the triple.
    auto check = [&](std::vector<quint8> &seen, qint32 id, bool entity, qint32 &counter) {
        if (seen[size_t(id)] != 0)
            return true;
        switch (context.unseen) {
        case UnseenIds::Drop:
            return false;
        case UnseenIds::Reject:
            reader.fail(
                Error::tr("%1 id %2 (%3) does not occur in the training triples")
                    .arg(entity ? QStringLiteral("entity") : QStringLiteral("relation"))
                    .arg(id)
                    .arg(quoteKey(entity ? graph.entities.key(id) : graph.relations.key(id))));
        case UnseenIds::Keep:
            break;
        }
        seen[size_t(id)] = 2;
        ++counter;
        return true;
    };

    const qint64 entities = graph.entityCount();
    const qint64 relations = graph.relationCount();
    qint64 read = 0;
    std::string_view line;
    std::string_view tokens[3];
    while (reader.next(line)) {
        checkCount(read, count, reader);
        const int found = splitWhitespace(line, tokens);
        if (found != 3)
            reader.fail(Error::tr("expected 3 fields (head tail relation), found %1").arg(found));
        const Triple triple{qint32(parseId(tokens[0], entities, reader, "head entity id")),
                            qint32(parseId(tokens[2], relations, reader, "relation id")),
                            qint32(parseId(tokens[1], entities, reader, "tail entity id"))};
        ++read;
        if (split != Split::Train) {
            LoadReport &report = *context.report;
            const bool keep = check(entitySeen, triple.h, true, report.unseenEntities) &
                              check(relationSeen, triple.r, false, report.unseenRelations) &
                              check(entitySeen, triple.t, true, report.unseenEntities);
            if (!keep) {
                ++report.droppedTriples;
                continue;
            }
        }
        triples.push_back(triple);
    }
    if (read < count)
        failShortCount(read, count, reader);
    context.base += file.size();
}

} // namespace eg
