#include "demo/alignment_views.h"

#include "common/error.h"
#include "demo/demo_io.h"
#include "demo/name_noise.h"
#include "embed/rng.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace eg {

using namespace demo;

namespace {

enum class Presence : quint8 { Both, FirstOnly, SecondOnly };

// View 1 is mostly clean (typos, lower case, a few spellings); view 2 reorders, abbreviates
// and respells more. Indexed by NameNoise: typo, reorder, abbreviate, transliterate, lowercase.
constexpr std::array<double, kNameNoiseKinds> kNoise1 = {0.5, 0.0, 0.0, 0.2, 0.3};
constexpr std::array<double, kNameNoiseKinds> kNoise2 = {0.3, 0.25, 0.25, 0.2, 0.0};

// Relations that view 2 calls differently.
constexpr const char *kRenamed[][2] = {
    {"born_in", "place_of_birth"}, {"lives_in", "residence"},
    {"employer", "works_for"},     {"educated_at", "alma_mater"},
    {"created", "author_of"},      {"located_in", "location"},
    {"knows", "acquainted_with"},  {"official_language", "language_spoken"}};

template <typename T> void shuffle(std::vector<T> &items, Rng &rng)
{
    for (size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[rng.below(quint32(i))]);
}

void insertKey(Vocabulary &vocabulary, const QString &key)
{
    const QByteArray bytes = key.toUtf8();
    vocabulary.insert(std::string_view(bytes.constData(), size_t(bytes.size())));
}

void validate(const AlignmentViewOptions &o)
{
    const auto unit = [](double x) {
        return x >= 0 && x <= 1;
    };
    if (!unit(o.keepRatio1) || !unit(o.keepRatio2) || !unit(o.nameNoise1) || !unit(o.nameNoise2) ||
        !unit(o.trainShare) || !(o.onlyInOneView >= 0) || !(o.onlyInOneView <= 0.25))
        throw Error(Error::tr("alignment views: ratios must be in [0, 1] and "
                              "onlyInOneView in [0, 0.25]"));
}

// Builds one view: entities present in it (in a seeded random order), disturbed names,
// relation URIs, kept triples.
AlignmentView buildView(const DemoWorld &world, const std::vector<Presence> &presence, int which,
                        const AlignmentViewOptions &o)
{
    const Graph &g = world.graph;
    Rng rng(o.seed, quint64(10 + which));
    const Presence own = which == 1 ? Presence::FirstOnly : Presence::SecondOnly;
    const QString base = QStringLiteral("http://kg%1.equigraph.example/").arg(which);
    AlignmentView view;

    for (qint32 e = 0; e < g.entityCount(); ++e)
        if (presence[size_t(e)] == Presence::Both || presence[size_t(e)] == own)
            view.worldEntity.push_back(e);
    shuffle(view.worldEntity, rng);
    std::vector<qint32> local(size_t(g.entityCount()), -1);
    QHash<QString, int> uriUses; // lookups only
    for (size_t i = 0; i < view.worldEntity.size(); ++i) {
        const qint32 e = view.worldEntity[i];
        local[size_t(e)] = qint32(i);
        const QString name =
            oneLine(perturbName(g.entityLabel(e), which == 1 ? o.nameNoise1 : o.nameNoise2,
                                which == 1 ? kNoise1 : kNoise2, rng));
        QString uri = base + QStringLiteral("resource/") +
                      QString(name).replace(QLatin1Char(' '), QLatin1Char('_'));
        const int uses = ++uriUses[uri];
        if (uses > 1)
            uri += QStringLiteral("_(%1)").arg(uses);
        insertKey(view.graph.entities, uri);
        view.graph.entityLabels.push_back(name);
    }

    for (qint32 r = 0; r < g.relationCount(); ++r) {
        QString name = g.relations.keyString(r);
        if (which == 2 && o.renameRelations)
            for (const auto &pair : kRenamed)
                if (name == QLatin1String(pair[0]))
                    name = QLatin1String(pair[1]);
        insertKey(view.graph.relations, base + QStringLiteral("property/") + name);
        view.worldRelation.push_back(r);
    }

    const double keep = which == 1 ? o.keepRatio1 : o.keepRatio2;
    for (const std::vector<Triple> *split : {&g.train, &g.valid, &g.test})
        for (const Triple &x : *split) {
            const qint32 h = local[size_t(x.h)], t = local[size_t(x.t)];
            if (h < 0 || t < 0)
                continue;
            ++view.eligibleTriples;
            if (rng.uniformDouble() < keep)
                view.graph.train.push_back({h, x.r, t});
        }
    shuffle(view.graph.train, rng);
    view.graph.source = QStringLiteral("demo alignment view %1").arg(which);
    return view;
}

} // namespace

AlignmentViews makeAlignmentViews(const DemoWorld &world, const AlignmentViewOptions &options)
{
    validate(options);
    const Graph &g = world.graph;
    Rng rng(options.seed, 1);
    std::vector<Presence> presence(size_t(g.entityCount()), Presence::Both);
    for (qint32 e = 0; e < g.entityCount(); ++e) {
        const std::string_view key = g.entities.key(e);
        if (!key.starts_with("person/") && !key.starts_with("work/"))
            continue;
        const double u = rng.uniformDouble();
        if (u < options.onlyInOneView)
            presence[size_t(e)] = Presence::FirstOnly;
        else if (u < 2 * options.onlyInOneView)
            presence[size_t(e)] = Presence::SecondOnly;
    }

    AlignmentViews views;
    views.options = options;
    views.first = buildView(world, presence, 1, options);
    views.second = buildView(world, presence, 2, options);
    views.second.entityIdOffset = views.first.graph.entityCount();
    views.second.relationIdOffset = views.first.graph.relationCount();

    std::vector<qint32> inSecond(size_t(g.entityCount()), -1);
    for (size_t i = 0; i < views.second.worldEntity.size(); ++i)
        inSecond[size_t(views.second.worldEntity[i])] = qint32(i);
    std::vector<std::pair<qint32, qint32>> links;
    for (size_t i = 0; i < views.first.worldEntity.size(); ++i) {
        const qint32 other = inSecond[size_t(views.first.worldEntity[i])];
        if (other >= 0)
            links.push_back({qint32(i), other});
    }
    shuffle(links, rng);
    const auto train = size_t(std::llround(options.trainShare * double(links.size())));
    views.trainLinks.assign(links.begin(), links.begin() + qsizetype(train));
    views.testLinks.assign(links.begin() + qsizetype(train), links.end());
    std::sort(views.trainLinks.begin(), views.trainLinks.end());
    std::sort(views.testLinks.begin(), views.testLinks.end());
    for (qint32 r = 0; r < g.relationCount(); ++r)
        views.relationLinks.push_back({r, r});
    return views;
}

} // namespace eg
