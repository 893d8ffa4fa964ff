#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace eg {

// Two knowledge graphs and the links between them, as read by loadAlignmentData().
//
// Layouts
//  - DBP15K (Sun et al. 2017): ent_ids_1 / ent_ids_2 (`id TAB URI`), rel_ids_1 / rel_ids_2
//    (`id TAB URI`), triples_1 / triples_2 (`head TAB relation TAB tail` ids), sup_ent_ids
//    (training links) and ref_ent_ids (test links), `id1 TAB id2`. Both graphs share one id
//    space in the files; a link must join a graph-1 id to a graph-2 id. Optional: ref_r_ids
//    (`id1 TAB id2 [TAB name]`, aligned relations), names (see AlignNames).
//  - OpenEA (Sun et al. 2020): rel_triples_1 / rel_triples_2 (`head URI TAB relation URI TAB
//    tail URI`), ent_links (`URI1 TAB URI2`); attr_triples_1 / attr_triples_2 are not read
//    (the model uses names and relations only). Entities are the URIs of the triples. Splits:
//    when the folder has a split folder (`721_5fold/<n>/` with train_links, valid_links,
//    test_links), AlignLoadOptions::fold picks it (1-based); without one, the first
//    AlignLoadOptions::trainShare of ent_links (file order) trains and the rest tests.
//
// Names (AlignNames::Auto): DBP15K with a translated_ent_name_*.json (`[[id, [token, ...]],
// ...]`, tokens joined with spaces): both graphs from it (it covers both, with one
// tokenisation). Else with ent_ids_1_trans_goo: graph 1 from it, graph 2 from
// ent_ids_2_trans_goo when present (the demo world writes one), else from its URIs. Else from
// the URIs. A URI name is the last path segment, percent-decoded, underscores as spaces.
// Entities without a name take the URI name.
// OpenEA names always come from the URIs.
//
// Errors: eg::Error naming file and line for a missing file, a wrong number of fields, an id
// that is not a number, a repeated id or URI, an id in triples or links that the entity or
// relation file does not define (or that belongs to the wrong graph), text that is not valid
// UTF-8, a malformed JSON names file (line 0: the whole file) and an empty graph or no links.
enum class AlignFormat { Auto, Dbp15k, OpenEA };
enum class AlignNames { Auto, TransGoo, Json, Uri };

struct AlignLoadOptions {
    AlignFormat format = AlignFormat::Auto;
    AlignNames names = AlignNames::Auto;
    int fold = 1;            // OpenEA split folder (721_5fold/<fold>), when present
    double trainShare = 0.3; // OpenEA without split folders
};

// One side: `graph.entities` holds the URIs (local ids 0..n-1 in file order), `graph.relations`
// the relation URIs, `graph.train` the triples, `graph.entityLabels` the names.
struct AlignSide {
    Graph graph;
    std::vector<qint64> fileIds;         // local entity id -> id in the files (-1 for OpenEA)
    std::vector<qint64> relationFileIds; // local relation id -> id in the files (-1 for OpenEA)
    QString namesFrom;                   // the file the names came from, or "URI"
};

struct AlignLink {
    qint32 first = 0;  // local id in graph 1
    qint32 second = 0; // local id in graph 2
    friend bool operator==(const AlignLink &, const AlignLink &) = default;
};

struct AlignmentData {
    AlignSide first, second;
    std::vector<AlignLink> trainLinks, validLinks, testLinks;
    // Aligned relations (local ids) when the data set lists them (DBP15K ref_r_ids).
    std::vector<std::pair<qint32, qint32>> relationLinks;
    AlignFormat format = AlignFormat::Auto;
    QString source;
    QStringList files; // every file read
};

// DBP15K when `folder` has ent_ids_1, OpenEA when it has rel_triples_1; throws eg::Error otherwise.
AlignFormat detectAlignFormat(const QString &folder);
QString alignFormatName(AlignFormat format);

AlignmentData loadAlignmentData(const QString &folder, const AlignLoadOptions &options = {},
                                const ProgressFn &progress = {});
AlignmentData loadDbp15k(const QString &folder, const AlignLoadOptions &options = {},
                         const ProgressFn &progress = {});
AlignmentData loadOpenEA(const QString &folder, const AlignLoadOptions &options = {},
                         const ProgressFn &progress = {});

// "http://dbpedia.org/resource/Where_Is_My_Mind%3F" -> "Where Is My Mind?".
QString nameFromUri(const QString &uri);

} // namespace eg
