#pragma once

#include <QtGlobal>

namespace eg {

// One fact (head, relation, tail) as dense ids into a graph's vocabularies.
struct Triple
{
    qint32 h = 0;
    qint32 r = 0;
    qint32 t = 0;

    friend bool operator==(const Triple &, const Triple &) = default;
};

} // namespace eg
