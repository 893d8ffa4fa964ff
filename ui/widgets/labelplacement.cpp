#include "widgets/labelplacement.h"

namespace eg {

namespace {

double area(const QRectF &a, const QRectF &b)
{
    const QRectF both = a.intersected(b);
    return both.isValid() ? both.width() * both.height() : 0.0;
}

} // namespace

std::vector<QRectF> placeEdgeLabels(std::span<const EdgeLabel> edges,
                                    std::span<const QRectF> obstacles)
{
    static constexpr double kFractions[] = {0.45, 0.55, 0.35, 0.65, 0.28, 0.72, 0.2, 0.8};
    std::vector<QRectF> placed;
    placed.reserve(edges.size());
    for (const EdgeLabel &edge : edges) {
        QRectF best;
        double bestOverlap = -1.0;
        for (double f : kFractions) {
            const QPointF at = edge.from + (edge.to - edge.from) * f;
            const QRectF box(at.x() - edge.size.width() / 2, at.y() - edge.size.height() / 2,
                             edge.size.width(), edge.size.height());
            double overlap = 0.0;
            for (const QRectF &other : placed)
                overlap += area(box, other);
            for (const QRectF &other : obstacles)
                overlap += area(box, other);
            if (bestOverlap < 0 || overlap < bestOverlap) {
                best = box;
                bestOverlap = overlap;
            }
            if (overlap == 0.0)
                break;
        }
        placed.push_back(best);
    }
    return placed;
}

double overlapArea(std::span<const QRectF> boxes)
{
    double sum = 0.0;
    for (size_t i = 0; i < boxes.size(); ++i)
        for (size_t j = i + 1; j < boxes.size(); ++j)
            sum += area(boxes[i], boxes[j]);
    return sum;
}

} // namespace eg
