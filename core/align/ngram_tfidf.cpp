#include "align/ngram_tfidf.h"

#include "common/error.h"

#include <QHash>
#include <cmath>
#include <map>

namespace eg {

float sparseDot(const SparseVector &a, const SparseVector &b) {
    float sum = 0;
    size_t i = 0, j = 0;
    while (i < a.index.size() && j < b.index.size()) {
        if (a.index[i] < b.index[j]) {
            ++i;
        } else if (a.index[i] > b.index[j]) {
            ++j;
        } else {
            sum += a.value[i++] * b.value[j++];
        }
    }
    return sum;
}

QString NgramTfidf::normalise(const QString &name) {
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size() + 2);
    out += QLatin1Char(' ');
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (!space)
        out += QLatin1Char(' ');
    return out.size() <= 1 ? QString() : out;
}

std::vector<QString> NgramTfidf::grams(const QString &normalised, int n) {
    std::vector<QString> out;
    if (normalised.isEmpty())
        return out;
    if (normalised.size() <= n) {
        out.push_back(normalised);
        return out;
    }
    for (qsizetype i = 0; i + n <= normalised.size(); ++i)
        out.push_back(normalised.mid(i, n));
    return out;
}

NgramTfidf::NgramTfidf(const std::vector<QString> &names1, const std::vector<QString> &names2,
                       int n)
    : m_n(n) {
    if (n < 1)
        throw Error(Error::tr("n-gram length must be at least 1"));
    QHash<QString, qint32> ids;
    std::vector<qint64> df;
    // Counts per name as (gram id -> tf), ordered by id.
    std::vector<std::map<qint32, float>> counts[2];
    const std::vector<QString> *names[2] = {&names1, &names2};
    for (int side = 0; side < 2; ++side) {
        counts[side].resize(names[side]->size());
        for (size_t e = 0; e < names[side]->size(); ++e) {
            for (const QString &g : grams(normalise((*names[side])[e]), n)) {
                auto it = ids.find(g);
                if (it == ids.end()) {
                    it = ids.insert(g, qint32(m_gramText.size()));
                    m_gramText.push_back(g);
                    df.push_back(0);
                }
                float &tf = counts[side][e][it.value()];
                if (tf == 0)
                    ++df[size_t(it.value())];
                tf += 1;
            }
        }
    }
    const double total = double(names1.size() + names2.size());
    m_idf.resize(df.size());
    for (size_t g = 0; g < df.size(); ++g)
        m_idf[g] = float(std::log((1 + total) / (1 + double(df[g]))) + 1);
    for (int side = 0; side < 2; ++side) {
        m_vectors[side].resize(counts[side].size());
        for (size_t e = 0; e < counts[side].size(); ++e) {
            SparseVector &v = m_vectors[side][e];
            double norm = 0;
            for (const auto &[g, tf] : counts[side][e]) {
                v.index.push_back(g);
                v.value.push_back(tf * m_idf[size_t(g)]);
                norm += double(v.value.back()) * v.value.back();
            }
            if (norm > 0)
                for (float &x : v.value)
                    x = float(x / std::sqrt(norm));
        }
    }
}

Eigen::MatrixXf NgramTfidf::hashed(int side, int dim, quint64 seed) const {
    const auto &vectors = m_vectors[side];
    Eigen::MatrixXf out = Eigen::MatrixXf::Zero(qsizetype(vectors.size()), dim);
    for (size_t e = 0; e < vectors.size(); ++e) {
        const SparseVector &v = vectors[e];
        for (size_t k = 0; k < v.index.size(); ++k) {
            quint64 h = (quint64(v.index[k]) + 1) * 0x9E3779B97F4A7C15ull ^ seed;
            h ^= h >> 31;
            h *= 0xBF58476D1CE4E5B9ull;
            h ^= h >> 29;
            const float sign = (h >> 63) ? -1.0f : 1.0f;
            out(qsizetype(e), qsizetype((h & 0xFFFFFFFFull) % quint64(dim))) += sign * v.value[k];
        }
        const float norm = out.row(qsizetype(e)).norm();
        if (norm > 0)
            out.row(qsizetype(e)) /= norm;
    }
    return out;
}

} // namespace eg
