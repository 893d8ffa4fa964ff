#include "demo/name_noise.h"

#include <QStringList>

#include <vector>

namespace eg::demo {

namespace {

// Keys next to each letter on a QWERTY keyboard, for "a" .. "z".
constexpr const char *kNeighbours[26] = {"qsz",  "vghn", "xdfv", "sfex", "wrd",  "dgrc", "fhtv",
                                         "gjyb", "uok",  "hkun", "jlim", "kop",  "njk",  "bhjm",
                                         "ipl",  "ol",   "wa",   "etf",  "adwx", "ryg",  "yij",
                                         "cfgb", "qes",  "zsdc", "tuh",  "asx"};

struct Rule
{
    const char *from;
    const char *to;
};
constexpr Rule kRules[] = {{"sch", "sh"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"qu", "kv"},
                           {"ou", "u"},   {"ee", "i"}, {"oo", "u"}, {"ae", "e"}, {"w", "v"},
                           {"c", "k"},    {"y", "i"},  {"x", "ks"}, {"j", "y"}};

// Positions of letters that are not the first letter of a word.
std::vector<qsizetype> innerLetters(const QString &name)
{
    std::vector<qsizetype> out;
    for (qsizetype i = 1; i < name.size(); ++i)
        if (name[i].isLetter() && name[i - 1].isLetter())
            out.push_back(i);
    return out;
}

QString typo(QString name, Rng &rng)
{
    const std::vector<qsizetype> letters = innerLetters(name);
    if (letters.empty())
        return name;
    const qsizetype at = letters[rng.below(quint32(letters.size()))];
    switch (rng.below(4)) {
    case 0: // swap with the next letter, or with the previous one at the end of a word
        if (at + 1 < name.size() && name[at + 1].isLetter() && name[at + 1] != name[at]) {
            std::swap(name[at], name[at + 1]);
            return name;
        }
        if (name[at - 1] != name[at] && at - 1 > 0 && name[at - 2].isLetter()) {
            std::swap(name[at - 1], name[at]);
            return name;
        }
        return name.insert(at, name[at]);
    case 1:
        return name.remove(at, 1);
    case 2:
        return name.insert(at, name[at]);
    default: {
        const QChar c = name[at];
        const char lower = char(c.toLower().unicode());
        if (c.unicode() > 127 || lower < 'a' || lower > 'z')
            return name.insert(at, c);
        const char *options = kNeighbours[lower - 'a'];
        const QChar replacement = QLatin1Char(options[rng.below(quint32(qstrlen(options)))]);
        name[at] = c.isUpper() ? replacement.toUpper() : replacement;
        return name;
    }
    }
}

QString reorder(const QString &name)
{
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return name;
    const QString last = words.takeLast();
    return last + QStringLiteral(", ") + words.join(QLatin1Char(' '));
}

QString abbreviate(const QString &name)
{
    static const char *const known[][2] = {
        {"University", "Univ."},     {"Institute", "Inst."},       {"Technology", "Tech."},
        {"Hospital", "Hosp."},       {"Services", "Svcs."},        {"Engineering", "Eng."},
        {"Construction", "Constr."}, {"Administration", "Admin."}, {"Collection", "Coll."}};
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        for (const auto &pair : known)
            if (word == QLatin1String(pair[0])) {
                word = QLatin1String(pair[1]);
                return words.join(QLatin1Char(' '));
            }
    if (words.size() >= 2) {
        for (qsizetype i = 0; i + 1 < words.size(); ++i)
            if (words[i].size() >= 3 && words[i].front().isLetter()) {
                words[i] = words[i].front() + QLatin1Char('.');
                return words.join(QLatin1Char(' '));
            }
        return name;
    }
    if (name.size() >= 7)
        return name.left(4) + QLatin1Char('.');
    return name;
}

QString transliterate(const QString &name, Rng &rng)
{
    const QString lower = name.toLower();
    if (lower.size() != name.size())
        return name; // case mapping changed the length: positions would not line up
    std::vector<const Rule *> applicable;
    for (const Rule &rule : kRules)
        if (lower.contains(QLatin1String(rule.from)))
            applicable.push_back(&rule);
    if (applicable.empty())
        return name;
    const Rule &rule = *applicable[rng.below(quint32(applicable.size()))];
    const QLatin1String from(rule.from);
    const QString to = QLatin1String(rule.to);
    QString out;
    qsizetype i = 0;
    while (i < name.size()) {
        if (lower.mid(i, from.size()) == from) {
            out += name[i].isUpper() ? to.left(1).toUpper() + to.mid(1) : to;
            i += from.size();
        } else {
            out += name[i++];
        }
    }
    return out;
}

QString lowercase(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower())
        if (c != QLatin1Char('.') && c != QLatin1Char(','))
            out += c;
    return out.simplified();
}

} // namespace

QString applyNameNoise(const QString &name, NameNoise kind, Rng &rng)
{
    switch (kind) {
    case NameNoise::Typo:
        return typo(name, rng);
    case NameNoise::Reorder:
        return reorder(name);
    case NameNoise::Abbreviate:
        return abbreviate(name);
    case NameNoise::Transliterate:
        return transliterate(name, rng);
    case NameNoise::Lowercase:
        return lowercase(name);
    }
    return name;
}

QString perturbName(const QString &name, double probability,
                    const std::array<double, kNameNoiseKinds> &weights, Rng &rng)
{
    if (rng.uniformDouble() >= probability)
        return name;
    double total = 0;
    for (double w : weights)
        total += w;
    double u = rng.uniformDouble() * total;
    int kind = 0;
    while (kind + 1 < kNameNoiseKinds && u >= weights[size_t(kind)]) {
        u -= weights[size_t(kind)];
        ++kind;
    }
    const QString out = applyNameNoise(name, NameNoise(kind), rng);
    return out != name ? out : typo(name, rng);
}

} // namespace eg::demo
