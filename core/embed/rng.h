#pragma once

#include <QtGlobal>

#include <span>
#include <utility>

namespace eg {

// Small, fast, seedable generator (xoshiro256** seeded by splitmix64). Each training thread
// owns one, seeded from (seed, thread index), so runs are reproducible.
class Rng
{
public:
    explicit Rng(quint64 seed = 1, quint64 stream = 0)
    {
        quint64 x = seed * 0x9E3779B97F4A7C15ull + stream * 0xD1B54A32D192ED03ull + 1;
        for (quint64 &word : m_s)
            word = splitmix(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform integer in [0, bound) (Lemire's multiply-shift; bias < bound / 2^32).
    quint32 below(quint32 bound) { return quint32((quint64(quint32(next() >> 32)) * bound) >> 32); }

    // Uniform float in [0, 1).
    float uniform() { return float(next() >> 40) * (1.0f / 16777216.0f); }
    double uniformDouble() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    quint64 m_s[4];
};

// Fisher–Yates shuffle of `items` in place, drawing from `rng`: from the last item down, each
// swapped with a uniform one at or before it (draws below(n), below(n - 1), ..., below(2)).
template <typename T>
void shuffleInPlace(std::span<T> items, Rng &rng)
{
    for (size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[rng.below(quint32(i))]);
}

} // namespace eg
