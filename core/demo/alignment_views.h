#pragma once

#include "demo/demo_world.h"
#include "kg/graph.h"

#include <QString>

#include <utility>
#include <vector>

namespace eg {

// Two noisy views of the demo world for entity alignment, laid out like DBP15K (see
// ../shared/data/dbp15k_fr_en and docs/demo-world.md).
struct AlignmentViewOptions
{
    quint64 seed = 7;
    double keepRatio1 = 0.80; // probability that a world triple is kept in view 1
    double keepRatio2 = 0.75; // ... in view 2
    double nameNoise1 = 0.25; // probability that an entity's name is disturbed in view 1
    double nameNoise2 = 0.50; // ... in view 2 (other kinds of disturbance, see the .cpp)
    // Share of people and works present only in view 1, and the same share only in view 2.
    double onlyInOneView = 0.02;
    double trainShare = 0.30;    // share of the gold links given for training (sup_ent_ids)
    bool renameRelations = true; // view 2 calls some relations differently
};

struct AlignmentView
{
    // Keys are the view's entity and relation URIs; labels are the view's names; every kept
    // triple is in train (valid and test stay empty).
    Graph graph;
    qint32 entityIdOffset = 0; // written id = offset + local id (one id space, as DBP15K)
    qint32 relationIdOffset = 0;
    std::vector<qint32> worldEntity;   // local entity id -> id in the world graph
    std::vector<qint32> worldRelation; // local relation id -> id in the world graph
    qint64 eligibleTriples = 0;        // world triples whose head and tail are both in this view
};

struct AlignmentViews
{
    AlignmentView first, second;
    // Gold links as local ids (first view, second view), sorted by the first.
    std::vector<std::pair<qint32, qint32>> trainLinks, testLinks;
    std::vector<std::pair<qint32, qint32>> relationLinks; // every relation, same meaning
    AlignmentViewOptions options;
};

// Builds the two views from every triple of the world (train, valid and test). Throws
// eg::Error when an option is out of range.
AlignmentViews makeAlignmentViews(const DemoWorld &world, const AlignmentViewOptions &options = {});

// Writes ent_ids_1, ent_ids_2 (id TAB URI), rel_ids_1, rel_ids_2 (id TAB URI), triples_1,
// triples_2 (head TAB relation TAB tail ids), sup_ent_ids, ref_ent_ids (id1 TAB id2),
// ref_r_ids (id1 TAB id2 TAB name), ent_ids_1_trans_goo and ent_ids_2_trans_goo (id TAB name)
// and README.txt into `folder` (created when missing). Throws eg::Error naming a file that
// cannot be written.
void writeAlignmentViews(const AlignmentViews &views, const QString &folder);

} // namespace eg
