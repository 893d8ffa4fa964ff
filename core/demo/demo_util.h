#pragma once

#include "common/error.h"
#include "embed/rng.h"

#include <QString>

#include <algorithm>
#include <vector>

// Small helpers shared by the generator files of core/demo (internal).
namespace eg::demo {

inline QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// "42" -> "0042" for width 4.
inline QString padded(qint64 number, int width)
{
    return QString::number(number).rightJustified(width, QLatin1Char('0'));
}

// Running sums of weight(0 .. count-1).
template <typename Get> std::vector<double> cumulate(size_t count, Get weight)
{
    std::vector<double> sums(count);
    double total = 0;
    for (size_t i = 0; i < count; ++i)
        sums[i] = total += weight(i);
    return sums;
}

// An index drawn with probability proportional to the weights whose running sums are given.
inline qint32 pick(const std::vector<double> &cumulative, Rng &rng)
{
    const double u = rng.uniformDouble() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    return qint32(
        std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1));
}

// A uniformly drawn element (items must not be empty).
template <typename T> const T &anyOf(const std::vector<T> &items, Rng &rng)
{
    return items[rng.below(quint32(items.size()))];
}

// The index of the row whose `key` is `key` in one of the tables; throws when there is none
// (a broken table is a programming error).
template <typename Table> qint32 indexOfKey(const Table &table, const char *key)
{
    for (size_t i = 0; i < table.size(); ++i)
        if (qstrcmp(table[i].key, key) == 0)
            return qint32(i);
    throw Error(Error::tr("demo world: unknown key %1 in a table").arg(str(key)));
}

} // namespace eg::demo
