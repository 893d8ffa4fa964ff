#pragma once

#include "demo/world_builder.h"
#include "embed/rng.h"

#include <vector>

namespace eg::demo {

// Provisional ids (WorldBuilder) of the demo world's relations.
struct DemoRelations
{
    qint32 gender, profession, nationality, religion, bornIn, livesIn, employer, educatedAt, knows,
        created, field, industry, locatedIn, officialLanguage, genre, language;
};

// Everything of the demo world but the people and their works: genders, fields, professions,
// religions, countries with their language and four cities each, two universities per
// country, genres and employers, with the triples that connect them. Vectors are indexed like
// the tables of occupations.h and world_tables.h; ids are WorldBuilder's provisional ids.
struct Scaffold
{
    DemoRelations rel;
    qint32 male = -1, female = -1;
    std::vector<qint32> field, profession, religion, country, language, genre;
    std::vector<qint32> occupationField;               // occupation -> field index
    std::vector<qint32> city, cityCountry;             // city c * 4 + k lies in country c
    std::vector<qint32> university;                    // 2c and 2c + 1 lie in country c
    std::vector<qint32> employer, employerCity;        // employer index -> entity, city index
    std::vector<std::vector<qint32>> employersOfField; // field -> employer indexes

    // A city of `country`, drawn uniformly.
    qint32 cityIn(qint32 countryIndex, Rng &rng) const
    {
        return countryIndex * 4 + qint32(rng.below(4));
    }
};

// Builds the scaffold for a world of `people` people (about one employer per 25 expected
// people of each field, at least two per field), drawing employer names and places from `rng`.
Scaffold buildScaffold(WorldBuilder &builder, qint32 people, Rng &rng);

} // namespace eg::demo
