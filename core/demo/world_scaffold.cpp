#include "demo/world_scaffold.h"

#include "demo/demo_util.h"
#include "demo/occupations.h"
#include "demo/world_tables.h"

#include <QHash>
#include <QStringList>

namespace eg::demo {

namespace {

constexpr int kPeoplePerEmployer = 25;

DemoRelations relations(WorldBuilder &b)
{
    const auto r = [&](const char *key) {
        return b.relation(str(key));
    };
    DemoRelations out;
    out.gender = r("gender");
    out.profession = r("profession");
    out.nationality = r("nationality");
    out.religion = r("religion");
    out.bornIn = r("born_in");
    out.livesIn = r("lives_in");
    out.employer = r("employer");
    out.educatedAt = r("educated_at");
    out.knows = r("knows");
    out.created = r("created");
    out.field = r("field");
    out.industry = r("industry");
    out.locatedIn = r("located_in");
    out.officialLanguage = r("official_language");
    out.genre = r("genre");
    out.language = r("language");
    return out;
}

void addPlaces(WorldBuilder &b, Scaffold &s)
{
    const auto countryTable = countries();
    for (size_t c = 0; c < countryTable.size(); ++c) {
        const Country &country = countryTable[c];
        s.country.push_back(
            b.addEntity(QStringLiteral("country/") + str(country.key), str(country.label)));
        s.language.push_back(b.addEntity(QStringLiteral("language/") + str(country.language),
                                         str(country.languageLabel)));
        b.add(s.country.back(), s.rel.officialLanguage, s.language.back());
        for (const char *city : country.cities) {
            const QString label = str(city);
            QString key = label.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
            s.city.push_back(b.addEntity(QStringLiteral("city/") + key, label));
            s.cityCountry.push_back(qint32(c));
            b.add(s.city.back(), s.rel.locatedIn, s.country.back());
        }
    }
    for (size_t c = 0; c < countryTable.size(); ++c)
        for (int k = 0; k < 2; ++k) {
            const qint32 city = s.city[c * 4 + size_t(k)];
            const QString label = k == 0
                                      ? QStringLiteral("University of ") + b.label(city)
                                      : b.label(city) + QStringLiteral(" Institute of Technology");
            const QString key =
                QStringLiteral("university/") + padded(qint64(s.university.size()), 2);
            s.university.push_back(b.addEntity(key, label));
            b.add(s.university.back(), s.rel.locatedIn, city);
        }
}

void addEmployers(WorldBuilder &b, Scaffold &s, qint32 people, Rng &rng)
{
    const auto occ = occupations();
    const auto fieldTable = fields();
    const std::vector<double> countryCum =
        cumulate(countries().size(), [](size_t i) { return countries()[i].weight; });
    double totalWeight = 0;
    for (const Occupation &o : occ)
        totalWeight += o.weight;
    s.employersOfField.resize(fieldTable.size());
    QHash<QString, bool> used; // lookups only, never iterated
    for (size_t f = 0; f < fieldTable.size(); ++f) {
        double weight = 0;
        for (size_t i = 0; i < occ.size(); ++i)
            if (s.occupationField[i] == qint32(f))
                weight += occ[i].weight;
        const double expected = people * weight / totalWeight;
        const int count = std::max(2, int(expected / kPeoplePerEmployer + 0.5));
        const QStringList suffixes = str(fieldTable[f].employerSuffixes).split(QLatin1Char(','));
        for (int k = 0; k < count; ++k) {
            const qint32 city = s.cityIn(pick(countryCum, rng), rng);
            // A surname and a suffix of the field; the city (then a number) when taken.
            QString label;
            for (int attempt = 0; attempt < 4 && (label.isEmpty() || used.contains(label));
                 ++attempt)
                label = str(surnames()[rng.below(quint32(surnames().size()))]) + QLatin1Char(' ') +
                        suffixes[qsizetype(rng.below(quint32(suffixes.size())))];
            if (used.contains(label))
                label += QLatin1Char(' ') + b.label(s.city[size_t(city)]);
            if (used.contains(label))
                label += QLatin1Char(' ') + QString::number(s.employer.size());
            used.insert(label, true);
            s.employersOfField[f].push_back(qint32(s.employer.size()));
            const QString key = QStringLiteral("employer/") + padded(qint64(s.employer.size()), 3);
            s.employer.push_back(b.addEntity(key, label));
            s.employerCity.push_back(city);
            b.add(s.employer.back(), s.rel.industry, s.field[f]);
            b.add(s.employer.back(), s.rel.locatedIn, s.city[size_t(city)]);
        }
    }
}

} // namespace

Scaffold buildScaffold(WorldBuilder &b, qint32 people, Rng &rng)
{
    Scaffold s;
    s.rel = relations(b);
    s.male = b.addEntity(QStringLiteral("gender/male"), QStringLiteral("male"));
    s.female = b.addEntity(QStringLiteral("gender/female"), QStringLiteral("female"));
    for (const Field &f : fields())
        s.field.push_back(b.addEntity(QStringLiteral("field/") + str(f.key), str(f.label)));
    for (const Occupation &o : occupations()) {
        s.profession.push_back(
            b.addEntity(QStringLiteral("profession/") + str(o.key), str(o.label)));
        s.occupationField.push_back(indexOfKey(fields(), o.field));
        b.add(s.profession.back(), s.rel.field, s.field[size_t(s.occupationField.back())]);
    }
    for (const Religion &r : religions())
        s.religion.push_back(b.addEntity(QStringLiteral("religion/") + str(r.key), str(r.label)));
    addPlaces(b, s);
    for (const Genre &g : genres())
        s.genre.push_back(b.addEntity(QStringLiteral("genre/") + str(g.key), str(g.label)));
    addEmployers(b, s, people, rng);
    return s;
}

} // namespace eg::demo
