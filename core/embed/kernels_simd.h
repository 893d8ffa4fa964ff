#pragma once

// Minimal vector "packs" for the training kernels. A kernel is written once as a template over
// a pack P and runs over a row of n floats in steps of P::lanes, the last step masked:
//
//     for (int i = 0; i < n; i += P::lanes) { const auto m = P::mask(n - i); ... }
//
// Masked loads fill the unused lanes with zeros and masked stores leave memory alone, so rows
// need no padding and any width works. Scalar is the portable reference (and what the tests
// compare the vector pack against); Avx512 is used when the compiler targets AVX-512.

#include <cmath>
#include <initializer_list>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace eg::simd {

struct Scalar
{
    using V = float;
    using M = bool;
    static constexpr int lanes = 1;

    static M mask(int) { return true; }
    static V load(const float *p, M) { return *p; }
    static void store(float *p, V v, M) { *p = v; }
    static V zero() { return 0.0f; }
    static V set(float x) { return x; }
    static V add(V a, V b) { return a + b; }
    static V sub(V a, V b) { return a - b; }
    static V mul(V a, V b) { return a * b; }
    static V div(V a, V b) { return a / b; }
    static V fmadd(V a, V b, V c) { return a * b + c; }  // a*b + c
    static V fnmadd(V a, V b, V c) { return c - a * b; } // c - a*b
    static V max(V a, V b) { return a > b ? a : b; }
    static V abs(V a) { return std::fabs(a); }
    static V sign(V a) { return a > 0.0f ? 1.0f : (a < 0.0f ? -1.0f : 0.0f); }
    static V mulSign(V w, V d) { return w * sign(d); } // w * sign(d), sign(0) = 0
    static V sqrt(V a) { return std::sqrt(a); }
    static V selectNonNegative(V x, V a, V b) { return x >= 0.0f ? a : b; } // x >= 0 ? a : b
    static V exp(V x) { return std::exp(x); }
    static V log1pUnit(V x) { return std::log1p(x); } // log(1 + x) for x in [0, 1]
    static V blend(M m, V fallback, V x) { return m ? x : fallback; }
    static float sum(V a) { return a; }
    static float maxOf(V a) { return a; }
};

#if defined(__AVX512F__)
struct Avx512
{
    using V = __m512;
    using M = __mmask16;
    static constexpr int lanes = 16;
    // GCC 12 builds the unmasked forms of several intrinsics on _mm512_undefined_ps and then
    // warns (-Wmaybe-uninitialized); the zero-masked forms with every lane set are the same.
    static constexpr M all = 0xFFFF;

