#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <span>
#include <vector>

namespace eg {

// Placing the name of each edge of a small graph on its edge so that names do not cover one
// another: edges fanning out of a hub start close together, and names all put at the same
// fraction of their edges overlap there.
struct EdgeLabel
{
    QPointF from, to; // the visible segment of the edge
    QSizeF size;      // the label's box
};

// One box per edge, centred on a point of its segment, in edge order. Each edge tries the
// fractions 0.45, 0.55, 0.35, 0.65, 0.28, 0.72, 0.2, 0.8 along its segment and takes the first
// whose box overlaps neither a box placed before it nor an obstacle; when every fraction
// overlaps, the one with the least overlapping area (first on ties).
std::vector<QRectF> placeEdgeLabels(std::span<const EdgeLabel> edges,
                                    std::span<const QRectF> obstacles = {});

// The summed area of the pairwise intersections of `boxes` (0 when none overlap).
double overlapArea(std::span<const QRectF> boxes);

} // namespace eg
