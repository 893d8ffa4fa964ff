#pragma once

#include <span>

namespace eg::demo {

// One occupation of the demo world and the share of women planted for it.
struct Occupation
{
    const char *key;      // entity key after "profession/"
    const char *label;    // display label
    const char *tableRow; // the row of the source table the share comes from
    const char *field;    // key of its field after "field/"
    double femaleShare;   // planted P(female | occupation)
    double weight;        // relative number of people drawn with this occupation
    bool degree;          // people usually hold a university degree (educated_at)
    const char *genres;   // comma-separated genres of the works they create; "" = none
};

// A field (industry) that occupations and employers belong to.
struct Field
{
    const char *key;              // entity key after "field/"
    const char *label;            // display label
    const char *employerSuffixes; // comma-separated endings of generated employer names
};

// Where the shares come from (one line, for files and documentation).
const char *occupationShareSource();

// The occupations, in a fixed order (the generator depends on it).
std::span<const Occupation> occupations();

// The fields, in a fixed order.
std::span<const Field> fields();

} // namespace eg::demo
