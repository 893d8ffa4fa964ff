#include "kg/known_triples.h"

#include <algorithm>

namespace eg {

namespace {

quint64 packKey(qint32 a, qint32 b)
{
    return (quint64(quint32(a)) << 32) | quint64(quint32(b));
}

// Sorted (key, value) pairs -> CSR: distinct keys, their offsets, and the values (already
// sorted and free of repeats within a key, because the pairs are sorted and distinct).
template<typename Side>
void buildSide(Side &side, std::vector<std::pair<quint64, qint32>> &pairs)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    side.keys.clear();
    side.offsets.clear();
    side.values.clear();
    side.values.reserve(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (i == 0 || pairs[i].first != pairs[i - 1].first) {
            side.keys.push_back(pairs[i].first);
            side.offsets.push_back(qint64(i));
        }
        side.values.push_back(pairs[i].second);
    }
    side.offsets.push_back(qint64(pairs.size()));
    side.keys.shrink_to_fit();
    side.offsets.shrink_to_fit();
}

} // namespace

KnownTriples::KnownTriples(std::initializer_list<std::span<const Triple>> lists)
{
    size_t total = 0;
    for (const std::span<const Triple> &list : lists)
        total += list.size();

    // One pair list at a time keeps the peak at 16 bytes per input triple.
    std::vector<std::pair<quint64, qint32>> pairs;
    pairs.reserve(total);
    for (const std::span<const Triple> &list : lists) {
        for (const Triple &x : list)
            pairs.emplace_back(packKey(x.h, x.r), x.t);
    }
    buildSide(m_tails, pairs);

    pairs.clear();
    for (const std::span<const Triple> &list : lists) {
        for (const Triple &x : list)
            pairs.emplace_back(packKey(x.r, x.t), x.h);
    }
    buildSide(m_heads, pairs);
}

std::span<const qint32> KnownTriples::Side::find(quint64 key) const
{
    const auto it = std::lower_bound(keys.begin(), keys.end(), key);
    if (it == keys.end() || *it != key)
        return {};
    const size_t k = size_t(it - keys.begin());
    return {values.data() + offsets[k], size_t(offsets[k + 1] - offsets[k])};
}

std::span<const qint32> KnownTriples::tails(qint32 h, qint32 r) const
{
    return m_tails.find(packKey(h, r));
}

std::span<const qint32> KnownTriples::heads(qint32 r, qint32 t) const
{
    return m_heads.find(packKey(r, t));
}

bool KnownTriples::contains(const Triple &triple) const
{
    const std::span<const qint32> list = tails(triple.h, triple.r);
    return std::binary_search(list.begin(), list.end(), triple.t);
}

qint64 KnownTriples::size() const
{
    return qint64(m_tails.values.size());
}

qint64 KnownTriples::memoryBytes() const
{
    auto sideBytes = [](const Side &side) {
        return qint64(side.keys.capacity() * sizeof(quint64) +
                      side.offsets.capacity() * sizeof(qint64) +
                      side.values.capacity() * sizeof(qint32));
    };
    return qint64(sizeof(KnownTriples)) + sideBytes(m_tails) + sideBytes(m_heads);
}

} // namespace eg