    static M mask(int remaining)
    {
        return remaining >= 16 ? M(0xFFFF) : M((1u << unsigned(remaining)) - 1u);
    }
    static V load(const float *p, M m) { return _mm512_maskz_loadu_ps(m, p); }
    static void store(float *p, V v, M m) { _mm512_mask_storeu_ps(p, m, v); }
    static V zero() { return _mm512_setzero_ps(); }
    static V set(float x) { return _mm512_set1_ps(x); }
    static V add(V a, V b) { return _mm512_add_ps(a, b); }
    static V sub(V a, V b) { return _mm512_sub_ps(a, b); }
    static V mul(V a, V b) { return _mm512_mul_ps(a, b); }
    static V div(V a, V b) { return _mm512_div_ps(a, b); }
    static V fmadd(V a, V b, V c) { return _mm512_fmadd_ps(a, b, c); }
    static V fnmadd(V a, V b, V c) { return _mm512_fnmadd_ps(a, b, c); }
    static V max(V a, V b) { return _mm512_maskz_max_ps(all, a, b); }
    static V abs(V a) { return _mm512_abs_ps(a); }
    static V sign(V a) { return mulSign(set(1.0f), a); }
    static V mulSign(V w, V d)
    {
        // (d & signbit) ^ w flips w where d < 0 (ternary logic 0x6A = (a & b) ^ c); d = 0 -> 0.
        const __m512i signBit = _mm512_set1_epi32(int(0x80000000u));
        const __m512i x = _mm512_ternarylogic_epi32(_mm512_castps_si512(d), signBit,
                                                    _mm512_castps_si512(w), 0x6A);
        return _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(d, zero(), _CMP_NEQ_UQ),
                                   _mm512_castsi512_ps(x));
    }
    static V sqrt(V a) { return _mm512_maskz_sqrt_ps(all, a); }
    static V selectNonNegative(V x, V a, V b)
    {
        return _mm512_mask_mov_ps(b, _mm512_cmp_ps_mask(x, zero(), _CMP_GE_OQ), a);
    }
    static V blend(M m, V fallback, V x) { return _mm512_mask_mov_ps(fallback, m, x); }
    // e^x: x = n ln2 + r, |r| <= ln2 / 2, e^r by its Taylor polynomial of degree 7 (relative
    // error < 3e-8 before rounding), times 2^n by scalef (underflows to 0, overflows to inf).
    static V exp(V x)
    {
        x = _mm512_maskz_max_ps(all, _mm512_maskz_min_ps(all, x, set(100.0f)), set(-110.0f));
        const V n = _mm512_maskz_roundscale_ps(all, mul(x, set(1.44269504f)),
                                               _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        V r = fnmadd(n, set(0.693145752f), x); // ln2 split in two for an exact reduction
        r = fnmadd(n, set(1.42860677e-6f), r);
        V p = set(1.0f / 5040.0f);
        for (float c : {1.0f / 720.0f, 1.0f / 120.0f, 1.0f / 24.0f, 1.0f / 6.0f, 0.5f, 1.0f, 1.0f})
            p = fmadd(p, r, set(c));
        return _mm512_maskz_scalef_ps(all, p, n);
    }
    // log(1 + x) for x in [0, 1]: s = x / (2 + x) <= 1/3, log = 2 atanh(s) = 2 sum s^(2k+1) /
    // (2k+1), 8 terms (the next is below 2e-9 relative).
    static V log1pUnit(V x)
    {
        const V s = div(x, add(set(2.0f), x));
        const V s2 = mul(s, s);
        V p = set(1.0f / 15.0f);
        for (float c :
             {1.0f / 13.0f, 1.0f / 11.0f, 1.0f / 9.0f, 1.0f / 7.0f, 1.0f / 5.0f, 1.0f / 3.0f, 1.0f})
            p = fmadd(p, s2, set(c));
        return mul(add(s, s), p);
    }
    // (GCC 12's _mm512_reduce_add_ps trips -Wmaybe-uninitialized)
    static float sum(V a)
    {
        const __m512d d = _mm512_castps_pd(a);
        const __m256 lo = _mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(0xFF, d, 0));
        const __m256 hi = _mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(0xFF, d, 1));
        const __m256 s8 = _mm256_add_ps(lo, hi);
        __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
        s4 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
        s4 = _mm_add_ss(s4, _mm_movehdup_ps(s4));
        return _mm_cvtss_f32(s4);
    }
    static float maxOf(V a)
    {
        const __m512d d = _mm512_castps_pd(a);
        const __m256 lo = _mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(0xFF, d, 0));
        const __m256 hi = _mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(0xFF, d, 1));
        const __m256 m8 = _mm256_max_ps(lo, hi);
        __m128 m4 = _mm_max_ps(_mm256_castps256_ps128(m8), _mm256_extractf128_ps(m8, 1));
        m4 = _mm_max_ps(m4, _mm_movehl_ps(m4, m4));
        m4 = _mm_max_ss(m4, _mm_movehdup_ps(m4));
        return _mm_cvtss_f32(m4);
    }
};
using Native = Avx512;
#else
using Native = Scalar;
#endif

// Asks for every cache line of a row of `bytes` bytes (any alignment), for writing.
inline void prefetchRow(const void *row, int bytes)
{
    const auto first = reinterpret_cast<unsigned long>(row) & ~63ul;
    const auto last = reinterpret_cast<unsigned long>(row) + unsigned(bytes) - 1;
    for (unsigned long line = first; line <= last; line += 64)
        __builtin_prefetch(reinterpret_cast<const void *>(line), 1, 3);
}

} // namespace eg::simd
