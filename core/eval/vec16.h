#pragma once

#include <QtGlobal>

#include <cstring>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace eg::detail {

// GCC/Clang vector types: 16 floats map to one AVX-512 register (two AVX2 ones, four SSE ones
// on older machines). The eval kernels use them because the compiler's cost model for this
// CPU prefers 128-bit vectors when it vectorises plain loops by itself.
typedef float F16 __attribute__((vector_size(64)));
typedef qint32 I16 __attribute__((vector_size(64)));

inline F16 load16(const float *p)
{
    F16 v;
    std::memcpy(&v, p, sizeof(v));
    return v;
}

inline void store16(float *p, F16 v)
{
    std::memcpy(p, &v, sizeof(v));
}

inline F16 abs16(F16 v)
{
    return F16(I16(v) & 0x7fffffff);
}

// acc + x, rounded once. With AVX-512 it is issued as fma(x, 1, acc) (the same result): the
// multiply-add units are otherwise idle in the L1 kernel, whose subtractions and additions
// would all queue on the adders (about 20% faster on Zen 4/5).
inline F16 accumulate16(F16 acc, F16 x)
{
#if defined(__AVX512F__)
    return F16(_mm512_fmadd_ps(__m512(x), _mm512_set1_ps(1.0f), __m512(acc)));
#else
    return acc + x;
#endif
}

inline qint32 sum16(I16 v)
{
    qint32 s = 0;
    for (int i = 0; i < 16; ++i)
        s += v[i];
    return s;
}

} // namespace eg::detail
