#pragma once

#include <QtGlobal>

#include <cstring>
#include <string_view>

namespace eg {

// A fast 64-bit hash for short byte strings (entity and relation keys). Reads 8 bytes at a
// time and folds each pair of words with a 64x64->128-bit multiply; both halves of the result
// are well mixed, so callers may use the low bits for a table index and the high bits as a tag.
// Not for anything security-related (no per-process seed).
namespace detail {

inline quint64 load64(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}

inline quint64 load32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return v;
}

__extension__ typedef unsigned __int128 Uint128; // GCC and Clang; silences -Wpedantic

inline quint64 fold(quint64 a, quint64 b)
{
    const Uint128 product = static_cast<Uint128>(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}

} // namespace detail

inline quint64 hashKey(std::string_view key)
{
    using namespace detail;
    // Odd constants with mixed bit patterns (digits of pi and e, and the golden ratio).
    constexpr quint64 k0 = 0x243F6A8885A308D3ull;
    constexpr quint64 k1 = 0xB7E151628AED2A6Bull;
    constexpr quint64 k2 = 0x9E3779B97F4A7C15ull;

    const char *p = key.data();
    const size_t n = key.size();
    quint64 state = k2 ^ (quint64(n) * k0);
    quint64 a = 0;
    quint64 b = 0;
    if (n >= 16) {
        size_t left = n;
        while (left > 16) {
            state = fold(load64(p) ^ k0 ^ state, load64(p + 8) ^ k1);
            p += 16;
            left -= 16;
        }
        // The last 16 bytes, overlapping what was already folded when n is not a multiple.
        a = load64(key.data() + n - 16);
        b = load64(key.data() + n - 8);
    } else if (n >= 8) {
        a = load64(p);
        b = load64(p + n - 8);
    } else if (n >= 4) {
        a = load32(p);
        b = load32(p + n - 4);
    } else if (n > 0) {
        a = (quint64(quint8(p[0])) << 16) | (quint64(quint8(p[n / 2])) << 8) | quint8(p[n - 1]);
    }
    return fold(fold(a ^ k1 ^ state, b ^ k2), k0 ^ n);
}

} // namespace eg
