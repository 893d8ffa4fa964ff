#include "bias/rank_stats.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace eg {

std::vector<double> averageRanks(std::span<const double> values)
{
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(n);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && values[order[j]] == values[order[i]])
            ++j;
        // Positions i..j-1 (0-based) hold equal values: ranks i+1..j, mean (i + 1 + j) / 2.
        const double rank = 0.5 * double(i + 1 + j);
        for (size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

double pearson(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size())
        throw Error(Error::tr("correlation of series of different lengths"));
    const size_t n = a.size();
    if (n < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / double(n);
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / double(n);
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0 || sbb <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return sab / std::sqrt(saa * sbb);
}

double spearman(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size())
        throw Error(Error::tr("correlation of series of different lengths"));
    const std::vector<double> ra = averageRanks(a), rb = averageRanks(b);
    return pearson(ra, rb);
}

} // namespace eg
