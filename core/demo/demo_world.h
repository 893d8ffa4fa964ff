#pragma once

#include "kg/graph.h"

#include <QString>

#include <vector>

namespace eg {

// The built-in demo world: a seeded synthetic knowledge graph of people with gender,
// occupation, nationality, religion, birthplace, residence, employer, university, acquaintances
// and works, with associations planted on purpose so that the bias measures have something to
// find. The shares of women per occupation come from a public labour-statistics table (see
// demo/occupations.cpp and docs/demo-world.md). Same options, same world, bit for bit.
struct DemoOptions
{
    quint64 seed = 42;
    qint32 people = 3000;     // 50 .. 100,000; ~10.3 triples per person
    double validShare = 0.05; // of all triples, drawn from the non-sensitive ones
    double testShare = 0.05;
    qint32 knowsPerPerson = 2; // acquaintance links started by each person (0 .. 10)
};

// Ground truth for one occupation (a value of the target relation).
struct DemoProfession
{
    QString key;                   // "profession/nurse"
    QString label;                 // "Registered nurse"
    QString tableRow;              // the row of the source table its share comes from
    double plantedFemaleShare = 0; // P(female | profession) the generator drew from
    qint32 entity = -1;
    qint32 people = 0; // people with this profession in the world (all splits)
    qint32 women = 0;  // of whom female
};

// A sensitive relation and its values (entity ids, in a fixed order).
struct SensitiveRelation
{
    QString key; // "gender", "nationality", "religion"
    qint32 relation = -1;
    std::vector<qint32> values; // gender: {male, female}
};

// A planted association between a profession and a nationality or religion value.
struct PlantedSkew
{
    QString relation;       // "nationality" or "religion"
    qint32 profession = -1; // index into DemoWorld::professions
    qint32 value = -1;      // entity id of the country or religion
    double strength = 0;    // probability the value is forced for a person of the profession
    qint32 people = 0;      // people with the profession
    qint32 withValue = 0;   // of whom have the value (forced or drawn)
};

// One person and the values of their sensitive and target relations (entity ids).
struct DemoPerson
{
    qint32 entity = -1;
    qint32 gender = -1;
    qint32 profession = -1; // entity id; DemoWorld::professionIndex() maps it to the table
    qint32 nationality = -1;
    qint32 religion = -1;
};

struct DemoWorld
{
    // Keys as in the files ("person/0042", "profession/nurse", ...); entity and relation ids
    // are in order of first appearance in train, then valid, then test, head before tail, so
    // reading the written folder back gives the same ids. Sensitive triples (gender,
    // nationality, religion) are all in train.
    Graph graph;
    std::vector<DemoProfession> professions;  // in the order of demo::occupations()
    std::vector<SensitiveRelation> sensitive; // gender, nationality, religion
    std::vector<PlantedSkew> skews;
    std::vector<DemoPerson> people; // in key order
    QString targetRelationKey;      // "profession"
    qint32 targetRelation = -1;
    qint32 genderRelation = -1;
    qint32 maleEntity = -1;
    qint32 femaleEntity = -1;
    QString shareSource; // the table and year of the planted shares
    DemoOptions options;

    // Index into professions of a profession entity id, or -1.
    qint32 professionIndex(qint32 entity) const;
};

// Generates the world. Throws eg::Error when an option is out of range.
DemoWorld generateDemoWorld(const DemoOptions &options = {});

// Writes train.txt, valid.txt, test.txt (key TAB relation TAB key), names.tsv (key TAB label,
// every entity), planted_bias.tsv (profession TAB female_share TAB people TAB women TAB
// label, with a header line), planted_skews.tsv and README.txt into `folder` (created when
// missing). Files are UTF-8 with "\n" line ends. Throws eg::Error naming the file that could
// not be written.
void writeDemoWorld(const DemoWorld &world, const QString &folder);

} // namespace eg
