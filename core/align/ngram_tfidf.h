#pragma once

#include <Eigen/Core>
#include <QString>
#include <vector>

namespace eg {

// A sparse vector: ascending indices, their values.
struct SparseVector {
    std::vector<qint32> index;
    std::vector<float> value;
};

// Dot product of two sparse vectors (cosine when both have unit length).
float sparseDot(const SparseVector &a, const SparseVector &b);

// Character n-gram TF-IDF vectors of entity names, with one vocabulary and one IDF table over
// the names of both graphs.
//  - normalise(): canonical decomposition, combining marks dropped (é -> e), lower case, every
//    run of characters that are neither letters nor digits becomes one space, trimmed, then one
//    space added at each end so that word starts and ends make their own grams.
//  - the grams of a normalised name are its substrings of n characters (n = 3 by default); a
//    name shorter than n is one gram.
//  - weight of gram g in a name: tf * idf, tf = occurrences of g in the name,
//    idf = ln((1 + N) / (1 + df(g))) + 1 with N the number of names of both graphs and df(g) the
//    number of names holding g; each vector is then scaled to unit length (an empty name gives
//    the zero vector), so sparseDot() is the cosine.
class NgramTfidf {
public:
    NgramTfidf() = default;
    NgramTfidf(const std::vector<QString> &names1, const std::vector<QString> &names2, int n = 3);

    static QString normalise(const QString &name);
    static std::vector<QString> grams(const QString &normalised, int n);

    int n() const { return m_n; }
    qint32 gramCount() const { return qint32(m_gramText.size()); }
    const QString &gram(qint32 id) const { return m_gramText[size_t(id)]; }
    float idf(qint32 gram) const { return m_idf[size_t(gram)]; }
    qint32 entityCount(int side) const { return qint32(m_vectors[side].size()); }
    const SparseVector &vector(int side, qint32 entity) const {
        return m_vectors[side][size_t(entity)];
    }
    float cosine(qint32 first, qint32 second) const {
        return sparseDot(m_vectors[0][size_t(first)], m_vectors[1][size_t(second)]);
    }

    // Dense version for the GNN's level-0 features: signed feature hashing of the TF-IDF
    // vector into `dim` buckets (gram g adds sign(g) * weight to bucket(g), both from a seeded
    // hash of the gram id), rows scaled to unit length. Row e = entity e of `side`.
    Eigen::MatrixXf hashed(int side, int dim, quint64 seed) const;

private:
    int m_n = 3;
    std::vector<QString> m_gramText;
    std::vector<float> m_idf;
    std::vector<SparseVector> m_vectors[2];
};

} // namespace eg
