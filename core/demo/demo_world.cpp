#include "demo/demo_world.h"

#include "common/error.h"
#include "demo/demo_split.h"
#include "demo/demo_util.h"
#include "demo/occupations.h"
#include "demo/world_builder.h"
#include "demo/world_scaffold.h"
#include "demo/world_tables.h"

#include <QStringList>
#include <set>
#include <utility>

namespace eg {

using namespace demo;

namespace {

// Probabilities of the structure around people (documented in docs/demo-world.md).
constexpr double kBornInOwnCountry = 0.85;
constexpr double kEmployerInOwnCountry = 0.7;
constexpr double kLivesWhereEmployed = 0.8;
constexpr double kStudiedInOwnCountry = 0.75;
constexpr double kMiddleInitial = 0.3;
constexpr double kWorkInOwnLanguage = 0.9;
constexpr double kSecondCreator = 0.15;
constexpr double kSoftwareWork = 0.35; // software developers with a published work

struct Person
{
    qint32 entity, occupation, country, religion, employer;
    bool female;
};

// The people and what groups them, as table indexes (entity ids are provisional).
struct Population
{
    std::vector<Person> people;
    std::vector<std::vector<qint32>> byEmployer, byOccupation; // person indexes
};

void validate(const DemoOptions &o)
{
    if (o.people < 50 || o.people > 100000)
        throw Error(Error::tr("demo world: people must be 50 .. 100000, not %1").arg(o.people));
    if (!(o.validShare >= 0 && o.testShare >= 0 && o.validShare + o.testShare <= 0.5))
        throw Error(Error::tr("demo world: valid and test shares must be >= 0 and sum to "
                              "at most 0.5"));
    if (o.knowsPerPerson < 0 || o.knowsPerPerson > 10)
        throw Error(Error::tr("demo world: knowsPerPerson must be 0 .. 10"));
}

QString workTitle(const QString &genre, Rng &rng)
{
    const QString adjective = str(titleAdjectives()[rng.below(quint32(titleAdjectives().size()))]);
    const QString noun = str(titleNouns()[rng.below(quint32(titleNouns().size()))]);
    if (genre == QLatin1String("building")) {
        static const char *const kinds[] = {"Hall", "Tower", "Library", "Pavilion", "House"};
        return str(surnames()[rng.below(quint32(surnames().size()))]) + QLatin1Char(' ') +
               str(kinds[rng.below(5)]);
    }
    if (genre == QLatin1String("software")) {
        static const char *const endings[] = {"kit", "base", "flow", "works", "lab"};
        return noun + str(endings[rng.below(5)]);
    }
    if (genre == QLatin1String("photo_series"))
        return adjective + QLatin1Char(' ') + noun + QLatin1Char('s');
    if (genre == QLatin1String("visual_identity"))
        return adjective + QLatin1Char(' ') + noun + QStringLiteral(" identity");
    const QString plain = adjective + QLatin1Char(' ') + noun;
    return rng.below(2) == 0 ? QStringLiteral("The ") + plain : plain;
}

// Draws each person's occupation, gender (the planted share), nationality and religion (with
// the planted skews), name, places, employer and university, and adds their triples.
Population addPeople(WorldBuilder &b, const Scaffold &s, qint32 count, Rng &rngPeople,
                     Rng &rngNames, Rng &rngPlaces)
{
    const auto occ = occupations();
    const auto countryTable = countries();
    const std::vector<double> occupationCum =
        cumulate(occ.size(), [&](size_t i) { return occ[i].weight; });
    const std::vector<double> countryCum =
        cumulate(countryTable.size(), [&](size_t i) { return countryTable[i].weight; });
    const std::vector<double> religionCum =
        cumulate(religions().size(), [](size_t i) { return religions()[i].baseShare; });
    std::vector<qint32> nationalitySkew(occ.size(), -1), religionSkew(occ.size(), -1);
    std::vector<double> nationalityStrength(occ.size(), 0), religionStrength(occ.size(), 0);
    for (const SkewSpec &skew : skewSpecs()) {
        const size_t o = size_t(indexOfKey(occ, skew.occupation));
        if (qstrcmp(skew.relation, "nationality") == 0) {
            nationalitySkew[o] = indexOfKey(countryTable, skew.value);
            nationalityStrength[o] = skew.strength;
        } else {
            religionSkew[o] = indexOfKey(religions(), skew.value);
            religionStrength[o] = skew.strength;
        }
    }

    const int width = std::max(4, int(QString::number(count - 1).size()));
    Population pop;
    pop.byEmployer.resize(s.employer.size());
    pop.byOccupation.resize(occ.size());
    for (qint32 i = 0; i < count; ++i) {
        Person p{};
        p.occupation = pick(occupationCum, rngPeople);
        const size_t o = size_t(p.occupation);
        p.female = rngPeople.uniformDouble() < occ[o].femaleShare;
        p.country = rngPeople.uniformDouble() < nationalityStrength[o]
                        ? nationalitySkew[o]
                        : pick(countryCum, rngPeople);
        if (rngPeople.uniformDouble() < religionStrength[o])
            p.religion = religionSkew[o];
        else if (rngPeople.uniformDouble() < kDominantReligionShare)
            p.religion = countryTable[size_t(p.country)].dominantReligion;
        else
            p.religion = pick(religionCum, rngPeople);

        const auto firsts = p.female ? femaleFirstNames() : maleFirstNames();
        QString name = str(firsts[rngNames.below(quint32(firsts.size()))]) + QLatin1Char(' ');
        if (rngNames.uniformDouble() < kMiddleInitial)
            name += QChar(QLatin1Char(char('A' + rngNames.below(26)))) + QStringLiteral(". ");
        name += str(surnames()[rngNames.below(quint32(surnames().size()))]);
        p.entity = b.addEntity(QStringLiteral("person/") + padded(i, width), name);

        const qint32 born = rngPlaces.uniformDouble() < kBornInOwnCountry
                                ? s.cityIn(p.country, rngPlaces)
                                : qint32(rngPlaces.below(quint32(s.city.size())));
        const std::vector<qint32> &pool = s.employersOfField[size_t(s.occupationField[o])];
        std::vector<qint32> local;
        for (qint32 e : pool)
            if (s.cityCountry[size_t(s.employerCity[size_t(e)])] == p.country)
                local.push_back(e);
        p.employer = !local.empty() && rngPlaces.uniformDouble() < kEmployerInOwnCountry
                         ? anyOf(local, rngPlaces)
                         : anyOf(pool, rngPlaces);
        const qint32 lives = rngPlaces.uniformDouble() < kLivesWhereEmployed
                                 ? s.employerCity[size_t(p.employer)]
                                 : s.cityIn(p.country, rngPlaces);
        const DemoRelations &r = s.rel;
        b.add(p.entity, r.gender, p.female ? s.female : s.male);
        b.add(p.entity, r.profession, s.profession[o]);
        b.add(p.entity, r.nationality, s.country[size_t(p.country)]);
        b.add(p.entity, r.religion, s.religion[size_t(p.religion)]);
        b.add(p.entity, r.bornIn, s.city[size_t(born)]);
        b.add(p.entity, r.livesIn, s.city[size_t(lives)]);
        b.add(p.entity, r.employer, s.employer[size_t(p.employer)]);
        if (occ[o].degree) {
            const qint32 university = rngPlaces.uniformDouble() < kStudiedInOwnCountry
                                          ? p.country * 2 + qint32(rngPlaces.below(2))
                                          : qint32(rngPlaces.below(quint32(s.university.size())));
            b.add(p.entity, r.educatedAt, s.university[size_t(university)]);
        }
        pop.byEmployer[size_t(p.employer)].push_back(i);
        pop.byOccupation[o].push_back(i);
        pop.people.push_back(p);
    }
    return pop;
}

// Acquaintances: alternately a co-worker and someone of the same occupation; no self links,
// no repeated pair in either direction.
void addLinks(WorldBuilder &b, const Scaffold &s, const Population &pop, int perPerson, Rng &rng)
{
    std::set<std::pair<qint32, qint32>> linked;
    for (qint32 i = 0; i < qint32(pop.people.size()); ++i) {
        const Person &p = pop.people[size_t(i)];
        for (int k = 0; k < perPerson; ++k) {
            const std::vector<qint32> &pool = k % 2 == 0 ? pop.byEmployer[size_t(p.employer)]
                                                         : pop.byOccupation[size_t(p.occupation)];
            for (int attempt = 0; attempt < 4; ++attempt) {
                const qint32 j = anyOf(pool, rng);
                if (j == i || linked.count({i, j}) || linked.count({j, i}))
                    continue;
                linked.insert({i, j});
                b.add(p.entity, s.rel.knows, pop.people[size_t(j)].entity);
                break;
            }
        }
    }
}

// Works of the creative occupations, with genre, language (or place, for buildings) and
// sometimes a second creator of the same occupation.
void addWorks(WorldBuilder &b, const Scaffold &s, const Population &pop, Rng &rng)
{
    const auto occ = occupations();
    qint32 works = 0;
    for (qint32 i = 0; i < qint32(pop.people.size()); ++i) {
        const Person &p = pop.people[size_t(i)];
        const Occupation &o = occ[size_t(p.occupation)];
        if (*o.genres == '\0')
            continue;
        const QStringList genreKeys = str(o.genres).split(QLatin1Char(','));
        const bool software = genreKeys.front() == QLatin1String("software");
        const int count =
            software ? (rng.uniformDouble() < kSoftwareWork ? 1 : 0) : 1 + int(rng.below(3));
        for (int w = 0; w < count; ++w) {
            const QString genre = genreKeys[qsizetype(rng.below(quint32(genreKeys.size())))];
            const qint32 work =
                b.addEntity(QStringLiteral("work/") + padded(works++, 5), workTitle(genre, rng));
            b.add(p.entity, s.rel.created, work);
            const qint32 g = indexOfKey(genres(), genre.toUtf8().constData());
            b.add(work, s.rel.genre, s.genre[size_t(g)]);
            if (genre == QLatin1String("building")) {
                b.add(work, s.rel.locatedIn, s.city[size_t(s.employerCity[size_t(p.employer)])]);
            } else if (genre != QLatin1String("software") &&
                       genre != QLatin1String("visual_identity")) {
                const qint32 c = rng.uniformDouble() < kWorkInOwnLanguage
                                     ? p.country
                                     : qint32(rng.below(quint32(countries().size())));
                b.add(work, s.rel.language, s.language[size_t(c)]);
            }
            if (rng.uniformDouble() < kSecondCreator) {
                const qint32 j = anyOf(pop.byOccupation[size_t(p.occupation)], rng);
                if (j != i)
                    b.add(pop.people[size_t(j)].entity, s.rel.created, work);
            }
        }
    }
}

// Fills the ground truth of `world` (whose graph is built) with final ids.
void fillTruth(DemoWorld &world, const Scaffold &s, const Population &pop,
               const std::vector<qint32> &entityMap, const std::vector<qint32> &relationMap)
{
    const auto occ = occupations();
    const auto mapped = [&](const std::vector<qint32> &ids) {
        std::vector<qint32> out;
        for (qint32 id : ids)
            if (entityMap[size_t(id)] >= 0)
                out.push_back(entityMap[size_t(id)]);
        return out;
    };
    world.shareSource = str(occupationShareSource());
    world.targetRelationKey = QStringLiteral("profession");
    world.targetRelation = relationMap[size_t(s.rel.profession)];
    world.genderRelation = relationMap[size_t(s.rel.gender)];
    world.maleEntity = entityMap[size_t(s.male)];
    world.femaleEntity = entityMap[size_t(s.female)];
    world.sensitive = {
        {QStringLiteral("gender"), world.genderRelation, mapped({s.male, s.female})},
        {QStringLiteral("nationality"), relationMap[size_t(s.rel.nationality)], mapped(s.country)},
        {QStringLiteral("religion"), relationMap[size_t(s.rel.religion)], mapped(s.religion)}};

    for (size_t i = 0; i < occ.size(); ++i)
        world.professions.push_back({QStringLiteral("profession/") + str(occ[i].key),
                                     str(occ[i].label), str(occ[i].tableRow), occ[i].femaleShare,
                                     entityMap[size_t(s.profession[i])], 0, 0});
    for (const Person &p : pop.people) {
        DemoProfession &prof = world.professions[size_t(p.occupation)];
        ++prof.people;
        prof.women += p.female ? 1 : 0;
        world.people.push_back({entityMap[size_t(p.entity)],
                                p.female ? world.femaleEntity : world.maleEntity, prof.entity,
                                entityMap[size_t(s.country[size_t(p.country)])],
                                entityMap[size_t(s.religion[size_t(p.religion)])]});
    }
    for (const SkewSpec &spec : skewSpecs()) {
        const bool nationality = qstrcmp(spec.relation, "nationality") == 0;
        PlantedSkew skew;
        skew.relation = str(spec.relation);
        skew.profession = indexOfKey(occ, spec.occupation);
        skew.value =
            nationality
                ? entityMap[size_t(s.country[size_t(indexOfKey(countries(), spec.value))])]
                : entityMap[size_t(s.religion[size_t(indexOfKey(religions(), spec.value))])];
        skew.strength = spec.strength;
        if (skew.value < 0)
            continue; // nobody has the value (possible only in tiny worlds)
        for (const DemoPerson &person : world.people) {
            if (person.profession != world.professions[size_t(skew.profession)].entity)
                continue;
            ++skew.people;
            skew.withValue += (nationality ? person.nationality : person.religion) == skew.value;
        }
        world.skews.push_back(skew);
    }
}

} // namespace

qint32 DemoWorld::professionIndex(qint32 entity) const
{
    for (size_t i = 0; i < professions.size(); ++i)
        if (professions[i].entity == entity)
            return qint32(i);
    return -1;
}

DemoWorld generateDemoWorld(const DemoOptions &options)
{
    validate(options);
    // One stream per part, so that changing one part does not reshuffle the others.
    Rng rngPeople(options.seed, 1), rngNames(options.seed, 2), rngPlaces(options.seed, 3),
        rngLinks(options.seed, 4), rngWorks(options.seed, 5), rngSplit(options.seed, 6);
    WorldBuilder b;
    const Scaffold s = buildScaffold(b, options.people, rngPlaces);
    const Population pop = addPeople(b, s, options.people, rngPeople, rngNames, rngPlaces);
    addLinks(b, s, pop, options.knowsPerPerson, rngLinks);
    addWorks(b, s, pop, rngWorks);

    // Sensitive triples stay in train; ids in the order the TSV loader would give them.
    const qint32 sensitive[] = {s.rel.gender, s.rel.nationality, s.rel.religion};
    const std::vector<SplitPart> parts =
        splitTriples(b.triples(), b.entityCount(), b.relationCount(), sensitive, options.validShare,
                     options.testShare, rngSplit);
    std::vector<qint32> entityMap, relationMap;
    DemoWorld world;
    world.graph = b.build(parts, entityMap, relationMap);
    world.graph.source =
        QStringLiteral("demo world (seed %1, %2 people)").arg(options.seed).arg(options.people);
    world.options = options;
    fillTruth(world, s, pop, entityMap, relationMap);
    return world;
}

} // namespace eg
