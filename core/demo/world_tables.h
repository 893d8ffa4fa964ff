#pragma once

#include <span>

namespace eg::demo {

// The invented parts of the demo world: countries, religions, places, names and the words of
// work titles. Countries and religions are fictional on purpose, so that the associations
// planted between them and occupations cannot be read as claims about real groups.

struct Religion
{
    const char *key; // entity key after "religion/"
    const char *label;
    double baseShare; // share among people who follow neither their country nor a skew
};

struct Country
{
    const char *key; // entity key after "country/"
    const char *label;
    const char *language; // key after "language/"; its label is languageLabel
    const char *languageLabel;
    int dominantReligion; // index into religions()
    double weight;        // share of people with this nationality, before skews
    const char *cities[4];
};

// An association planted between an occupation and a value of nationality or religion: a
// person with the occupation takes `value` with probability `strength`, and otherwise draws the
// attribute as everybody else does.
struct SkewSpec
{
    const char *relation;   // "nationality" or "religion"
    const char *occupation; // Occupation::key
    const char *value;      // country or religion key
    double strength;
};

struct Genre
{
    const char *key; // entity key after "genre/"
    const char *label;
};

std::span<const Religion> religions();
std::span<const Country> countries();
std::span<const SkewSpec> skewSpecs();
std::span<const Genre> genres();

std::span<const char *const> femaleFirstNames();
std::span<const char *const> maleFirstNames();
std::span<const char *const> surnames();
std::span<const char *const> titleAdjectives();
std::span<const char *const> titleNouns();

// Probability that a person's religion is the dominant one of their country (when no skew
// applies); otherwise it is drawn from Religion::baseShare.
constexpr double kDominantReligionShare = 0.5;

} // namespace eg::demo
