#pragma once

#include <span>
#include <vector>

namespace eg {

// Ranks 1..n of `values` (1 = smallest); tied values all get the mean of the ranks they span
// ("average ranks"): {10, 20, 20, 30} -> {1, 2.5, 2.5, 4}. NaN values are not allowed (the
// order would be undefined); callers drop them first.
std::vector<double> averageRanks(std::span<const double> values);

// Pearson correlation of two equally long series; NaN when fewer than two values or when one
// series is constant.
double pearson(std::span<const double> a, std::span<const double> b);

// Spearman's rank correlation: the Pearson correlation of the average ranks (the definition
// that stays exact with ties, unlike 1 - 6 sum d^2 / (n (n^2 - 1))). NaN as for pearson().
double spearman(std::span<const double> a, std::span<const double> b);

} // namespace eg
