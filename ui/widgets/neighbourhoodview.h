#pragma once

#include "models/candidaterow.h"

#include <QWidget>
#include <vector>

namespace eg {

// Both neighbourhoods of a candidate pair side by side, as two small graphs: the pair's two
// entities in the middle of their halves, their sampled neighbours round them. Edge thickness
// and colour follow the attention weight gamma (normalised product of cross-graph and
// self-attention; the scale is shared by both sides, see the legend), arrows point from head
// to tail, edges carry their relation names. Neighbours joined by a known link (a training
// link, or a confident prediction used as an anchor) face each other and are linked across by
// a dashed line: these shared neighbours are what cross-graph attention rewards. Names are
// shown; hovering a node shows its key and alpha, beta, gamma.
class NeighbourhoodView : public QWidget {
    Q_OBJECT
public:
    explicit NeighbourhoodView(QWidget *parent = nullptr);

    void setCandidate(const CandidateRow &row);
    void clear(const QString &text = {});

    QSize sizeHint() const override { return {720, 380}; }
    QSize minimumSizeHint() const override { return {420, 260}; }

    // Laid-out nodes (for tests and tooltips): side 0/1, -1 for a neighbour index of a centre.
    struct Node {
        int side = 0;
        int index = -1;
        QPointF at;
        double radius = 0;
    };
    const std::vector<Node> &nodes() const { return m_nodes; }
    // The relation names' boxes as last painted, one per neighbour edge (for tests).
    const std::vector<QRectF> &labelBoxes() const { return m_labelBoxes; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layout();
    QColor weightColour(double share) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;

    CandidateRow m_row;
    bool m_hasRow = false;
    QString m_emptyText;
    std::vector<Node> m_nodes;
    std::vector<QRectF> m_labelBoxes;
    double m_maxGamma = 1.0;
};

} // namespace eg
