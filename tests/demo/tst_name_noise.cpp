#include "demo/name_noise.h"

#include <QTest>

using namespace eg;
using namespace eg::demo;

Q_DECLARE_METATYPE(eg::demo::NameNoise)

namespace {

// Levenshtein distance with adjacent transpositions counted as one edit.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i)
        for (qsizetype j = 1; j <= m; ++j) {
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                 d[size_t(i - 1)][size_t(j - 1)] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    return d[size_t(n)][size_t(m)];
}

} // namespace

class TestNameNoise : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Disturbances whose result does not depend on the generator: hand-written answers.
    void exact_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<NameNoise>("kind");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *tag, const char *name, NameNoise kind, const char *out) {
            QTest::newRow(tag) << QString::fromUtf8(name) << kind << QString::fromUtf8(out);
        };
        row("reorder two parts", "Mara Lindqvist", NameNoise::Reorder, "Lindqvist, Mara");
        row("reorder three parts", "Mara K. Lindqvist", NameNoise::Reorder, "Lindqvist, Mara K.");
        row("reorder one word", "Aldoria", NameNoise::Reorder, "Aldoria");
        row("abbreviate given name", "Mara K. Lindqvist", NameNoise::Abbreviate, "M. K. Lindqvist");
        row("abbreviate known word", "University of Port Aldwin", NameNoise::Abbreviate,
            "Univ. of Port Aldwin");
        row("abbreviate long word", "Brennhaven", NameNoise::Abbreviate, "Bren.");
        row("abbreviate short word", "Kelby", NameNoise::Abbreviate, "Kelby");
        row("lowercase", "Mara K. Lindqvist", NameNoise::Lowercase, "mara k lindqvist");
        row("lowercase comma", "Lindqvist, Mara", NameNoise::Lowercase, "lindqvist mara");
        // Exactly one spelling rule applies to these, so the generator has no choice.
        row("ph to f", "Sophia", NameNoise::Transliterate, "Sofia");
        row("w to v, capital kept", "Wolfe", NameNoise::Transliterate, "Volfe");
        row("th to t", "Thorne", NameNoise::Transliterate, "Torne");
        row("no rule", "Aldo", NameNoise::Transliterate, "Aldo");
        row("typo needs inner letters", "A B", NameNoise::Typo, "A B");
    }
    void exact()
    {
        QFETCH(QString, name);
        QFETCH(NameNoise, kind);
        QFETCH(QString, expected);
        Rng rng(3);
        QCOMPARE(applyNameNoise(name, kind, rng), expected);
    }

    void typoIsOneEdit_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("person") << QStringLiteral("Mara Lindqvist");
        QTest::newRow("organisation") << QStringLiteral("Kessler Health Centre");
        QTest::newRow("short") << QStringLiteral("Ida");
    }
    void typoIsOneEdit()
    {
        QFETCH(QString, name);
        for (quint64 seed = 1; seed <= 200; ++seed) {
            Rng rng(seed);
            const QString out = applyNameNoise(name, NameNoise::Typo, rng);
            QVERIFY2(out != name, qPrintable(out));
            QCOMPARE(editDistance(name, out), 1);
            QCOMPARE(out.front(), name.front()); // the first letter is never touched
            for (const QString &word : out.split(QLatin1Char(' ')))
                QVERIFY(!word.isEmpty());
        }
    }

    void perturbProbability()
    {
        const std::array<double, kNameNoiseKinds> weights = {1, 1, 1, 1, 1};
        const QString name = QStringLiteral("Mara Lindqvist");
        int changed = 0;
        Rng rng(11);
        for (int i = 0; i < 2000; ++i)
            changed += perturbName(name, 0.3, weights, rng) != name;
        // Every kind changes this name (reorder, abbreviate and lowercase apply; no spelling
        // rule does, and then the typo fallback changes it), so `changed` ~ Bin(2000, 0.3):
        // mean 600, sd 20.5; the bound is 5 sd either way.
        QVERIFY2(changed > 600 - 103 && changed < 600 + 103, qPrintable(QString::number(changed)));
        Rng never(1), always(1);
        QCOMPARE(perturbName(name, 0.0, weights, never), name);
        QVERIFY(perturbName(name, 1.0, weights, always) != name);
    }

    void deterministic()
    {
        const std::array<double, kNameNoiseKinds> weights = {0.3, 0.25, 0.25, 0.2, 0.0};
        Rng a(21), b(21);
        for (const char *name :
             {"Mara Lindqvist", "Port Aldwin", "Corvella Institute of Technology"})
            QCOMPARE(perturbName(QLatin1String(name), 1.0, weights, a),
                     perturbName(QLatin1String(name), 1.0, weights, b));
    }
};

QTEST_GUILESS_MAIN(TestNameNoise)
#include "tst_name_noise.moc"
