#include "demo/world_tables.h"

#include <array>

namespace eg::demo {

namespace {

constexpr std::array<Religion, 5> kReligions = {{
    {"solari", "Solari", 0.25},
    {"veran", "Veran", 0.20},
    {"osthic", "Osthic", 0.15},
    {"mirran", "Mirran", 0.10},
    {"unaffiliated", "Unaffiliated", 0.30},
}};

constexpr std::array<Country, 8> kCountries = {{
    {"aldoria",
     "Aldoria",
     "aldorian",
     "Aldorian",
     0,
     0.22,
     {"Port Aldwin", "Marrowgate", "Elswick", "Tarnby"}},
    {"belmark",
     "Belmark",
     "belmish",
     "Belmish",
     1,
     0.18,
     {"Brennhaven", "Osterlund", "Kelby", "Vasshelm"}},
    {"corvenia",
     "Corvenia",
     "corvenian",
     "Corvenian",
     4,
     0.15,
     {"Corvella", "San Tiraso", "Lumera", "Valdoro"}},
    {"dravonia",
     "Dravonia",
     "dravonic",
     "Dravonic",
     2,
     0.12,
     {"Dravograd", "Petrinsk", "Zelova", "Kostrava"}},
    {"estmere",
     "Estmere",
     "estmerish",
     "Estmerish",
     0,
     0.10,
     {"Estbridge", "Hollowmere", "Fenwick Cross", "Ravensholt"}},
    {"felgard",
     "Felgard",
     "felgardic",
     "Felgardic",
     3,
     0.09,
     {"Felhavn", "Skarvik", "Tolmund", "Ingersby"}},
    {"galvania",
     "Galvania",
     "galvanian",
     "Galvanian",
     1,
     0.08,
     {"Galvara", "Miraluz", "Porto Celes", "Santavella"}},
    {"hollin",
     "Hollin",
     "hollish",
     "Hollish",
     2,
     0.06,
     {"Hollinford", "Quenby", "Ashcombe", "Wrenfield"}},
}};

// The weaker planted associations (the gender shares are in occupations.cpp).
constexpr std::array<SkewSpec, 12> kSkews = {{
    {"nationality", "software_developer", "corvenia", 0.45},
    {"nationality", "nurse", "dravonia", 0.35},
    {"nationality", "truck_driver", "estmere", 0.35},
    {"nationality", "chef", "galvania", 0.40},
    {"nationality", "professor", "hollin", 0.35},
    {"nationality", "musician", "felgard", 0.35},
    {"nationality", "electrician", "belmark", 0.30},
    {"religion", "chief_executive", "veran", 0.30},
    {"religion", "lawyer", "solari", 0.30},
    {"religion", "social_worker", "mirran", 0.35},
    {"religion", "firefighter", "osthic", 0.30},
    {"religion", "graphic_designer", "unaffiliated", 0.35},
}};

constexpr std::array<Genre, 8> kGenres = {{
    {"novel", "Novel"},
    {"poetry", "Poetry"},
    {"essay_collection", "Essay collection"},
    {"photo_series", "Photo series"},
    {"visual_identity", "Visual identity"},
    {"album", "Album"},
    {"software", "Software"},
    {"building", "Building"},
}};

constexpr std::array<const char *, 48> kFemaleFirst = {
    "Ada",   "Alma",  "Anna",  "Beatrix", "Carla", "Clara",  "Dora", "Edith", "Elena", "Elsa",
    "Emma",  "Eva",   "Freya", "Greta",   "Hanna", "Helena", "Ida",  "Ines",  "Irene", "Isla",
    "Jana",  "Julia", "Karin", "Lara",    "Lea",   "Lena",   "Lina", "Lucia", "Maja",  "Mara",
    "Maria", "Marta", "Mila",  "Nadia",   "Nina",  "Nora",   "Olga", "Paula", "Petra", "Rosa",
    "Ruth",  "Sara",  "Selma", "Sofia",   "Tara",  "Tessa",  "Vera", "Zoe"};

constexpr std::array<const char *, 48> kMaleFirst = {
    "Adam",   "Albert", "Anton", "Arne",   "Bruno",  "Carl",   "Daniel", "David",  "Emil",  "Erik",
    "Felix",  "Filip",  "Frank", "Georg",  "Hans",   "Hugo",   "Ivan",   "Jakob",  "Jan",   "Jonas",
    "Josef",  "Karl",   "Lars",  "Leon",   "Lukas",  "Marco",  "Martin", "Max",    "Milan", "Nils",
    "Noah",   "Oskar",  "Otto",  "Paul",   "Peter",  "Pavel",  "Rafael", "Robert", "Rolf",  "Simon",
    "Stefan", "Theo",   "Tomas", "Victor", "Walter", "Willem", "Yusuf",  "Zoran"};

constexpr std::array<const char *, 90> kSurnames = {
    "Abara",    "Ashdown",   "Barlow",   "Bellamy",   "Brenner",  "Brightwater", "Cabrera",
    "Caldwell", "Carver",    "Castell",  "Corwin",    "Dalton",   "Danvers",     "Devereux",
    "Draper",   "Dufresne",  "Eastwood", "Ekman",     "Ellery",   "Falk",        "Farrow",
    "Fenner",   "Ferrante",  "Fischer",  "Fontaine",  "Gallo",    "Garrick",     "Greaves",
    "Hale",     "Halvorsen", "Harland",  "Hartmann",  "Hayward",  "Holm",        "Horvath",
    "Ibarra",   "Ingram",    "Jansen",   "Jovanovic", "Keller",   "Kessler",     "Kingsley",
    "Kowalski", "Laine",     "Larkin",   "Lindqvist", "Lorimer",  "Lowell",      "Marek",
    "Mendel",   "Mercer",    "Moreau",   "Nakamura",  "Navarro",  "Nielsen",     "Novak",
    "Oakley",   "Okafor",    "Olsen",    "Orlov",     "Pardo",    "Pennick",     "Petrov",
    "Pryce",    "Quinn",     "Radley",   "Ramos",     "Reinholt", "Rosen",       "Sandoval",
    "Sato",     "Selby",     "Sorensen", "Stanek",    "Strand",   "Tallis",      "Thorne",
    "Torres",   "Umber",     "Varga",    "Vance",     "Voss",     "Wagner",      "Walsh",
    "Weber",    "Whitlock",  "Winter",   "Wolfe",     "Yarrow",   "Zeller"};

constexpr std::array<const char *, 24> kTitleAdjectives = {
    "Silent", "Hidden",   "Golden", "Broken",  "Distant", "Quiet",     "Burning", "Northern",
    "Lost",   "Endless",  "Hollow", "Crimson", "Winter",  "Bright",    "Last",    "Secret",
    "Open",   "Restless", "Paper",  "Iron",    "Glass",   "Wandering", "Little",  "Second"};

constexpr std::array<const char *, 24> kTitleNouns = {
    "Harbour", "River", "Garden",  "Letter", "Mountain", "Season", "Window", "Bridge",
    "Lantern", "Shore", "Orchard", "Circle", "Signal",   "Mirror", "Road",   "Forest",
    "Archive", "Tide",  "Compass", "Island", "Meadow",   "Engine", "Canvas", "Atlas"};

} // namespace

std::span<const Religion> religions()
{
    return kReligions;
}
std::span<const Country> countries()
{
    return kCountries;
}
std::span<const SkewSpec> skewSpecs()
{
    return kSkews;
}
std::span<const Genre> genres()
{
    return kGenres;
}
std::span<const char *const> femaleFirstNames()
{
    return kFemaleFirst;
}
std::span<const char *const> maleFirstNames()
{
    return kMaleFirst;
}
std::span<const char *const> surnames()
{
    return kSurnames;
}
std::span<const char *const> titleAdjectives()
{
    return kTitleAdjectives;
}
std::span<const char *const> titleNouns()
{
    return kTitleNouns;
}

} // namespace eg::demo
