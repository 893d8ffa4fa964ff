#pragma once

#include "kg/triple.h"

#include <span>
#include <vector>

namespace eg {

// Every known (h, r, t), indexed both ways for filtered ranking: the tails known for (h, r)
// and the heads known for (r, t), each as a sorted span. Memory: two CSR tables, about
// 2 x (4 bytes per triple + offsets per distinct key).
class KnownTriples
{
public:
    KnownTriples() = default;
    // Adds every triple of every list (duplicates are kept once).
    explicit KnownTriples(std::initializer_list<std::span<const Triple>> lists);

    std::span<const qint32> tails(qint32 h, qint32 r) const;
    std::span<const qint32> heads(qint32 r, qint32 t) const;
    bool contains(const Triple &triple) const;
    qint64 size() const; // distinct triples
    qint64 memoryBytes() const;

private:
    struct Side
    {
        std::vector<quint64> keys;     // sorted (a << 32 | b)
        std::vector<qint64> offsets;   // keys.size() + 1
        std::vector<qint32> values;    // sorted within each key
        std::span<const qint32> find(quint64 key) const;
    };
    Side m_tails; // key (h, r)
    Side m_heads; // key (r, t)
};

} // namespace eg
