// Edge-label placement (ui/widgets/labelplacement.h) on hand-made segments, and the
// neighbourhood view's names of a hub's edges: none covers another.
#include "widgets/labelplacement.h"
#include "widgets/neighbourhoodview.h"

#include <QTest>

using namespace eg;

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One edge from (0, 0) to (100, 0), a 20 x 10 box: centred at 45 % of the edge.
    void singleEdgeAtTheDefaultFraction()
    {
        const EdgeLabel edge{{0, 0}, {100, 0}, {20, 10}};
        const auto boxes = placeEdgeLabels(std::span(&edge, 1));
        QCOMPARE(boxes.size(), size_t(1));
        QCOMPARE(boxes[0], QRectF(35, -5, 20, 10));
    }

    // Two edges out of one hub 16 px apart at their ends, 40 x 10 boxes. The first sits at
    // 45 % (y -5..5). The second overlaps it at 45 % (y 2.2..12.2), 55 % (3.8..13.8) and 35 %
    // (0.6..10.6), and is clear at 65 % (centre (65, 10.4), y 5.4..15.4).
    void hubEdgesDoNotOverlap()
    {
        const EdgeLabel edges[] = {{{0, 0}, {100, 0}, {40, 10}}, {{0, 0}, {100, 16}, {40, 10}}};
        const auto boxes = placeEdgeLabels(edges);
        QCOMPARE(boxes[0], QRectF(25, -5, 40, 10));
        QCOMPARE(boxes[1].center(), QPointF(65, 10.4));
        QCOMPARE(overlapArea(boxes), 0.0);
        // At one fraction for both (what the view did before) they overlap by 40 x 2.8 px.
        const QRectF same[] = {QRectF(25, -5, 40, 10), QRectF(25, 2.2, 40, 10)};
        QVERIFY(qAbs(overlapArea(same) - 40 * 2.8) < 1e-9);
    }

    // An obstacle (a node, x 40..60) under the 10 px box at 45 % and at 55 %: the label
    // goes to 35 % (x 30..40, touching the node, which is no overlap).
    void avoidsObstacles()
    {
        const EdgeLabel edge{{0, 0}, {100, 0}, {10, 10}};
        const QRectF node(40, -5, 20, 10);
        const auto boxes = placeEdgeLabels(std::span(&edge, 1), std::span(&node, 1));
        QCOMPARE(boxes[0].center(), QPointF(35, 0));
    }

    // Nowhere free: the least overlapping fraction, and every box still on its segment.
    void crowdedTakesTheLeastOverlap()
    {
        std::vector<EdgeLabel> edges(12, EdgeLabel{{0, 0}, {100, 0}, {30, 10}});
        const auto boxes = placeEdgeLabels(edges);
        QCOMPARE(boxes.size(), edges.size());
        for (const QRectF &b : boxes) {
            QCOMPARE(b.center().y(), 0.0);
            QVERIFY(b.center().x() >= 20 && b.center().x() <= 80);
        }
        // Better than all at 45 %: 66 overlapping pairs of 30 x 10.
        QVERIFY(overlapArea(boxes) < 66 * 300.0);
    }

    // A hub of eight neighbours in one direction, as a place with born_in / lives_in edges:
    // the view's relation names do not cover one another.
    void viewSeparatesHubNames()
    {
        CandidateRow row;
        row.left.name = QStringLiteral("Anna");
        row.right.name = QStringLiteral("Anna B.");
        for (int side = 0; side < 2; ++side)
            for (int i = 0; i < 8; ++i) {
                NeighbourEntry e;
                e.key = QStringLiteral("n%1").arg(i);
                e.name = QStringLiteral("Neighbour %1").arg(i);
                e.relation = i % 2 ? QStringLiteral("born_in") : QStringLiteral("lives_in");
                e.gamma = 0.1 * (i + 1);
                row.neighbours[side].push_back(e);
            }
        NeighbourhoodView view;
        view.resize(720, 380);
        view.setCandidate(row);
        view.grab();
        QCOMPARE(view.labelBoxes().size(), size_t(16));
        QCOMPARE(overlapArea(view.labelBoxes()), 0.0);
    }
};

QTEST_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
